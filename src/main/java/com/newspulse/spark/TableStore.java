package com.newspulse.spark;

import com.newspulse.config.OutputConfig;
import com.newspulse.tables.TableContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The published output tables under one output path (local, HDFS or any Hadoop file system).
 *
 * <p>Layout: {@code <output>/<table>/<partition dirs>/part-*.parquet} for readers, and
 * {@code <output>/_staging/<run id>/} for a run's work in progress, which readers never see.
 * Writes go through a {@link RunTransaction}: a run stages its tables, then replaces exactly the
 * partitions it owns by directory renames (a metadata operation). The partition list is written
 * to a journal first, so a run killed during those renames is rolled forward by the next one
 * ({@link #recover()}); a run killed before that leaves the published tables untouched.
 *
 * <p>With {@code output.format = iceberg} the replay of a journal also publishes the run's
 * partitions to the Iceberg tables ({@link IcebergPublisher}), before the journal is deleted.
 */
public final class TableStore {
  private static final Logger LOG = LoggerFactory.getLogger(TableStore.class);
  static final String STAGING = "_staging";
  static final String TRASH = "_trash";
  static final String JOURNAL = "_COMMIT";

  private final SparkSession spark;
  private final Path root;
  private final FileSystem fs;
  private final IcebergPublisher iceberg;

  /** Parquet output only (readers, and the parquet format). */
  public TableStore(SparkSession spark, String output) {
    this(spark, output, OutputConfig.parquet());
  }

  /** With {@code output.format = iceberg}, every publish also updates the Iceberg tables. */
  public TableStore(SparkSession spark, String output, OutputConfig out) {
    this.spark = spark;
    this.root = new Path(output);
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    try {
      this.fs = root.getFileSystem(conf);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open file system of output " + output, e);
    }
    this.iceberg = out.iceberg() ? new IcebergPublisher(spark, out, fs.makeQualified(root)) : null;
  }

  /** The Iceberg publisher, or null when the output format is Parquet only. */
  public IcebergPublisher iceberg() {
    return iceberg;
  }

  public SparkSession spark() {
    return spark;
  }

  public Path root() {
    return root;
  }

  FileSystem fs() {
    return fs;
  }

  public Path tablePath(TableContract t) {
    return new Path(root, t.name());
  }

  /** Takes the output's writer lock ({@link OutputLock}); hold it around {@link #begin} and the transaction. */
  public OutputLock lock(String runId) {
    return OutputLock.acquire(fs, root, runId);
  }

  /** Starts a run's transaction, after finishing or discarding what earlier runs left behind. */
  public RunTransaction begin(String runId) {
    recover();
    return new RunTransaction(this, runId);
  }

  /** Reads a published table; an absent table reads as empty with the contract's schema. */
  public Dataset<Row> read(TableContract t) {
    return readDir(t, tablePath(t));
  }

  public boolean exists(TableContract t) {
    return hasData(tablePath(t));
  }

  Dataset<Row> readDir(TableContract t, Path dir) {
    if (!hasData(dir)) {
      return spark.createDataFrame(List.of(), t.schema());
    }
    return spark.read().schema(t.schema()).option("basePath", dir.toString()).parquet(dir.toString())
        .select(columns(t));
  }

  private static org.apache.spark.sql.Column[] columns(TableContract t) {
    return java.util.Arrays.stream(t.schema().fieldNames())
        .map(org.apache.spark.sql.functions::col)
        .toArray(org.apache.spark.sql.Column[]::new);
  }

  /** True when the folder holds at least one Parquet data file somewhere below it. */
  boolean hasData(Path dir) {
    try {
      if (!fs.exists(dir)) {
        return false;
      }
      var files = fs.listFiles(dir, true);
      while (files.hasNext()) {
        String name = files.next().getPath().getName();
        if (name.endsWith(".parquet")) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /**
   * Rolls forward every run that had started publishing (its journal exists) and deletes the
   * staging folders of runs that died before that.
   */
  public void recover() {
    Path staging = new Path(root, STAGING);
    try {
      if (!fs.exists(staging)) {
        return;
      }
      for (FileStatus run : fs.listStatus(staging)) {
        Path journal = new Path(run.getPath(), JOURNAL);
        if (RunTransaction.complete(fs, journal)) {
          LOG.warn("run {} was interrupted while publishing: completing its publish", run.getPath().getName());
          RunTransaction.replay(this, run.getPath().getName());
        } else {
          LOG.warn("discarding staged output of unfinished run {}", run.getPath().getName());
          fs.delete(run.getPath(), true);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot recover staging folder " + staging, e);
    }
  }
}
