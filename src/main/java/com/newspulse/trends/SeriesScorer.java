package com.newspulse.trends;

import com.newspulse.config.TrendsConfig;
import com.newspulse.core.trendstats.BurstScorer;
import com.newspulse.core.trendstats.PeriodCalendar;
import com.newspulse.core.trendstats.SourceMix;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Scores one key's cells of one range as a dense series, on all articles ({@code share}) and within
 * the stable sources ({@code stable_share}).
 */
final class SeriesScorer implements java.io.Serializable {
  private static final long serialVersionUID = 1L;
  private final BurstScorer scorer;
  private final TrendsStage.PeriodRange range;
  private final SourceMix mix;
  private final boolean onStable;
  private final double mixChangeFraction;
  private final boolean zeroFill;
  private final long zeroFillMinArticles;
  private final RangePeriods periods;

  SeriesScorer(BurstScorer scorer, RangePeriods periods, TrendsConfig config) {
    this.scorer = scorer;
    this.periods = periods;
    this.range = periods.range();
    this.mix = periods.mix();
    this.onStable = config.burstMeasure() == TrendsConfig.BurstMeasure.STABLE_SHARE;
    this.mixChangeFraction = config.mixChangeFraction();
    this.zeroFill = config.zeroFillGranularities().contains(range.granularity());
    this.zeroFillMinArticles = config.zeroFillMinArticles();
  }

  RangePeriods periods() {
    return periods;
  }

  /**
   * Adds the key's rows to {@code out}. Keywords need {@code keywordMinArticles} in some period of
   * the range; a theme of the taxonomy ({@code themeLabel} not null) has a series at the zero-fill
   * granularities even without items.
   */
  void score(
      String dimension,
      String key,
      PeriodCells cells,
      String themeLabel,
      long keywordMinArticles,
      List<Row> out) {
    boolean taxonomyTheme = zeroFill && themeLabel != null;
    if (taxonomyTheme) {
      cells.offerLabel(0, themeLabel, null);
    } else if (cells.items() == 0) {
      return;
    }
    if (TrendsStage.KEYWORD.equals(dimension) && cells.maxArticles() < keywordMinArticles) {
      return;
    }
    PeriodCalendar g = range.granularity();
    LocalDate computeFrom = range.computeFrom();
    int n = mix.periods();
    long[] articles = cells.articles;
    long sum = 0;
    for (long a : articles) {
      sum += a;
    }
    int[] sources = cells.bySource.sources();
    long[][] counts = cells.bySource.counts(sources);
    BurstScorer.PeriodScore[] shares = scorer.score(articles, mix.totals());
    BurstScorer.MixScore[] stable = scorer.score(mix, sources, counts);
    boolean dense = zeroFill && (TrendsStage.THEME.equals(dimension) || sum >= zeroFillMinArticles);
    int first = (int) g.between(computeFrom, range.publishFrom());
    for (int i = Math.max(0, first); i < n; i++) {
      // A period without any article is a gap in the data, not a quiet period for the key.
      if (articles[i] == 0 && (!dense || mix.total(i) == 0)) {
        continue;
      }
      BurstScorer.PeriodScore s = shares[i];
      BurstScorer.MixScore m = stable[i];
      BurstScorer.PeriodScore judged = onStable ? m.score() : s;
      double change = mix.change(i);
      boolean hasStable = !Double.isNaN(change);
      out.add(
          RowFactory.create(
              dimension,
              key,
              cells.label(),
              cells.type(),
              articles[i],
              cells.mentions[i],
              mix.total(i),
              s.share(),
              nanToNull(s.baselineShare()),
              nanToNull(judged.zScore()),
              judged.burst(),
              cells.dedupArticles(i),
              cells.tone(i),
              hasStable ? m.articles() : null,
              hasStable ? m.periodArticles() : null,
              hasStable && m.periodArticles() > 0 ? m.score().share() : null,
              nanToNull(m.score().baselineShare()),
              nanToNull(change),
              hasStable ? change > mixChangeFraction : null,
              g.id(),
              g.plus(computeFrom, i)));
    }
  }

  private static Double nanToNull(double d) {
    return Double.isNaN(d) ? null : d;
  }
}
