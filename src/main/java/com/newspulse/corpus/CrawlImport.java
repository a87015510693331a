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
 * gzipped or not: Spark decompresses by extension) or CSV with a header row. Every field is read as
 * a string, so an id that is a number or a date in any format survives unchanged for ingest to
 * judge; {@code gold} (an object in the JSON Lines corpora) is kept as its JSON text, and a wire
 * dateline ({@code dateline}, or {@code meta.dateline} as in the shared corpora) and a corpus split
 * ({@code split} or {@code meta.split}: train/dev/test, used by {@code train-ner} and {@code eval
 * --task ner}) are kept.
 */
public final class CrawlImport {
  // The input's columns plus what the shared corpora carry besides.
  private static final StructType JSONL =
      com.newspulse.tables.Tables.INPUT
          .add("gold", DataTypes.StringType)
          .add("meta", DataTypes.StringType)
          .add("dateline", DataTypes.StringType)
          .add("split", DataTypes.StringType)
          .add("_corrupt_record", DataTypes.StringType);
  private static final List<String> OUT =
      List.of(
          "id",
          "published_at",
          "title",
          "text",
          "source",
          "url",
          "lang",
          "gold",
          "dateline",
          "split",
          "import_problem",
          "raw_record");

  /**
   * Column of the imported Parquet naming a line that could not be imported faithfully, as the
   * quarantine reason ingest gives it: {@code MALFORMED_RECORD} (not a JSON object, or not UTF-8)
   * or {@code INVALID_CHARACTERS} (a lone surrogate escape such as {@code \\ud800}, which has no
   * character: Java would turn it into '?'). Null for a good line.
   */
  public static final String IMPORT_PROBLEM = "import_problem";

  /**
   * The original line's bytes (binary: a line that is not UTF-8 has no faithful string) when {@link
   * #IMPORT_PROBLEM} is set; null otherwise.
   */
  public static final String RAW_RECORD = "raw_record";

  // An escaped high surrogate (backslash, u, D800-DBFF) not followed by an escaped low one
  // (DC00-DFFF), or a low one alone.
  private static final String LONE_SURROGATE =
      "(?<!\\\\)\\\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\\\u[dD][c-fC-F][0-9a-fA-F]{2})"
          + "|(?<!\\\\u[dD][89abAB][0-9a-fA-F]{2})\\\\u[dD][c-fC-F][0-9a-fA-F]{2}";

  private CrawlImport() {}

  /** Result of an import: rows written, and how many input lines could not be parsed at all. */
  public record Imported(long rows, long malformed) {}

  public static Imported run(SparkSession spark, String format, String in, String out) {
    Dataset<Row> raw =
        switch (format) {
          case "jsonl" -> jsonLines(spark, in);
          // With its line separator given, Spark's CSV reader keeps the line endings inside quoted
          // text as they are (without one it turns CRLF into LF).
          case "csv" ->
              spark
                  .read()
                  .option("header", "true")
                  .option("multiLine", "true")
                  .option("lineSep", csvLineSeparator(spark, in))
                  .option("escape", "\"")
                  .csv(in);
          default ->
              throw new InvalidConfigException(
                  "--format " + format + " is not supported: use jsonl or csv");
        };
    if (Arrays.asList(raw.columns()).contains("meta")) {
      // The corpora keep wire datelines in meta.dateline; a top-level dateline column wins.
      raw =
          raw.withColumn(
              "dateline",
              functions.coalesce(
                  functions.col("dateline"),
                  functions.get_json_object(functions.col("meta"), "$.dateline")));
      if (Arrays.asList(raw.columns()).contains("split")) {
        raw =
            raw.withColumn(
                "split",
                functions.coalesce(
                    functions.col("split"),
                    functions.get_json_object(functions.col("meta"), "$.split")));
      }
    }
    List<String> present = Arrays.asList(raw.columns());
    Column[] cols =
        OUT.stream()
            .map(
                c -> {
                  var type = c.equals(RAW_RECORD) ? DataTypes.BinaryType : DataTypes.StringType;
                  return present.contains(c)
                      ? functions.col(c).cast(type).as(c)
                      : functions.lit(null).cast(type).as(c);
                })
            .toArray(Column[]::new);
    Dataset<Row> rows = raw.cache();
    try {
      long malformed =
          present.contains(IMPORT_PROBLEM)
              ? rows.filter(functions.col(IMPORT_PROBLEM).isNotNull()).count()
              : 0;
      // Lines that cannot be imported faithfully are kept with their original text: ingest
      // quarantines them, so nothing vanishes and nothing is changed.
      rows.select(cols).write().mode(SaveMode.Overwrite).parquet(out);
      long n = spark.read().parquet(out).count();
      return new Imported(n, malformed);
    } catch (Exception e) { // Spark's SparkException is checked but thrown undeclared from Scala
      if (causedBy(e, java.io.EOFException.class)
          || causedBy(e, java.util.zip.ZipException.class)) {
        List<String> bad = damagedGzip(spark, in);
        throw new com.newspulse.ingest.InputMissingException(
            "cannot import "
                + in
                + ": "
                + (bad.isEmpty() ? "a compressed file ends early" : String.join("; ", bad))
                + " (truncated or corrupt"
                + " gzip: copy it again; nothing was written to "
                + out
                + " that a run should read)",
            e);
      }
      throw e;
    } finally {
      rows.unpersist();
    }
  }

  /**
   * JSON Lines read as text first, so every line is kept: a line that does not parse keeps its
   * original bytes in {@link #RAW_RECORD} (Spark's JSON reader would keep it too, but a line that
   * parses with a lone surrogate escape would silently get a '?'). Blank lines are skipped.
   */
  private static Dataset<Row> jsonLines(SparkSession spark, String in) {
    Dataset<Row> lines =
        spark
            .read()
            .text(in)
            .filter(functions.length(functions.trim(functions.col("value"))).gt(0));
    Column parsed =
        functions.from_json(
            functions.col("value"),
            JSONL,
            java.util.Map.of("mode", "PERMISSIVE", "columnNameOfCorruptRecord", "_corrupt_record"));
    Column bytes = functions.col("value").cast(DataTypes.BinaryType);
    // Spark keeps a text line's bytes as they are; decoding replaces invalid UTF-8, so a line whose
    // bytes do not survive a decode/encode round trip is not UTF-8 (Spark 3.5 has no
    // is_valid_utf8).
    Column notUtf8 =
        functions.not(functions.encode(functions.decode(bytes, "UTF-8"), "UTF-8").equalTo(bytes));
    Column problem =
        functions
            .when(functions.col("_corrupt_record").isNotNull().or(notUtf8), "MALFORMED_RECORD")
            .when(functions.col("value").rlike(LONE_SURROGATE), "INVALID_CHARACTERS");
    return lines
        .select(functions.col("value"), parsed.as("j"))
        .select(functions.col("value"), functions.col("j.*"))
        .withColumn(IMPORT_PROBLEM, problem)
        .withColumn(RAW_RECORD, functions.when(problem.isNotNull(), bytes));
  }

  /** "\r\n" when the first CSV file's header line ends so, else "\n". */
  private static String csvLineSeparator(SparkSession spark, String in) {
    try {
      org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(in);
      var fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
      var files = fs.listFiles(root, true);
      while (files.hasNext()) {
        var f = files.next().getPath();
        String name = f.getName();
        if (name.startsWith(".") || name.startsWith("_")) {
          continue;
        }
        var codec =
            new org.apache.hadoop.io.compress.CompressionCodecFactory(
                    spark.sparkContext().hadoopConfiguration())
                .getCodec(f);
        try (var raw = fs.open(f);
            var stream = codec == null ? raw : codec.createInputStream(raw)) {
          int prev = -1;
          for (int b = stream.read(); b >= 0; b = stream.read()) {
            if (b == '\n') {
              return prev == '\r' ? "\r\n" : "\n";
            }
            prev = b;
          }
        }
        return "\n";
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + in, e);
    }
    return "\n";
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The input's .gz files that do not decompress to their end, each with its size; read only after
   * a failure.
   */
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
