package com.newspulse.trends;

import com.newspulse.core.trendstats.SourceMix;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One key's items of one {@link TrendsStage.PeriodRange}, gathered into per-period cells: the
 * compact arrays its series is scored from. Filled item by item inside the key's group, so the
 * items are aggregated once for every granularity and no cell table is shuffled or joined.
 */
final class PeriodCells {
  final long[] articles;
  final long[] mentions;
  private final double[] toneSum;
  private final long[] toneCount;
  private final long[] unclustered;
  private final Set<String>[] clusters;
  final SourceCounts bySource;
  private long items;
  private int latest = -1;
  private String label;
  private String type;

  @SuppressWarnings("unchecked")
  PeriodCells(SourceMix mix) {
    int n = mix.periods();
    articles = new long[n];
    mentions = new long[n];
    toneSum = new double[n];
    toneCount = new long[n];
    unclustered = new long[n];
    clusters = new Set[n];
    bySource = new SourceCounts(mix);
  }

  /**
   * One article's item in period {@code i}; {@code cluster} the article's near-duplicate cluster
   * (null when it has no copy), {@code tone} null when the article has none.
   */
  void add(
      int i, String label, String type, long mentions, String source, String cluster, Double tone) {
    add(
        i,
        label,
        type,
        1,
        mentions,
        source,
        tone == null ? 0 : tone,
        tone == null ? 0 : 1,
        cluster == null ? 1 : 0,
        cluster == null ? List.of() : List.of(cluster));
  }

  /**
   * One {@code trend_counts} row in period {@code i}: {@code articles} items of one source and
   * period, {@code unclustered} of them without a copy and the others' near-duplicate keys in
   * {@code stories}; the tone summed over the {@code toneCount} items that have one.
   */
  void add(
      int i,
      String label,
      String type,
      long articles,
      long mentions,
      String source,
      double toneSum,
      long toneCount,
      long unclustered,
      List<String> stories) {
    items += articles;
    this.articles[i] += articles;
    this.mentions[i] += mentions;
    this.toneSum[i] += toneSum;
    this.toneCount[i] += toneCount;
    this.unclustered[i] += unclustered;
    // Only copies of a clustered story are held, to count each story once: a key's memory grows
    // with its periods and its syndicated items, not with all its articles.
    if (!stories.isEmpty()) {
      if (clusters[i] == null) {
        clusters[i] = new HashSet<>();
      }
      clusters[i].addAll(stories);
    }
    bySource.add(i, source, articles);
    // A key's label and type: the largest of its latest period (names change: a renamed company).
    if (i > latest) {
      latest = i;
      this.label = label;
      this.type = type;
    } else if (i == latest) {
      this.label = larger(this.label, label);
      this.type = larger(this.type, type);
    }
  }

  /**
   * A name from outside the items (a theme's taxonomy label) for period {@code i}: it wins over the
   * items' when no item is later, the smaller on a tie; nulls never win.
   */
  void offerLabel(int i, String label, String type) {
    if (label == null) {
      return;
    }
    if (i > latest || (i == latest && (this.label == null || label.compareTo(this.label) < 0))) {
      latest = i;
      this.label = label;
      this.type = type;
    }
  }

  /** Items of articles in the range. */
  long items() {
    return items;
  }

  String label() {
    return label;
  }

  String type() {
    return type;
  }

  /** Distinct near-duplicate keys of period {@code i}: syndicated copies count once. */
  long dedupArticles(int i) {
    return unclustered[i] + (clusters[i] == null ? 0 : clusters[i].size());
  }

  /** Mean tone of the items of period {@code i} that have one; null when none has. */
  Double tone(int i) {
    return toneCount[i] == 0 ? null : toneSum[i] / toneCount[i];
  }

  /** The largest articles count of any period. */
  long maxArticles() {
    long max = 0;
    for (long a : articles) {
      max = Math.max(max, a);
    }
    return max;
  }

  private static String larger(String a, String b) {
    if (a == null) {
      return b;
    }
    return b == null || a.compareTo(b) >= 0 ? a : b;
  }
}
