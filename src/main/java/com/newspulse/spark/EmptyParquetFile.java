package com.newspulse.spark;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.datasources.parquet.ParquetReadSupport;
import org.apache.spark.sql.execution.datasources.parquet.SparkToParquetSchemaConverter;
import org.apache.spark.sql.types.StructType;

/**
 * A Parquet file with a schema and no rows, written on the driver as Spark would write it (the
 * session's schema conversion, Spark's schema and version in the footer), without a Spark job.
 *
 * <p>Why: every first publish writes one such file per table ({@link TableStore#EMPTY_FILE}); as
 * Spark jobs that cost 1.5-2 s per new output (about 70 ms each for 20+ tables), which every small
 * run and every test on a fresh output paid.
 */
final class EmptyParquetFile {
  private EmptyParquetFile() {}

  /** Writes {@code file} (replacing it if there) holding {@code schema} and no row group. */
  static void write(SparkSession spark, StructType schema, Path file, Configuration conf)
      throws IOException {
    var parquetSchema =
        new SparkToParquetSchemaConverter(spark.sessionState().conf()).convert(schema);
    // The footer keys Spark's ParquetWriteSupport writes (its legacy-rebase keys only apply in
    // LEGACY mode, which this project never sets): readers that use them see what Spark wrote.
    Map<String, String> footer = new LinkedHashMap<>();
    footer.put("org.apache.spark.version", org.apache.spark.package$.MODULE$.SPARK_VERSION_SHORT());
    footer.put(ParquetReadSupport.SPARK_METADATA_KEY(), schema.json());
    ParquetFileWriter w =
        new ParquetFileWriter(
            HadoopOutputFile.fromPath(file, conf),
            parquetSchema,
            ParquetFileWriter.Mode.OVERWRITE, // a replayed publish may find its own earlier try
            org.apache.parquet.hadoop.ParquetWriter.DEFAULT_BLOCK_SIZE,
            0);
    w.start();
    w.end(footer);
  }
}
