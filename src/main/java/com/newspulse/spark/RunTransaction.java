package com.newspulse.spark;

import com.newspulse.tables.TableContract;
import com.newspulse.tables.Tables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * One run's staged tables and the partitions each will replace.
 *
 * <p>{@link #stage} writes a table's new partitions under {@code _staging/<run>/<table>} and
 * records the partitions the run owns (including ones that end up empty, which publishing deletes).
 * Later stages of the same run {@link #read} a table as it will look after the commit: the
 * published partitions the run does not own, plus the staged ones. {@link #commit} publishes
 * everything; nothing is visible to readers before it.
 */
public final class RunTransaction {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(RunTransaction.class);
  private final TableStore store;
  private final String runId;
  private final Path dir;
  private final Map<String, Set<String>> owned = new LinkedHashMap<>();
  private final Map<String, TableContract> contracts = new LinkedHashMap<>();

  /**
   * Observer of the publish steps ({@link PublishStep}), for tests that copy the output at each one
   * to get exactly what a {@code kill -9} at that moment would leave. A no-op in production.
   */
  private static volatile java.util.function.Consumer<PublishStep> publishObserver = step -> {};

  /** The moments of a publish at which a crash leaves a distinct state on disk. */
  public enum PublishStep {
    /** {@code _COMMIT.tmp} written and flushed, not yet renamed: the run has not committed. */
    JOURNAL_BEING_WRITTEN,
    /** {@code _COMMIT} in place, no partition moved yet: the run has committed. */
    JOURNAL_WRITTEN,
    /** The first journal line applied. */
    FIRST_PARTITION_MOVED,
    /** Half of the journal's lines applied. */
    HALF_APPLIED,
    /** Every line applied; the staging and trash folders not yet deleted. */
    ALL_APPLIED
  }

  /** Tells the observer of publish steps (tests) that {@code step} is reached. */
  static void reached(PublishStep step) {
    publishObserver.accept(step);
  }

  /** Sets the observer of publish steps (null: none). Tests only. */
  public static void observePublish(java.util.function.Consumer<PublishStep> observer) {
    publishObserver = observer == null ? step -> {} : observer;
  }

  private final List<TableStore.Abandoned> abandoned;
  // Pointer files (path relative to the output root -> content) the publish writes, after the
  // tables: a "current" marker moves only when the run that set it publishes.
  private final Map<String, String> pointers = new LinkedHashMap<>();
  // Folders (path relative to the output root) the run wrote under its staging area, moved into
  // place by the publish, before the pointers: a fitted model is published with its run, or not.
  private final Set<String> folders = new LinkedHashSet<>();

  RunTransaction(TableStore store, String runId, List<TableStore.Abandoned> abandoned) {
    this.store = store;
    this.runId = runId;
    this.dir = new Path(new Path(store.root(), TableStore.STAGING), runId);
    this.abandoned = List.copyOf(abandoned);
  }

  public String runId() {
    return runId;
  }

  /**
   * Where to write a folder that the publish moves to {@code path} (relative to the output root,
   * replacing what is there): it lives in the run's staging area until then, so a run that fails or
   * is killed before it commits leaves nothing of it behind.
   */
  public Path stageFolder(String path) {
    if (!PublishJournal.isPath(path)) {
      throw new IllegalArgumentException("bad folder " + path);
    }
    folders.add(path);
    return PublishJournal.stagedFolder(dir, path);
  }

  /**
   * Makes the publish write {@code content} to the file {@code path} (relative to the output root),
   * atomically (a temporary file renamed into place), after every table: a pointer such as the
   * current topic model moves when, and only when, this run publishes, and a killed publish
   * completed by the next writer moves it too. Content is one line.
   */
  public void stagePointer(String path, String content) {
    if (!PublishJournal.isPath(path) || !PublishJournal.isField(content)) {
      throw new IllegalArgumentException("bad pointer " + path + " = " + content);
    }
    pointers.put(path, content);
  }

  /** The uncommitted runs whose staged output this transaction's begin discarded. */
  public List<TableStore.Abandoned> abandoned() {
    return abandoned;
  }

  /**
   * Writes {@code rows} as the new content of the given partitions of table {@code t}.
   *
   * @param partitions partition folders the run owns, e.g. {@code published_date=2025-01-31}; every
   *     staged row must fall in one of them
   */
  public void stage(TableContract t, Dataset<Row> rows, Collection<String> partitions) {
    stage(t, rows, partitions, true);
  }

  /**
   * {@link #stage} for rows already partitioned so that every row of one partition folder is in one
   * task (as {@code repartition(published_date)} before an aggregation leaves them): written
   * without a shuffle of their own, one file per folder and task. Rows that break the contract are
   * still written, only in more files per folder.
   */
  public void stageClustered(TableContract t, Dataset<Row> rows, Collection<String> partitions) {
    stage(t, rows, partitions, false);
  }

  private void stage(
      TableContract t, Dataset<Row> rows, Collection<String> partitions, boolean repartition) {
    long t0 = System.nanoTime();
    Path target = stagedPath(t);
    Column[] parts = t.partitionColumns().stream().map(functions::col).toArray(Column[]::new);
    Dataset<Row> ordered =
        rows.select(
            java.util.Arrays.stream(t.schema().fieldNames())
                .map(functions::col)
                .toArray(Column[]::new));
    // One file per partition folder (split further by spark.sql.files.maxRecordsPerFile).
    // Append: a stage may stage one table in several calls (trends: once per granularity).
    (repartition ? ordered.repartition(parts) : ordered)
        .write()
        .mode(SaveMode.Append)
        .partitionBy(t.partitionColumns().toArray(String[]::new))
        .parquet(target.toString());
    synchronized (this) { // stageAll stages from several threads
      owned.computeIfAbsent(t.name(), k -> new LinkedHashSet<>()).addAll(partitions);
      contracts.put(t.name(), t);
      checkStagedWithinOwned(t);
    }
    LOG.info(
        "staged {} ({} partitions owned) in {} s",
        t.name(),
        partitions.size(),
        String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
  }

  /**
   * One table's rows and the partitions it owns, for {@link #stageAll}; {@code clustered} as {@link
   * #stageClustered}.
   */
  public record Staging(
      TableContract table, Dataset<Row> rows, Collection<String> partitions, boolean clustered) {
    public Staging(TableContract table, Dataset<Row> rows, Collection<String> partitions) {
      this(table, rows, partitions, false);
    }
  }

  /**
   * Stages independent tables (none reads another), up to {@code output.concurrent-writes} at once
   * ({@link ConcurrentJobs}): on small windows each write is mostly fixed latency.
   */
  public void stageAll(List<Staging> tables) {
    ConcurrentJobs.run(
        store.concurrentWrites(),
        tables.stream()
            .map(s -> (Runnable) () -> stage(s.table(), s.rows(), s.partitions(), !s.clustered()))
            .toList());
  }

  private void checkStagedWithinOwned(TableContract t) {
    for (String p : PartitionFolders.list(store.fs(), stagedPath(t), t.partitionColumns().size())) {
      if (!owned.get(t.name()).contains(p)) {
        throw new IllegalStateException(
            "table " + t.name() + ": staged partition " + p + " is outside the run's window");
      }
    }
  }

  /**
   * The days a table partitioned by {@code published_date} has published (a listing of its folders,
   * no read): the empty table's null partition ({@code __HIVE_DEFAULT_PARTITION__}) is no day.
   */
  public java.util.SortedSet<java.time.LocalDate> publishedDays(TableContract t) {
    requireDays(t);
    return PartitionFolders.dates(
        PartitionFolders.list(store.fs(), store.tablePath(t), 1), Tables.PUBLISHED_DATE + "=");
  }

  /**
   * The period starts of granularity {@code g} a table partitioned by ({@code granularity}, {@code
   * period_start}) has published (a listing of its folders, no read).
   */
  public java.util.SortedSet<java.time.LocalDate> publishedPeriods(
      TableContract t, com.newspulse.core.trendstats.PeriodCalendar g) {
    if (!t.partitionColumns().equals(List.of("granularity", "period_start"))) {
      throw new IllegalArgumentException(t.name() + " is not partitioned by period");
    }
    return PartitionFolders.dates(
        PartitionFolders.list(store.fs(), new Path(store.tablePath(t), "granularity=" + g.id()), 1),
        "period_start=");
  }

  /** Whether this run has staged table {@code t} (owns partitions of it). */
  public boolean owns(TableContract t) {
    return owned.containsKey(t.name());
  }

  /**
   * Replaces what this run staged for {@code t} with {@code rows}, which must not read the staged
   * table itself (materialise them first, e.g. into a {@link #scratch} folder).
   */
  public void restage(TableContract t, Dataset<Row> rows, Collection<String> partitions) {
    try {
      store.fs().delete(stagedPath(t), true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot replace staged table " + stagedPath(t), e);
    }
    stage(t, rows, partitions);
  }

  /** A folder inside the run's staging area for intermediate data; deleted with the run. */
  public String scratch(String name) {
    // No leading '_' or '.': Spark's file listing skips such names.
    return new Path(dir, "scratch-" + name).toString();
  }

  /**
   * Writes {@code rows} once to the {@link #scratch} folder {@code name} and returns them as read
   * from there, so that later reads do not compute them again. Read with the schema they were
   * written with: a read without one runs a Spark job to take it from a file's footer.
   */
  public Dataset<Row> materialise(String name, Dataset<Row> rows) {
    String path = scratch(name);
    rows.write().mode(SaveMode.Overwrite).parquet(path);
    return rows.sparkSession().read().schema(rows.schema()).parquet(path);
  }

  /** The table as it will be after this run commits. */
  public Dataset<Row> read(TableContract t) {
    Dataset<Row> published = store.read(t);
    Set<String> mine = owned.get(t.name());
    if (mine == null) {
      return published;
    }
    Dataset<Row> kept =
        mine.isEmpty()
            ? published
            : published.filter(functions.not(partitionPath(t).isin(mine.toArray())));
    return kept.unionByName(store.readDir(t, stagedPath(t)));
  }

  /**
   * The named partitions of the table as it will be after this run commits: the run's staged rows
   * of those it owns, the published rows of the others. Lists only those folders ({@link
   * TableStore#read(TableContract, Collection)}); the partitions are those of {@link
   * com.newspulse.tables.Partitions}.
   */
  public Dataset<Row> read(TableContract t, Collection<String> partitions) {
    String first = t.partitionColumns().isEmpty() ? "" : t.partitionColumns().get(0) + "=";
    Set<String> mine = owned.getOrDefault(t.name(), Set.of());
    List<String> published = new ArrayList<>();
    List<String> staged = new ArrayList<>();
    for (String p : partitions) {
      // A misnamed folder would read as no rows, silently.
      if (first.isEmpty() || !p.startsWith(first)) {
        throw new IllegalArgumentException(
            "table " + t.name() + " is partitioned by " + t.partitionColumns() + ", not " + p);
      }
      (mine.contains(p) ? staged : published).add(p);
    }
    Dataset<Row> rows = store.read(t, published);
    return staged.isEmpty() ? rows : rows.unionByName(store.readFolders(t, stagedPath(t), staged));
  }

  /** The days [from, to] of a table partitioned by {@code published_date}, as {@link #read}. */
  public Dataset<Row> readDays(TableContract t, java.time.LocalDate from, java.time.LocalDate to) {
    requireDays(t);
    return read(t, com.newspulse.tables.Partitions.days(from, to));
  }

  private static void requireDays(TableContract t) {
    if (!t.partitionColumns().equals(List.of(Tables.PUBLISHED_DATE))) {
      throw new IllegalArgumentException(t.name() + " is not partitioned by day");
    }
  }

  /** An expression giving each row's partition folder, e.g. {@code published_date=2025-01-31}. */
  static Column partitionPath(TableContract t) {
    List<Column> pieces = new ArrayList<>();
    for (String c : t.partitionColumns()) {
      if (!pieces.isEmpty()) {
        pieces.add(functions.lit("/"));
      }
      pieces.add(functions.lit(c + "="));
      pieces.add(functions.col(c).cast(DataTypes.StringType));
    }
    return functions.concat(pieces.toArray(Column[]::new));
  }

  /** Publishes every staged table: journal first, then renames, then clean-up. */
  public void commit() {
    writeJournal();
    PublishJournal.replay(store, runId);
  }

  /** Writes the publish journal ({@link PublishJournal#write}): the run's commit point. */
  void writeJournal() {
    PublishJournal.write(store.fs(), dir, owned, folders, pointers);
  }

  /** Whether this run has committed: its journal is complete, so it is (or will be) published. */
  public boolean committed() {
    try {
      return PublishJournal.complete(store.fs(), new Path(dir, TableStore.JOURNAL));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the journal of run " + runId, e);
    }
  }

  /**
   * Drops everything staged; published tables are untouched. A run whose journal is written is
   * committed: if publishing it failed part-way (an I/O error, an Iceberg write), its folder is
   * kept so that the next run rolls it forward instead of leaving half-published tables.
   */
  public void abort() {
    try {
      if (PublishJournal.complete(store.fs(), new Path(dir, TableStore.JOURNAL))) {
        LOG.warn("run {} failed while publishing: the next run completes its publish", runId);
        return;
      }
      store.fs().delete(dir, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete staging folder " + dir, e);
    }
  }

  private Path stagedPath(TableContract t) {
    return new Path(dir, t.name());
  }
}
