package com.newspulse.core.trendstats;

import java.io.Serializable;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which sources published in each period of a dense series, and for each period its stable sources:
 * the sources that published in the period and in at least {@code coverage} of its baseline periods
 * (the previous {@code window} periods that had any news).
 *
 * <p>Why: when a feed joins (or leaves) the corpus, everything it always talks about changes its
 * share of all articles, although nothing happened in the news. Measured within the stable sources,
 * a key's share moves only when the sources that were already there write about it more (or less).
 * A source that just joined enters the stable set once it has published in enough baseline periods
 * to have a rate of its own; a source that left drops out of it.
 *
 * <p>{@link #change(int)} is the fraction of the active-source set that differs from the baseline's
 * regular sources ({@code |A Δ R| / |A ∪ R|}): how much of the feed mix is new or gone in that
 * period. Cost: {@code O(sources × periods × window)} to build, once per granularity on the driver;
 * the stable totals are precomputed per (period, baseline period).
 */
public final class SourceMix implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int window;
  private final Map<String, Integer> index;
  private final long[][] volume;
  private final long[] totals;
  private final BitSet[] stable;
  private final long[][] stableTotals;
  private final double[] change;

  private SourceMix(
      int window,
      Map<String, Integer> index,
      long[][] volume,
      long[] totals,
      BitSet[] stable,
      long[][] stableTotals,
      double[] change) {
    this.window = window;
    this.index = index;
    this.volume = volume;
    this.totals = totals;
    this.stable = stable;
    this.stableTotals = stableTotals;
    this.change = change;
  }

  /**
   * @param sources source names, index-aligned with {@code volume}
   * @param volume articles per source and period: {@code volume[source][period]}, every row the
   *     same length
   * @param window baseline length in periods
   * @param coverage fraction in (0, 1] of the baseline periods a source must have published in to
   *     be stable
   */
  public static SourceMix of(List<String> sources, long[][] volume, int window, double coverage) {
    if (window < 1) {
      throw new IllegalArgumentException("window must be >= 1, got " + window);
    }
    if (!(coverage > 0 && coverage <= 1)) {
      throw new IllegalArgumentException("coverage must be in (0, 1], got " + coverage);
    }
    if (sources.size() != volume.length) {
      throw new IllegalArgumentException(
          sources.size() + " sources but " + volume.length + " volume rows");
    }
    int n = volume.length == 0 ? 0 : volume[0].length;
    Map<String, Integer> index = new HashMap<>();
    long[] totals = new long[n];
    for (int s = 0; s < volume.length; s++) {
      if (volume[s].length != n) {
        throw new IllegalArgumentException(
            "source " + sources.get(s) + " has " + volume[s].length + " periods, expected " + n);
      }
      if (index.put(sources.get(s), s) != null) {
        throw new IllegalArgumentException("source listed twice: " + sources.get(s));
      }
      for (int i = 0; i < n; i++) {
        totals[i] += volume[s][i];
      }
    }
    BitSet[] stable = new BitSet[n];
    double[] change = new double[n];
    long[][] stableTotals = new long[n][window + 1];
    for (int i = 0; i < n; i++) {
      int baseline = 0;
      for (int j = Math.max(0, i - window); j < i; j++) {
        baseline += totals[j] > 0 ? 1 : 0;
      }
      stable[i] = new BitSet();
      if (baseline == 0) {
        change[i] = Double.NaN;
        continue;
      }
      int needed = Math.max(1, (int) Math.ceil(coverage * baseline - 1e-9));
      int union = 0;
      int differ = 0;
      for (int s = 0; s < volume.length; s++) {
        int active = 0;
        for (int j = Math.max(0, i - window); j < i; j++) {
          active += volume[s][j] > 0 ? 1 : 0;
        }
        boolean regular = active >= needed;
        boolean now = volume[s][i] > 0;
        union += regular || now ? 1 : 0;
        differ += regular != now ? 1 : 0;
        if (regular && now) {
          stable[i].set(s);
          for (int d = 0; d <= window && i - d >= 0; d++) {
            stableTotals[i][d] += volume[s][i - d];
          }
        }
      }
      change[i] = union == 0 ? 0.0 : (double) differ / union;
    }
    return new SourceMix(window, Map.copyOf(index), volume, totals, stable, stableTotals, change);
  }

  public int periods() {
    return totals.length;
  }

  public int window() {
    return window;
  }

  /** Index of a source name, or -1 when it published nothing in the series' range. */
  public int sourceIndex(String source) {
    Integer i = index.get(source);
    return i == null ? -1 : i;
  }

  /** All articles of period {@code i}. */
  public long total(int i) {
    return totals[i];
  }

  /** All articles per period (a copy). */
  public long[] totals() {
    return totals.clone();
  }

  /** Articles of source {@code s} in period {@code i}. */
  public long volume(int s, int i) {
    return volume[s][i];
  }

  /** Whether source {@code s} is one of period {@code i}'s stable sources. */
  public boolean isStable(int i, int s) {
    return stable[i].get(s);
  }

  /**
   * Articles of period {@code i}'s stable sources in period {@code i - back} (0 <= back <= window).
   */
  public long stableTotal(int i, int back) {
    return stableTotals[i][back];
  }

  /**
   * Fraction of the active-source set that differs from the baseline's regular sources; NaN without
   * baseline.
   */
  public double change(int i) {
    return change[i];
  }

  /**
   * A key in one period within its stable sources: its articles, all their articles, and the
   * expected count.
   */
  public record StableCount(long articles, long total, double expected) {}

  /**
   * A key in period {@code i} within its stable sources: its articles, all their articles, and the
   * articles it would have at each stable source's own rate over the baseline periods {@code
   * base[0..count)}.
   *
   * @param sources source indexes of the sources that have the key
   * @param counts the key's articles per source and period, {@code counts[q][period]}
   */
  public StableCount stableAt(int i, int[] base, int count, int[] sources, long[][] counts) {
    double[] rates = rates(i, base, count, sources, counts);
    long x = 0;
    double expected = 0;
    for (int q = 0; q < sources.length; q++) {
      if (!Double.isNaN(rates[q])) {
        x += counts[q][i];
        expected += rates[q] * volume[sources[q]][i];
      }
    }
    return new StableCount(x, stableTotal(i, 0), expected);
  }

  /**
   * Each key source's own rate over the baseline periods {@code base[0..count)}: its articles on
   * the key over all its articles there (0 when it had none); NaN for a source outside period
   * {@code i}'s stable sources.
   */
  public double[] rates(int i, int[] base, int count, int[] sources, long[][] counts) {
    double[] out = new double[sources.length];
    for (int q = 0; q < sources.length; q++) {
      int s = sources[q];
      if (!isStable(i, s)) {
        out[q] = Double.NaN;
        continue;
      }
      long sx = 0;
      long sn = 0;
      for (int b = 0; b < count; b++) {
        sx += counts[q][base[b]];
        sn += volume[s][base[b]];
      }
      out[q] = sn == 0 ? 0.0 : (double) sx / sn;
    }
    return out;
  }
}
