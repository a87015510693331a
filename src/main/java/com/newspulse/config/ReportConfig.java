package com.newspulse.config;

import java.io.Serializable;
import java.util.List;

/**
 * What the {@code report} command shows besides the top lists ({@code report.*} keys).
 *
 * @param watch the {@code trends} keys charted first, in this order ({@code report.watch}); empty:
 *     no watch section
 */
public record ReportConfig(List<WatchKey> watch) implements Serializable {
  /** The {@code dimension} values of the {@code trends} table a watch entry may name. */
  public static final List<String> DIMENSIONS =
      List.of("theme", "entity", "topic", "keyword", "source");

  public static final ReportConfig NONE = new ReportConfig(List.of());

  public ReportConfig {
    watch = List.copyOf(watch);
  }

  /**
   * One watched {@code trends} key: a dimension and its key (theme id, KB entity id, keyword...).
   */
  public record WatchKey(String dimension, String key) implements Serializable {
    public WatchKey {
      if (!DIMENSIONS.contains(dimension) || key == null || key.isEmpty()) {
        throw new IllegalArgumentException("not a watch key: " + dimension + ":" + key);
      }
    }

    /**
     * Parses {@code <dimension>:<key>} (split at the first colon; spaces around either part are
     * dropped).
     *
     * @throws IllegalArgumentException naming the entry and what is accepted
     */
    public static WatchKey parse(String entry) {
      int colon = entry.indexOf(':');
      String accepted = "one of " + String.join(", ", DIMENSIONS);
      if (colon < 0) {
        throw new IllegalArgumentException(
            "entry '"
                + entry
                + "' is not <dimension>:<key> (dimension "
                + accepted
                + "), e.g. theme:EXPORT_CONTROLS");
      }
      String dimension = entry.substring(0, colon).trim();
      String key = entry.substring(colon + 1).trim();
      if (!DIMENSIONS.contains(dimension)) {
        throw new IllegalArgumentException(
            "entry '"
                + entry
                + "' has an unknown dimension '"
                + dimension
                + "': expected "
                + accepted);
      }
      if (key.isEmpty()) {
        throw new IllegalArgumentException("entry '" + entry + "' has an empty key");
      }
      return new WatchKey(dimension, key);
    }

    @Override
    public String toString() {
      return dimension + ":" + key;
    }
  }
}
