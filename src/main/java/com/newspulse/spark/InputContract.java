package com.newspulse.spark;

import com.newspulse.config.InputConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * The input contract: required {@code id}, {@code published_at}, {@code text}; optional {@code
 * title}, {@code source}, {@code url}, {@code lang} (and {@code gold}, written by {@code import}).
 * Checked on the schema alone, before any data is read, and every problem is reported at once,
 * naming the column, the type found and the types accepted.
 */
public final class InputContract {
  private static final Map<String, Set<DataType>> REQUIRED =
      Map.of(
          // Integral ids are accepted and cast: crawlers often number articles.
          "id", Set.of(DataTypes.StringType, DataTypes.LongType, DataTypes.IntegerType),
          "published_at",
              Set.of(
                  DataTypes.StringType,
                  DataTypes.TimestampType,
                  DataTypes.TimestampNTZType,
                  DataTypes.DateType),
          "text", Set.of(DataTypes.StringType));
  private static final List<String> REQUIRED_ORDER = List.of("id", "published_at", "text");
  private static final List<String> OPTIONAL =
      List.of("title", "source", "url", "lang", "dateline");

  private InputContract() {}

  /**
   * Returns the input with contract column names and types ({@code published_at} keeps its type;
   * the validator reads strings and timestamps alike), or throws {@link ContractException}.
   */
  public static Dataset<Row> conform(Dataset<Row> raw, InputConfig cfg, String inputName) {
    List<String> problems = new ArrayList<>();
    List<Column> cols = new ArrayList<>();
    List<String> present = Arrays.asList(raw.columns());
    for (String name : REQUIRED_ORDER) {
      String source = cfg.column(name);
      StructField f = field(raw, source);
      if (f == null) {
        problems.add(
            "required column '"
                + source
                + "'"
                + mapped(name, source)
                + " is missing; the input has "
                + present
                + ". Rename it or map it with input.columns."
                + name
                + "=<column>");
        continue;
      }
      Set<DataType> ok = REQUIRED.get(name);
      if (!ok.contains(f.dataType())) {
        problems.add(
            "column '"
                + source
                + "'"
                + mapped(name, source)
                + " has type "
                + f.dataType().simpleString()
                + "; accepted: "
                + ok.stream().map(DataType::simpleString).sorted().toList());
        continue;
      }
      Column c = functions.col(quote(source));
      cols.add((name.equals("id") ? c.cast(DataTypes.StringType) : c).as(name));
    }
    for (String name : List.of("title", "source", "url", "lang", "gold", "dateline")) {
      String source = cfg.column(name);
      StructField f = field(raw, source);
      if (f == null) {
        cols.add(functions.lit(null).cast(DataTypes.StringType).as(name));
      } else if (!f.dataType().equals(DataTypes.StringType)) {
        problems.add(
            "optional column '"
                + source
                + "'"
                + mapped(name, source)
                + " has type "
                + f.dataType().simpleString()
                + "; accepted: [string]");
      } else {
        cols.add(functions.col(quote(source)).as(name));
      }
    }
    // Written by 'import' for lines it could not import faithfully (never mapped: internal
    // columns).
    for (String name :
        List.of(
            com.newspulse.corpus.CrawlImport.IMPORT_PROBLEM,
            com.newspulse.corpus.CrawlImport.RAW_RECORD)) {
      DataType type =
          name.equals(com.newspulse.corpus.CrawlImport.RAW_RECORD)
              ? DataTypes.BinaryType
              : DataTypes.StringType;
      StructField f = field(raw, name);
      cols.add(
          f != null && f.dataType().equals(type)
              ? functions.col(name)
              : functions.lit(null).cast(type).as(name));
    }
    if (!problems.isEmpty()) {
      throw new ContractException(
          "input "
              + inputName
              + " does not meet the input contract:\n  - "
              + String.join("\n  - ", problems));
    }
    return raw.select(cols.toArray(Column[]::new));
  }

  public static List<String> optionalColumns() {
    return OPTIONAL;
  }

  private static String mapped(String contract, String source) {
    return contract.equals(source) ? "" : " (contract column " + contract + ")";
  }

  private static StructField field(Dataset<Row> raw, String name) {
    for (StructField f : raw.schema().fields()) {
      if (f.name().equals(name)) {
        return f;
      }
    }
    return null;
  }

  private static String quote(String name) {
    return "`" + name.replace("`", "``") + "`";
  }
}
