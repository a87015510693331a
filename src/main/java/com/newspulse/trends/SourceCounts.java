package com.newspulse.trends;

import com.newspulse.core.trendstats.SourceMix;
import java.util.HashMap;
import java.util.Map;

/**
 * One key's articles per source and period, in the arrays {@link
 * com.newspulse.core.trendstats.BurstScorer} and {@link SourceMix} take.
 */
final class SourceCounts {
  private final SourceMix mix;
  private final Map<Integer, long[]> bySource = new HashMap<>();

  SourceCounts(SourceMix mix) {
    this.mix = mix;
  }

  /** Adds {@code n} articles of {@code source} at period {@code i}; unknown sources are skipped. */
  void add(int i, String source, long n) {
    int s = mix.sourceIndex(source);
    if (s >= 0) {
      bySource.computeIfAbsent(s, x -> new long[mix.periods()])[i] += n;
    }
  }

  /** Sources with at least one article at period {@code i}. */
  long sourcesAt(int i) {
    long n = 0;
    for (long[] c : bySource.values()) {
      if (c[i] > 0) {
        n++;
      }
    }
    return n;
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
