package com.newspulse.tables;

import java.util.List;
import org.apache.spark.sql.types.StructType;

/**
 * One output table: its folder name under the output path, its columns (partition columns last, as
 * Spark writes them) and the columns it is partitioned by. {@code docs/tables.md} documents each.
 */
public record TableContract(String name, StructType schema, List<String> partitionColumns) {

  /** The schema without partition columns: what the data files themselves hold. */
  public StructType dataSchema() {
    StructType s = new StructType();
    for (var f : schema.fields()) {
      if (!partitionColumns.contains(f.name())) {
        s = s.add(f);
      }
    }
    return s;
  }
}
