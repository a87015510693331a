package com.newspulse.spark;

import com.newspulse.config.OutputConfig;
import com.newspulse.tables.TableContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The published output tables under one output path (local, HDFS or any Hadoop file system).
 *
 * <p>Layout: {@code <output>/<table>/<partition dirs>/part-*.parquet} for readers, and {@code
 * <output>/_staging/<run id>/} for a run's work in progress, which readers never see. Writes go
 * through a {@link RunTransaction}: a run stages its tables, then replaces exactly the partitions
 * it owns by directory renames (a metadata operation). The partition list is written to a journal
 * first, so a run killed during those renames is rolled forward by the next one ({@link
 * #recover()}); a run killed before that leaves the published tables untouched.
 *
 * <p>With {@code output.format = iceberg} the replay of a journal also publishes the run's
 * partitions to the Iceberg tables ({@link IcebergPublisher}), before the journal is deleted.
 */
public final class TableStore {
  private static final Logger LOG = LoggerFactory.getLogger(TableStore.class);
  static final String STAGING = "_staging";
  static final String TRASH = "_trash";
  static final String JOURNAL = "_COMMIT";

  /**
   * A file with the table's schema and no rows, in the partition whose values are all null (Hive's
   * {@code __HIVE_DEFAULT_PARTITION__}, read as null by Spark, DuckDB and Trino). Every publish
   * makes sure each contract table has one, so a table exists from the first run on, with its
   * schema: a dashboard query on a table without rows returns nothing instead of failing. It stays
   * when rows arrive (it holds none), so readers never see a table change its layout.
   */
  static final String EMPTY_FILE = "part-00000-empty.parquet";

  private final SparkSession spark;
  private final Path root;
  private final FileSystem fs;
  private final IcebergPublisher iceberg;
  private final int concurrentWrites;

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
    this.concurrentWrites = out.concurrentWrites();
  }

  /** How many independent tables a step stages at once ({@code output.concurrent-writes}). */
  int concurrentWrites() {
    return concurrentWrites;
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

  /**
   * Takes the output's writer lock ({@link OutputLock}); hold it around {@link #begin} and the
   * transaction.
   */
  public OutputLock lock(String runId) {
    return OutputLock.acquire(fs, root, runId);
  }

  /**
   * Starts a run's transaction, after finishing or discarding what earlier runs left behind; the
   * discarded ones are in {@link RunTransaction#abandoned()} for the new run to record.
   */
  public RunTransaction begin(String runId) {
    return new RunTransaction(this, runId, recover());
  }

  /**
   * A run that died (killed, lost its machine) before it committed, whose staged output a later
   * writer discarded.
   *
   * @param stagedRun the {@code runs} row it had staged (it stages that row just before it
   *     publishes), or null if it died earlier
   * @param lastWrite when it last wrote to its staging folder (epoch millis)
   */
  public record Abandoned(String runId, Row stagedRun, long lastWrite) {}

  /** Reads a published table; an absent table reads as empty with the contract's schema. */
  public Dataset<Row> read(TableContract t) {
    return readDir(t, tablePath(t));
  }

  /** Whether the table holds a file with rows (its {@link #EMPTY_FILE} alone does not count). */
  public boolean exists(TableContract t) {
    return hasParquet(tablePath(t), false);
  }

  /** The newest modification time of a folder and everything in it. */
  private long lastWrite(Path dir) throws IOException {
    long newest = fs.getFileStatus(dir).getModificationTime();
    var it = fs.listFiles(dir, true);
    while (it.hasNext()) {
      newest = Math.max(newest, it.next().getModificationTime());
    }
    return newest;
  }

  /** The partition folders the table holds ({@code published_date=2025-01-31}, ...). */
  public List<String> partitions(TableContract t) {
    return PartitionFolders.list(fs, tablePath(t), t.partitionColumns().size());
  }

  /**
   * Reads only the named partition folders of a published table ({@code published_date=2025-01-31},
   * {@code granularity=day/period_start=2025-01-31}); those it does not hold read as no rows.
   */
  public Dataset<Row> read(TableContract t, Collection<String> partitions) {
    return readFolders(t, tablePath(t), partitions);
  }

  /**
   * The rows of {@code partitions} under {@code dir}. Spark lists every folder it is given when the
   * Dataset is made, on the driver: the whole table costs about 0.5 s per 60 day folders (a year of
   * history, read a dozen times by a daily run, made its reads most of the run), while the folders
   * named here are listed alone, after a listing of the table's folders (each folder of the levels
   * above the last: one per granularity for the trend tables) tells which exist.
   */
  Dataset<Row> readFolders(TableContract t, Path dir, Collection<String> partitions) {
    Set<String> wanted = new HashSet<>(partitions);
    String[] paths =
        PartitionFolders.list(fs, dir, t.partitionColumns().size()).stream()
            .filter(wanted::contains)
            .map(p -> new Path(dir, p).toString())
            .toArray(String[]::new);
    if (paths.length == 0) {
      return spark.createDataFrame(List.of(), t.schema());
    }
    return spark
        .read()
        .schema(t.schema())
        .option("basePath", dir.toString())
        .parquet(paths)
        .select(columns(t));
  }

  Dataset<Row> readDir(TableContract t, Path dir) {
    if (!hasData(dir)) {
      return spark.createDataFrame(List.of(), t.schema());
    }
    return spark
        .read()
        .schema(t.schema())
        .option("basePath", dir.toString())
        .parquet(dir.toString())
        .select(columns(t));
  }

  private static org.apache.spark.sql.Column[] columns(TableContract t) {
    return java.util.Arrays.stream(t.schema().fieldNames())
        .map(org.apache.spark.sql.functions::col)
        .toArray(org.apache.spark.sql.Column[]::new);
  }

  /** True when the folder holds at least one Parquet data file somewhere below it. */
  boolean hasData(Path dir) {
    return hasParquet(dir, true);
  }

  /**
   * Whether a Parquet file lies below {@code dir}; the {@link #EMPTY_FILE} counts only when asked
   * to.
   */
  private boolean hasParquet(Path dir, boolean countEmptyFile) {
    try {
      if (!fs.exists(dir)) {
        return false;
      }
      var files = fs.listFiles(dir, true);
      while (files.hasNext()) {
        String name = files.next().getPath().getName();
        if (name.endsWith(".parquet") && (countEmptyFile || !name.equals(EMPTY_FILE))) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /** Hive's folder name for a null partition value. */
  static final String NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__";

  /**
   * Writes the {@link #EMPTY_FILE} of every contract table that lacks one, through {@code work} (a
   * folder of the publishing run, deleted with it). Called at the end of every publish.
   */
  void ensureEveryTable(Path work) throws IOException {
    for (TableContract t : com.newspulse.tables.Tables.ALL) {
      Path target = emptyFile(t);
      if (fs.exists(target)) {
        continue;
      }
      StructType data =
          new StructType(
              java.util.Arrays.stream(t.schema().fields())
                  .filter(f -> !t.partitionColumns().contains(f.name()))
                  .toArray(StructField[]::new));
      // Written aside, then renamed: readers never see a half-written file.
      Path part = new Path(work, "empty-" + t.name() + ".parquet");
      EmptyParquetFile.write(spark, data, part, spark.sparkContext().hadoopConfiguration());
      fs.mkdirs(target.getParent());
      if (!fs.rename(part, target)) {
        throw new IOException("cannot move the empty " + t.name() + " file to " + target);
      }
    }
  }

  private Path emptyFile(TableContract t) {
    Path dir = tablePath(t);
    for (String c : t.partitionColumns()) {
      dir = new Path(dir, c + "=" + NULL_PARTITION);
    }
    return new Path(dir, EMPTY_FILE);
  }

  /**
   * Rolls forward every run that had started publishing (its journal exists) and deletes the
   * staging folders of runs that died before that, returning those (their runs rows are recorded by
   * the caller: a killed run must not vanish from {@code runs}).
   */
  public List<Abandoned> recover() {
    Path staging = new Path(root, STAGING);
    List<Abandoned> abandoned = new java.util.ArrayList<>();
    try {
      if (!fs.exists(staging)) {
        return abandoned;
      }
      for (FileStatus run : fs.listStatus(staging)) {
        Path journal = new Path(run.getPath(), JOURNAL);
        if (PublishJournal.complete(fs, journal)) {
          LOG.warn(
              "run {} was interrupted while publishing: completing its publish",
              run.getPath().getName());
          PublishJournal.replay(this, run.getPath().getName());
        } else {
          LOG.warn("discarding staged output of unfinished run {}", run.getPath().getName());
          Path runs = new Path(run.getPath(), com.newspulse.tables.Tables.RUNS.name());
          List<Row> staged =
              hasData(runs)
                  ? readDir(com.newspulse.tables.Tables.RUNS, runs).collectAsList()
                  : List.of();
          abandoned.add(
              new Abandoned(
                  run.getPath().getName(),
                  staged.isEmpty() ? null : staged.get(0),
                  lastWrite(run.getPath())));
          fs.delete(run.getPath(), true);
        }
      }
      return abandoned;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot recover staging folder " + staging, e);
    }
  }
}
