package com.newspulse.trends;

import com.newspulse.core.trendstats.SourceMix;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * One key's articles per source and period, gathered from its cells' {@code (source, n)} lists, in
 * the arrays {@link com.newspulse.core.trendstats.BurstScorer} and {@link SourceMix} take.
 */
final class SourceCounts {
  private final SourceMix mix;
  private final Map<Integer, long[]> bySource = new HashMap<>();

  SourceCounts(SourceMix mix) {
    this.mix = mix;
  }

  /**
   * Adds a cell's list of {@code (source, n)} structs at period {@code i}; unknown sources are
   * skipped.
   */
  void add(int i, List<Row> sources) {
    for (Row sc : sources) {
      int s = mix.sourceIndex(sc.getString(0));
      if (s >= 0) {
        bySource.computeIfAbsent(s, x -> new long[mix.periods()])[i] += sc.getLong(1);
      }
    }
  }

  /** Source indexes, ascending. */
  int[] sources() {
    return bySource.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
  }

  /** Counts per source of {@link #sources()}, in the same order. */
  long[][] counts(int[] sources) {
    long[][] out = new long[sources.length][];
    for (int q = 0; q < sources.length; q++) {
      out[q] = bySource.get(sources[q]);
    }
    return out;
  }
}
