package com.newspulse.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A run's publish journal, {@code _staging/<run>/_journal}: one line per partition, folder and
 * pointer the run publishes, ended by a count. Writing it completely is the run's commit point;
 * {@link #replay} applies it by renames, and repeating a replay after a crash at any point finishes
 * the same publish ({@link TableStore} replays the complete journals it finds on begin).
 */
final class PublishJournal {
  private PublishJournal() {}

  /** Journal lines that write a pointer file: {@code POINTER<TAB>path<TAB>content}. */
  static final String POINTER = "POINTER";

  /** Journal lines that move a staged folder into place: {@code FOLDER<TAB>path<TAB>N}. */
  static final String FOLDER = "FOLDER";

  static Path stagedFolder(Path runDir, String path) {
    return new Path(new Path(runDir, "folders"), path);
  }

  /**
   * The publish journal: from here on the run is complete and will be published, even after a
   * crash. Written under a temporary name, flushed to the file system and closed, then renamed into
   * place, and ended by an {@code END} line with its line count: a journal is either absent or
   * complete, so a crash while writing it leaves a run that never committed (discarded by the next
   * run), never a half journal that publishes part of a run.
   */
  static void write(
      FileSystem fs,
      Path dir,
      Map<String, Set<String>> owned,
      Set<String> folders,
      Map<String, String> pointers) {
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
      RunTransaction.reached(RunTransaction.PublishStep.JOURNAL_BEING_WRITTEN);
      rename(fs, partial, journal);
      RunTransaction.reached(RunTransaction.PublishStep.JOURNAL_WRITTEN);
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
          RunTransaction.reached(RunTransaction.PublishStep.FIRST_PARTITION_MOVED);
        }
        if (applied == total / 2 && total > 2) {
          RunTransaction.reached(RunTransaction.PublishStep.HALF_APPLIED);
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
      RunTransaction.reached(RunTransaction.PublishStep.ALL_APPLIED);
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

  /** A path a journal line can carry: relative, inside the output, one field. */
  static boolean isPath(String path) {
    return !path.isBlank() && !path.startsWith("/") && !path.contains("..") && isField(path);
  }

  /** No tab or line break: the value stays one field of one journal line. */
  static boolean isField(String s) {
    return !s.matches("(?s).*[\\t\\n\\r].*");
  }
}
