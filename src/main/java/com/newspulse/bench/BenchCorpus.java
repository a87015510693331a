package com.newspulse.bench;

import com.newspulse.core.generate.GeneratorSettings;
import com.newspulse.corpus.SyntheticCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The bench input: a synthetic corpus in {@code <dir>/input}, generated once and reused while its
 * settings match. The settings are recorded in {@code <dir>/input/_newspulse-bench} (Spark skips
 * files whose name starts with {@code _}), written only after the corpus is complete, so an
 * interrupted generation is redone.
 */
final class BenchCorpus {
  static final String MARKER = "_newspulse-bench";

  /** The corpus as every row reads it: its path, how many articles and UTF-8 bytes of text. */
  record Input(
      String path, long articles, long textBytes, boolean reused, double generateSeconds) {}

  private BenchCorpus() {}

  static Input prepare(SparkSession spark, GeneratorSettings settings, String dir) {
    return prepare(spark, settings, dir, "input");
  }

  /** As {@link #prepare(SparkSession, GeneratorSettings, String)}, into {@code <dir>/<folder>}. */
  static Input prepare(SparkSession spark, GeneratorSettings settings, String dir, String folder) {
    String input = new Path(dir, folder).toString();
    String wanted = describe(settings);
    boolean reused = wanted.equals(readMarker(spark, input));
    double generateSeconds = 0;
    if (!reused) {
      long t0 = System.nanoTime();
      SyntheticCorpus.write(spark, settings, input);
      generateSeconds = (System.nanoTime() - t0) / 1e9;
      writeMarker(spark, input, wanted);
    }
    // Untimed: the figures every row is divided by; also warms up the Parquet reader and page
    // cache.
    Row stats =
        spark
            .read()
            .parquet(input)
            .agg(
                functions.count(functions.lit(1)),
                functions.sum(functions.octet_length(functions.col("text"))))
            .first();
    long articles = stats.getLong(0);
    long bytes = stats.isNullAt(1) ? 0 : stats.getLong(1);
    return new Input(input, articles, bytes, reused, generateSeconds);
  }

  static String describe(GeneratorSettings s) {
    return "articles="
        + s.articles()
        + "\nfrom="
        + s.from()
        + "\nto="
        + s.to()
        + "\nseed="
        + s.seed()
        + "\ndirty="
        + s.dirty()
        + (s.shortText() ? "\nshort-text=true" : "")
        + "\n";
  }

  private static String readMarker(SparkSession spark, String input) {
    Path marker = new Path(input, MARKER);
    try {
      FileSystem fs = marker.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(marker)) {
        return null;
      }
      try (InputStream in = fs.open(marker)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      return null; // unreadable marker: generate again
    }
  }

  private static void writeMarker(SparkSession spark, String input, String content) {
    Path marker = new Path(input, MARKER);
    try {
      FileSystem fs = marker.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (OutputStream out = fs.create(marker, true)) {
        out.write(content.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + marker, e);
    }
  }

  /** Removes a bench output folder so a row starts from nothing. */
  static void delete(SparkSession spark, String path) {
    Path p = new Path(path);
    try {
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      fs.delete(p, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + p, e);
    }
  }
}
