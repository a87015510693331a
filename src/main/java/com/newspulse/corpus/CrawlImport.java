package com.newspulse.corpus;

import com.newspulse.config.InvalidConfigException;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Converts crawler-style files into the input Parquet schema: JSON Lines (one article per line,
 * gzipped or not: Spark decompresses by extension) or CSV with a header row. Every field is read
 * as a string, so an id that is a number or a date in any format survives unchanged for ingest
 * to judge; {@code gold} (an object in the JSON Lines corpora) is kept as its JSON text, and a
 * wire dateline ({@code dateline}, or {@code meta.dateline} as in the shared corpora) and a
 * corpus split ({@code split} or {@code meta.split}: train/dev/test, used by {@code train-ner}
 * and {@code eval --task ner}) are kept.
 */
public final class CrawlImport {
  private static final StructType JSONL = new StructType()
      .add("id", DataTypes.StringType)
      .add("published_at", DataTypes.StringType)
      .add("title", DataTypes.StringType)
      .add("text", DataTypes.StringType)
      .add("source", DataTypes.StringType)
      .add("url", DataTypes.StringType)
      .add("lang", DataTypes.StringType)
      .add("gold", DataTypes.StringType)
      .add("meta", DataTypes.StringType)
      .add("dateline", DataTypes.StringType)
      .add("split", DataTypes.StringType)
      .add("_corrupt_record", DataTypes.StringType);
  private static final List<String> OUT = List.of("id", "published_at", "title", "text", "source", "url",
      "lang", "gold", "dateline", "split");

  private CrawlImport() {}

  /** Result of an import: rows written, and how many input lines could not be parsed at all. */
  public record Imported(long rows, long malformed) {}

  public static Imported run(SparkSession spark, String format, String in, String out) {
    Dataset<Row> raw = switch (format) {
      case "jsonl" -> spark.read().schema(JSONL).option("mode", "PERMISSIVE")
          .option("columnNameOfCorruptRecord", "_corrupt_record").json(in);
      case "csv" -> spark.read().option("header", "true").option("multiLine", "true")
          .option("escape", "\"").csv(in);
      default -> throw new InvalidConfigException("--format " + format + " is not supported: use jsonl or csv");
    };
    if (Arrays.asList(raw.columns()).contains("meta")) {
      // The corpora keep wire datelines in meta.dateline; a top-level dateline column wins.
      raw = raw.withColumn("dateline", functions.coalesce(functions.col("dateline"),
          functions.get_json_object(functions.col("meta"), "$.dateline")));
      if (Arrays.asList(raw.columns()).contains("split")) {
        raw = raw.withColumn("split", functions.coalesce(functions.col("split"),
            functions.get_json_object(functions.col("meta"), "$.split")));
      }
    }
    List<String> present = Arrays.asList(raw.columns());
    Column[] cols = OUT.stream().map(c -> present.contains(c) ? functions.col(c).cast(DataTypes.StringType).as(c)
        : functions.lit(null).cast(DataTypes.StringType).as(c)).toArray(Column[]::new);
    Dataset<Row> rows = raw.cache();
    try {
      long malformed = present.contains("_corrupt_record")
          ? rows.filter(functions.col("_corrupt_record").isNotNull()).count() : 0;
      // Malformed lines are kept (all fields null): ingest quarantines them, so nothing vanishes.
      rows.select(cols).write().mode(SaveMode.Overwrite).parquet(out);
      long n = spark.read().parquet(out).count();
      return new Imported(n, malformed);
    } catch (Exception e) { // Spark's SparkException is checked but thrown undeclared from Scala
      if (causedBy(e, java.io.EOFException.class) || causedBy(e, java.util.zip.ZipException.class)) {
        List<String> bad = damagedGzip(spark, in);
        throw new com.newspulse.ingest.InputMissingException("cannot import " + in + ": "
            + (bad.isEmpty() ? "a compressed file ends early" : String.join("; ", bad)) + " (truncated or corrupt"
            + " gzip: copy it again; nothing was written to " + out + " that a run should read)", e);
      }
      throw e;
    } finally {
      rows.unpersist();
    }
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /** The input's .gz files that do not decompress to their end, each with its size; read only after a failure. */
  private static List<String> damagedGzip(SparkSession spark, String in) {
    List<String> bad = new java.util.ArrayList<>();
    var conf = spark.sparkContext().hadoopConfiguration();
    try {
      org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(in);
      var fs = root.getFileSystem(conf);
      var files = fs.listFiles(root, true);
      byte[] buf = new byte[1 << 16];
      while (files.hasNext()) {
        var f = files.next();
        if (!f.getPath().getName().endsWith(".gz")) {
          continue;
        }
        try (var gz = new java.util.zip.GZIPInputStream(fs.open(f.getPath()))) {
          while (gz.read(buf) >= 0) {
            // read to the end: a truncated member fails here
          }
        } catch (java.io.IOException e) {
          bad.add(f.getPath() + " (" + f.getLen() + " bytes: " + e.getMessage() + ")");
        }
      }
    } catch (java.io.IOException e) {
      bad.add("cannot list " + in + ": " + e.getMessage());
    }
    return bad;
  }
}
