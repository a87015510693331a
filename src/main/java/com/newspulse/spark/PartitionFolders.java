package com.newspulse.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Listing a table's partition folders: what a run owns or has published, without reading rows. */
final class PartitionFolders {
  private PartitionFolders() {}

  /**
   * The partition folders under {@code base}, {@code depth} levels deep, as relative paths ({@code
   * granularity=week/period_start=2025-03-03}); none when {@code base} does not exist.
   */
  static List<String> list(FileSystem fs, Path base, int depth) {
    List<String> out = new ArrayList<>();
    try {
      collect(fs, base, "", depth, out);
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

  /** The dates of partition folders named {@code prefix + yyyy-MM-dd}; other names are skipped. */
  static java.util.SortedSet<java.time.LocalDate> dates(List<String> parts, String prefix) {
    java.util.SortedSet<java.time.LocalDate> out = new java.util.TreeSet<>();
    for (String p : parts) {
      // The empty table's null partition (__HIVE_DEFAULT_PARTITION__) is no date.
      if (p.matches(prefix + "\\d{4}-\\d{2}-\\d{2}")) {
        out.add(java.time.LocalDate.parse(p.substring(prefix.length())));
      }
    }
    return out;
  }
}
