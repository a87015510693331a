package com.newspulse.spark;

import com.newspulse.tables.TableContract;
import com.newspulse.tables.Tables;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
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

  /** Journal lines that write a pointer file: {@code POINTER<TAB>path<TAB>content}. */
  static final String POINTER = "POINTER";

  /** Journal lines that move a staged folder into place: {@code FOLDER<TAB>path<TAB>N}. */
  static final String FOLDER = "FOLDER";

  /**
   * Where to write a folder that the publish moves to {@code path} (relative to the output root,
   * replacing what is there): it lives in the run's staging area until then, so a run that fails or
   * is killed before it commits leaves nothing of it behind.
   */
  public Path stageFolder(String path) {
    if (!journalPath(path)) {
      throw new IllegalArgumentException("bad folder " + path);
    }
    folders.add(path);
    return stagedFolder(dir, path);
  }

  private static Path stagedFolder(Path runDir, String path) {
    return new Path(new Path(runDir, "folders"), path);
  }

  /**
   * Makes the publish write {@code content} to the file {@code path} (relative to the output root),
   * atomically (a temporary file renamed into place), after every table: a pointer such as the
   * current topic model moves when, and only when, this run publishes, and a killed publish
   * completed by the next writer moves it too. Content is one line.
   */
  public void stagePointer(String path, String content) {
    if (!journalPath(path) || !oneField(content)) {
      throw new IllegalArgumentException("bad pointer " + path + " = " + content);
    }
    pointers.put(path, content);
  }

  /** A path a journal line can carry: relative, inside the output, one field. */
  private static boolean journalPath(String path) {
    return !path.isBlank() && !path.startsWith("/") && !path.contains("..") && oneField(path);
  }

  /** No tab or line break: the value stays one field of one journal line. */
  private static boolean oneField(String s) {
    return !s.matches("(?s).*[\\t\\n\\r].*");
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
    ordered
        .repartition(parts)
        .write()
        .mode(SaveMode.Append)
        .partitionBy(t.partitionColumns().toArray(String[]::new))
        .parquet(target.toString());
    owned.computeIfAbsent(t.name(), k -> new LinkedHashSet<>()).addAll(partitions);
    contracts.put(t.name(), t);
    checkStagedWithinOwned(t);
    LOG.info(
        "staged {} ({} partitions owned) in {} s",
        t.name(),
        partitions.size(),
        String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
  }

  private void checkStagedWithinOwned(TableContract t) {
    for (String p : listPartitions(stagedPath(t), t.partitionColumns().size())) {
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
    if (!t.partitionColumns().equals(List.of(Tables.PUBLISHED_DATE))) {
      throw new IllegalArgumentException(t.name() + " is not partitioned by day");
    }
    return dates(listPartitions(store.tablePath(t), 1), Tables.PUBLISHED_DATE + "=");
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
    return dates(
        listPartitions(new Path(store.tablePath(t), "granularity=" + g.id()), 1), "period_start=");
  }

  private static java.util.SortedSet<java.time.LocalDate> dates(List<String> parts, String prefix) {
    java.util.SortedSet<java.time.LocalDate> out = new java.util.TreeSet<>();
    for (String p : parts) {
      // The empty table's null partition (__HIVE_DEFAULT_PARTITION__) is no date.
      if (p.matches(prefix + "\\d{4}-\\d{2}-\\d{2}")) {
        out.add(java.time.LocalDate.parse(p.substring(prefix.length())));
      }
    }
    return out;
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
    replay(store, runId);
  }

  /**
   * The publish journal: from here on the run is complete and will be published, even after a
   * crash. Written under a temporary name, flushed to the file system and closed, then renamed into
   * place, and ended by an {@code END} line with its line count: a journal is either absent or
   * complete, so a crash while writing it leaves a run that never committed (discarded by the next
   * run), never a half journal that publishes part of a run.
   */
  void writeJournal() {
    FileSystem fs = store.fs();
    Path journal = new Path(dir, TableStore.JOURNAL);
    Path partial = new Path(dir, TableStore.JOURNAL + ".tmp");
    try {
      fs.mkdirs(dir);
      int lines = 0;
      try (var out = fs.create(partial, true);
          Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
        for (var e : owned.entrySet()) {
          for (String p : e.getValue()) {
            // N: the run has new rows for p; D: p ends up empty, its old folder is deleted.
            boolean hasNew = fs.exists(new Path(new Path(dir, e.getKey()), p));
            w.write(e.getKey() + "\t" + p + "\t" + (hasNew ? "N" : "D") + "\n");
            lines++;
          }
        }
        for (String f : folders) {
          w.write(FOLDER + "\t" + f + "\tN\n");
          lines++;
        }
        for (var p : pointers.entrySet()) {
          w.write(POINTER + "\t" + p.getKey() + "\t" + p.getValue() + "\n");
          lines++;
        }
        w.write(JOURNAL_END + "\t" + lines + "\n");
        w.flush();
        out.hsync();
      }
      publishObserver.accept(PublishStep.JOURNAL_BEING_WRITTEN);
      rename(fs, partial, journal);
      publishObserver.accept(PublishStep.JOURNAL_WRITTEN);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write publish journal " + journal, e);
    }
  }

  /** Writes a pointer file atomically (temporary file, then rename); repeating it is harmless. */
  private static void writePointer(FileSystem fs, Path pointer, String content) throws IOException {
    Path tmp = new Path(pointer.getParent(), "." + pointer.getName() + ".tmp");
    fs.mkdirs(pointer.getParent());
    try (var out = fs.create(tmp, true)) {
      out.write((content + "\n").getBytes(StandardCharsets.UTF_8));
      out.hsync();
    }
    if (!fs.rename(tmp, pointer)) {
      // Hadoop's rename does not replace an existing file on every file system.
      fs.delete(pointer, false);
      rename(fs, tmp, pointer);
    }
  }

  /** Last line of a complete journal: {@code END<TAB><number of lines before it>}. */
  static final String JOURNAL_END = "END";

  private static int journalLines(FileSystem fs, Path journal) throws IOException {
    int n = 0;
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(fs.open(journal), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith(JOURNAL_END + "\t")) {
          n++;
        }
      }
    }
    return n;
  }

  /** Whether this run has committed: its journal is complete, so it is (or will be) published. */
  public boolean committed() {
    try {
      return complete(store.fs(), new Path(dir, TableStore.JOURNAL));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the journal of run " + runId, e);
    }
  }

  /** Whether {@code journal} is complete (ends with its END line and count); false when absent. */
  static boolean complete(FileSystem fs, Path journal) throws IOException {
    if (!fs.exists(journal)) {
      return false;
    }
    int lines = 0;
    String last = null;
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(fs.open(journal), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          if (last != null) {
            lines++;
          }
          last = line;
        }
      }
    }
    return last != null && last.equals(JOURNAL_END + "\t" + lines);
  }

  /**
   * Drops everything staged; published tables are untouched. A run whose journal is written is
   * committed: if publishing it failed part-way (an I/O error, an Iceberg write), its folder is
   * kept so that the next run rolls it forward instead of leaving half-published tables.
   */
  public void abort() {
    try {
      if (complete(store.fs(), new Path(dir, TableStore.JOURNAL))) {
        LOG.warn("run {} failed while publishing: the next run completes its publish", runId);
        return;
      }
      store.fs().delete(dir, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete staging folder " + dir, e);
    }
  }

  /** Applies a journal; safe to repeat after a crash at any point. */
  static void replay(TableStore store, String runId) {
    FileSystem fs = store.fs();
    Path runDir = new Path(new Path(store.root(), TableStore.STAGING), runId);
    Path trash = new Path(new Path(store.root(), TableStore.TRASH), runId);
    Path journal = new Path(runDir, TableStore.JOURNAL);
    Map<String, List<String>> published = new LinkedHashMap<>();
    int total;
    try {
      total = journalLines(fs, journal);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read publish journal " + journal, e);
    }
    int applied = 0;
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(fs.open(journal), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith(JOURNAL_END + "\t")) {
          continue;
        }
        if (applied == 1) {
          publishObserver.accept(PublishStep.FIRST_PARTITION_MOVED);
        }
        if (applied == total / 2 && total > 2) {
          publishObserver.accept(PublishStep.HALF_APPLIED);
        }
        applied++;
        String[] tp = line.split("\t", 3);
        if (tp[0].equals(POINTER)) {
          writePointer(fs, new Path(store.root(), tp[1]), tp[2]);
          continue;
        }
        boolean folder = tp[0].equals(FOLDER);
        if (!folder) {
          published.computeIfAbsent(tp[0], k -> new ArrayList<>()).add(tp[1]);
        }
        // A table line moves <table>/<partition>; a folder line moves the folder at its path.
        Path staged =
            folder ? stagedFolder(runDir, tp[1]) : new Path(new Path(runDir, tp[0]), tp[1]);
        Path target =
            folder ? new Path(store.root(), tp[1]) : new Path(new Path(store.root(), tp[0]), tp[1]);
        // For N, a staged folder still present means this line is not done yet; once it is
        // gone, the target is the new data. For D, any target is old data.
        boolean hasNew = fs.exists(staged);
        boolean pending = "D".equals(tp[2]) || hasNew;
        if (pending && fs.exists(target)) {
          Path old = new Path(new Path(trash, tp[0]), tp[1]);
          fs.mkdirs(old.getParent());
          if (fs.exists(old)) {
            fs.delete(old, true);
          }
          rename(fs, target, old);
        }
        if (hasNew) {
          fs.mkdirs(target.getParent());
          rename(fs, staged, target);
        }
      }
      publishObserver.accept(PublishStep.ALL_APPLIED);
      store.ensureEveryTable(new Path(runDir, "scratch-empty-tables"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot publish run " + runId + " from " + journal, e);
    }
    if (store.iceberg() != null) {
      // Still under the journal: a failure here leaves it for the next run to repeat.
      store.iceberg().publish(store, published);
    }
    try {
      fs.delete(trash, true);
      fs.delete(runDir, true);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "published run " + runId + " but cannot clean up " + runDir, e);
    }
  }

  private static void rename(FileSystem fs, Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("rename " + from + " -> " + to + " failed");
    }
  }

  private Path stagedPath(TableContract t) {
    return new Path(dir, t.name());
  }

  private List<String> listPartitions(Path base, int depth) {
    List<String> out = new ArrayList<>();
    try {
      collect(store.fs(), base, "", depth, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + base, e);
    }
    return out;
  }

  private static void collect(FileSystem fs, Path dir, String prefix, int depth, List<String> out)
      throws IOException {
    if (!fs.exists(dir)) {
      return;
    }
    for (var st : fs.listStatus(dir)) {
      String name = st.getPath().getName();
      if (!st.isDirectory() || !name.contains("=")) {
        continue;
      }
      String rel = prefix.isEmpty() ? name : prefix + "/" + name;
      if (depth == 1) {
        out.add(rel);
      } else {
        collect(fs, st.getPath(), rel, depth - 1, out);
      }
    }
  }
}
