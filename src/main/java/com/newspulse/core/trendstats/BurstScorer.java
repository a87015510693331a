package com.newspulse.core.trendstats;

import java.io.Serializable;

/**
 * Scores each period of a dense time series by how far its share of news volume stands above a
 * trailing baseline.
 *
 * <p>For period {@code i} the baseline is the previous {@code window} periods that had any news at
 * all (zero-volume periods carry no information about share) and were not bursts themselves: a
 * multi-day event must not raise the bar for its own second and third day (with the burst day in
 * the baseline, its variance hides the days after it). The score is the z-score {@code (share_i -
 * mean) / sd}, where {@code sd} is the larger of the baseline's sample standard deviation and the
 * binomial standard deviation of a share at this period's volume ({@code sqrt(p(1-p)/n)} with
 * {@code p = max(mean, 1/n)}). The binomial floor keeps a flat or all-zero baseline from turning
 * one stray mention into an infinite z-score, and makes small periods need a larger jump than big
 * ones.
 *
 * <p>Small counts: a normal approximation calls 9 mentions a burst when 3 are expected (z = 3.5),
 * which a Poisson process does by chance about once in 260 periods: with thousands of keys a day,
 * that is dozens of false bursts. The score is therefore the smaller of that z-score and the
 * count's exact Poisson deviate ({@link PoissonDeviate}: the upper tail of {@code x} at the mean
 * {@code n p}, {@code p} the baseline share, as a normal z), which holds the threshold's
 * false-burst rate for any expected count. For large counts the two agree.
 *
 * <p>A period is a burst when its z-score reaches the threshold and it has at least {@code
 * minArticles} articles. Periods with fewer than {@code minBaselinePeriods} baseline periods get no
 * score ({@link Double#NaN}): too little history to call anything unusual.
 */
public final class BurstScorer implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int window;
  private final int minBaselinePeriods;
  private final double zThreshold;
  private final long minArticles;

  public BurstScorer(int window, int minBaselinePeriods, double zThreshold, long minArticles) {
    if (window < 1) {
      throw new IllegalArgumentException("window must be >= 1, got " + window);
    }
    if (minBaselinePeriods < 1 || minBaselinePeriods > window) {
      throw new IllegalArgumentException(
          "minBaselinePeriods must be in [1, window=" + window + "], got " + minBaselinePeriods);
    }
    if (minArticles < 1) {
      throw new IllegalArgumentException("minArticles must be >= 1, got " + minArticles);
    }
    this.window = window;
    this.minBaselinePeriods = minBaselinePeriods;
    this.zThreshold = zThreshold;
    this.minArticles = minArticles;
  }

  /** Result for one period; {@code zScore} and {@code baselineShare} are NaN without a baseline. */
  public record PeriodScore(double share, double baselineShare, double zScore, boolean burst) {}

  /**
   * @param articles articles mentioning the key, per period (dense, zeros included)
   * @param totals all accepted articles per period, same length
   */
  public PeriodScore[] score(long[] articles, long[] totals) {
    if (articles.length != totals.length) {
      throw new IllegalArgumentException(
          "articles and totals differ in length: " + articles.length + " vs " + totals.length);
    }
    int n = articles.length;
    double[] share = new double[n];
    for (int i = 0; i < n; i++) {
      if (articles[i] > totals[i] || articles[i] < 0) {
        throw new IllegalArgumentException(
            "period "
                + i
                + ": articles "
                + articles[i]
                + " not within [0, total "
                + totals[i]
                + "]");
      }
      share[i] = totals[i] == 0 ? 0.0 : (double) articles[i] / totals[i];
    }
    PeriodScore[] out = new PeriodScore[n];
    for (int i = 0; i < n; i++) {
      out[i] = scoreAt(i, share, articles, totals, out);
    }
    return out;
  }

  private PeriodScore scoreAt(
      int i, double[] share, long[] articles, long[] totals, PeriodScore[] earlier) {
    double sum = 0;
    double sumSq = 0;
    int count = 0;
    for (int j = i - 1; j >= 0 && j >= i - window; j--) {
      if (totals[j] > 0 && !earlier[j].burst()) {
        sum += share[j];
        sumSq += share[j] * share[j];
        count++;
      }
    }
    if (count < minBaselinePeriods || totals[i] == 0) {
      return new PeriodScore(share[i], Double.NaN, Double.NaN, false);
    }
    double mean = sum / count;
    double variance = count > 1 ? Math.max(0, (sumSq - count * mean * mean) / (count - 1)) : 0;
    return judge(articles[i], totals[i], mean, variance);
  }

  /**
   * Z-score of {@code x} of {@code n} against a baseline share {@code mean} with sample variance
   * {@code variance}.
   */
  private PeriodScore judge(long x, long n, double mean, double variance) {
    double share = (double) x / n;
    double p = Math.max(mean, 1.0 / n);
    double binomialSd = Math.sqrt(p * (1 - p) / n);
    double sd = Math.max(Math.sqrt(variance), binomialSd);
    double zShare = (share - mean) / sd;
    double zCount = PoissonDeviate.of(x, n * p);
    double z = Math.min(zShare, zCount);
    boolean burst = z >= zThreshold && x >= minArticles;
    return new PeriodScore(share, mean, z, burst);
  }

  /**
   * A period scored within its stable sources: their articles on the key, all their articles, the
   * score.
   */
  public record MixScore(long articles, long periodArticles, PeriodScore score) {}

  /**
   * Scores a key within each period's stable sources ({@link SourceMix}): the key's share of the
   * stable sources' articles against the share those same sources would give it at their own
   * baseline rates.
   *
   * <p>Expected count in period {@code i}: {@code sum over stable sources s of volume(s, i) *
   * rate(s)}, with {@code rate(s)} the source's articles on the key over its articles in the
   * baseline periods (the last {@code window} periods with news that were not bursts of this key).
   * Weighting each source's own rate by its volume in the period means that a source publishing
   * more (or a source joining the stable set) moves the expectation, not the score. The baseline
   * variance is that of the baseline periods' residual shares around the same model, weighted by
   * their volume (a partial first week must not hide the burst of a full one); the z-score, the
   * binomial floor and the count deviate are those of {@link #score(long[], long[])}.
   *
   * @param sources source indexes (into {@code mix}) of the sources that have the key
   * @param counts articles on the key per source and period: {@code counts[q][period]} for source
   *     {@code sources[q]}
   */
  public MixScore[] score(SourceMix mix, int[] sources, long[][] counts) {
    if (sources.length != counts.length) {
      throw new IllegalArgumentException(
          sources.length + " sources but " + counts.length + " count rows");
    }
    int n = mix.periods();
    int w = Math.min(window, mix.window());
    MixScore[] out = new MixScore[n];
    int[] base = new int[w];
    double[] expectedAt = new double[w];
    long[] seenAt = new long[w];
    for (int i = 0; i < n; i++) {
      int count = 0;
      for (int j = i - 1; j >= 0 && j >= i - w; j--) {
        if (mix.total(j) > 0 && !out[j].score().burst()) {
          base[count++] = j;
        }
      }
      long x = 0;
      double expected = 0;
      java.util.Arrays.fill(expectedAt, 0, count, 0.0);
      java.util.Arrays.fill(seenAt, 0, count, 0L);
      double[] rates = mix.rates(i, base, count, sources, counts);
      for (int q = 0; q < sources.length; q++) {
        if (Double.isNaN(rates[q])) {
          continue;
        }
        int s = sources[q];
        x += counts[q][i];
        expected += rates[q] * mix.volume(s, i);
        for (int b = 0; b < count; b++) {
          expectedAt[b] += rates[q] * mix.volume(s, base[b]);
          seenAt[b] += counts[q][base[b]];
        }
      }
      long total = mix.stableTotal(i, 0);
      if (count < minBaselinePeriods || total == 0) {
        out[i] =
            new MixScore(
                x,
                total,
                new PeriodScore(
                    total == 0 ? 0.0 : (double) x / total, Double.NaN, Double.NaN, false));
        continue;
      }
      // Residual shares weighted by their period's volume: a short period (a partial first week)
      // has a noisy share, which the binomial floor already covers; unweighted, it would inflate
      // the baseline's spread and hide the burst of a full period.
      double sumSq = 0;
      long weight = 0;
      int residuals = 0;
      for (int b = 0; b < count; b++) {
        long nb = mix.stableTotal(i, i - base[b]);
        if (nb > 0) {
          double r = (seenAt[b] - expectedAt[b]) / nb;
          sumSq += nb * r * r;
          weight += nb;
          residuals++;
        }
      }
      double variance = residuals > 1 ? sumSq / weight * residuals / (residuals - 1) : 0;
      out[i] = new MixScore(x, total, judge(x, total, expected / total, variance));
    }
    return out;
  }
}
