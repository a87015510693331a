package com.newspulse.trends;

import static org.apache.spark.sql.functions.col;

import com.newspulse.config.AnalyticsConfig;
import com.newspulse.config.TrendsConfig;
import com.newspulse.core.trendstats.PeriodCalendar;
import com.newspulse.core.trendstats.SignificantTerms;
import com.newspulse.core.trendstats.SourceMix;
import com.newspulse.tables.Tables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Significant terms: {@code article_terms} → {@code trending_terms}.
 *
 * <p>Per granularity and period P: a = articles of P with the term, n1 = articles of P, b and n2 =
 * the same over the trailing baseline (the {@code trends.baseline-periods} periods before P, P
 * excluded). A term is kept when {@link SignificantTerms.Result#significant} holds for {@code
 * trending-terms.min-articles} and {@code min-llr}; then the {@code top-n} terms per period by llr
 * (ties by term). Periods and baselines are the same {@link TrendsStage.PeriodRange}s as {@code
 * trends}, so a run publishes exactly the periods whose value its window can change. One shuffle
 * groups the (term, day, source) counts ({@code trend_counts} day rows) by term (on a daily run
 * only the rows of the terms that can reach the support in a published period: {@link
 * #publishable}, one more aggregation of the published periods' days); a term with fewer articles
 * than the support is dropped before any array is allocated (most terms occur once or twice), the
 * others are streamed into the per-period arrays of every granularity ({@link PeriodCells}: each
 * day row is added to its week and its month) and scored there.
 */
public final class TrendingTermsStage {
  static final StructType SCORED =
      new StructType()
          .add("term", DataTypes.StringType)
          .add("articles", DataTypes.LongType)
          .add("sources", DataTypes.LongType)
          .add("period_articles", DataTypes.LongType)
          .add("background_articles", DataTypes.LongType)
          .add("background_total", DataTypes.LongType)
          .add("llr", DataTypes.DoubleType)
          .add("rate_ratio", DataTypes.DoubleType)
          .add("granularity", DataTypes.StringType)
          .add("period_start", DataTypes.DateType);

  private TrendingTermsStage() {}

  /**
   * @param counts {@link Tables#TREND_COUNTS} rows covering every range's days (only the {@link
   *     TrendsStage#TERM} day rows are read)
   * @param dailySources accepted articles per day and source ({@link
   *     TrendsStage#dailySourceVolumes})
   * @param minSources a term needs articles of at least this many sources in its period
   */
  public static Dataset<Row> trendingTerms(
      Dataset<Row> counts,
      Map<LocalDate, Map<String, Long>> dailySources,
      List<TrendsStage.PeriodRange> ranges,
      TrendsConfig trends,
      AnalyticsConfig cfg,
      int minSources) {
    List<TermSeries> scorers = new ArrayList<>();
    boolean onStable = trends.burstMeasure() == TrendsConfig.BurstMeasure.STABLE_SHARE;
    for (TrendsStage.PeriodRange r : ranges) {
      PeriodCalendar g = r.granularity();
      SourceMix mix =
          TrendsStage.sourceMix(dailySources, r, trends.baseline(g), trends.stableCoverage());
      scorers.add(
          new TermSeries(
              new RangePeriods(r, mix),
              trends.baseline(g),
              onStable,
              cfg.trendingMinArticles(),
              cfg.trendingMinLlr(),
              minSources));
    }
    // Captured by the closure, not broadcast by hand (as TrendsStage's KeySeries): Spark ships it
    // with the task binary and cleans it up.
    TermGroups shared = new TermGroups(scorers, cfg.trendingMinArticles());
    Dataset<Row> termDays =
        counts
            .filter(
                col("dimension")
                    .equalTo(TrendsStage.TERM)
                    .and(col("granularity").equalTo(PeriodCalendar.DAY.id())))
            .select(col("key"), col("period_start"), col("source"), col("articles"));
    Dataset<Row> scored =
        publishable(termDays, ranges, dailySources.keySet(), cfg.trendingMinArticles())
            .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
            .flatMapGroups(
                (FlatMapGroupsFunction<String, Row, Row>) (k, it) -> shared.call(k, it),
                Encoders.row(SCORED));
    return scored
        .withColumn(
            "rank",
            functions
                .row_number()
                .over(
                    Window.partitionBy("granularity", "period_start")
                        .orderBy(col("llr").desc(), col("term"))))
        .filter(col("rank").leq(cfg.trendingTopN()))
        .select(
            java.util.Arrays.stream(Tables.TRENDING_TERMS.schema().fieldNames())
                .map(functions::col)
                .toArray(Column[]::new));
  }

  /**
   * The term day rows of the terms that can be scored in a published period: a period is scored
   * only with at least {@code minArticles} articles of the term, so a term with fewer over all the
   * published periods' days is dropped before the shuffle that gathers each term's rows. Applied
   * only when the baselines read days with articles before the first published period (a daily run
   * on a history: at its end the published periods that hold articles are a month or less, the
   * baselines up to seven months of rows; a re-run of past days publishes, and filters on, the
   * baseline periods after its window too); on a run whose window starts the data it would only add
   * a pass.
   */
  static Dataset<Row> publishable(
      Dataset<Row> termDays,
      List<TrendsStage.PeriodRange> ranges,
      java.util.Set<LocalDate> daysWithArticles,
      long minArticles) {
    if (ranges.isEmpty()) {
      return termDays;
    }
    LocalDate readFrom =
        ranges.stream().map(TrendsStage.PeriodRange::computeFrom).min(LocalDate::compareTo).get();
    LocalDate publishFrom =
        ranges.stream().map(TrendsStage.PeriodRange::publishFrom).min(LocalDate::compareTo).get();
    LocalDate publishLast =
        ranges.stream().map(TrendsStage.PeriodRange::lastDay).max(LocalDate::compareTo).get();
    boolean baselineOnly =
        daysWithArticles.stream().anyMatch(d -> !d.isBefore(readFrom) && d.isBefore(publishFrom));
    if (!baselineOnly) {
      return termDays;
    }
    Dataset<Row> candidates =
        termDays
            .filter(col("period_start").between(publishFrom, publishLast))
            .groupBy("key")
            .agg(functions.sum("articles").as("n"))
            .filter(col("n").geq(minArticles))
            .select("key");
    // Collected and broadcast while few (a month's terms above the support are thousands): a
    // shuffled semi-join would shuffle every baseline row once more before the grouping does
    // (adaptive execution runs both sides' shuffles before it could turn the join into a
    // broadcast).
    List<Row> few = candidates.limit(MAX_BROADCAST_TERMS + 1).collectAsList();
    Dataset<Row> keys =
        few.size() <= MAX_BROADCAST_TERMS
            ? functions.broadcast(termDays.sparkSession().createDataFrame(few, candidates.schema()))
            : candidates;
    return termDays.join(keys, new String[] {"key"}, "left_semi");
  }

  /** Candidate terms collected and broadcast at most (about 10 MB of keys). */
  static final int MAX_BROADCAST_TERMS = 200_000;

  /**
   * One term's articles (term, day, source) → its significant periods of every range: the group is
   * gathered into per-period arrays once per range ({@link PeriodCells}) and scored there.
   */
  static final class TermGroups implements FlatMapGroupsFunction<String, Row, Row> {
    private static final long serialVersionUID = 1L;
    private final List<TermSeries> series;
    private final long minArticles;

    TermGroups(List<TermSeries> series, long minArticles) {
      this.series = series;
      this.minArticles = minArticles;
    }

    @Override
    public Iterator<Row> call(String term, Iterator<Row> rows) {
      // Most terms occur in an article or two: no period of theirs can reach the support, so they
      // are dropped before any array is allocated; the others are streamed into their periods.
      List<Row> head = new ArrayList<>();
      // Each article is in one day row: no period holds more than the term's articles read.
      long seen = 0;
      while (seen < minArticles && rows.hasNext()) {
        Row r = rows.next();
        head.add(r);
        seen += r.getLong(3);
      }
      if (seen < minArticles || series.isEmpty()) {
        return java.util.Collections.emptyIterator();
      }
      PeriodCells[] cells = new PeriodCells[series.size()];
      for (int s = 0; s < cells.length; s++) {
        cells[s] = new PeriodCells(series.get(s).days.mix());
      }
      head.forEach(r -> add(r, cells));
      rows.forEachRemaining(r -> add(r, cells));
      List<Row> out = new ArrayList<>();
      for (int s = 0; s < cells.length; s++) {
        if (cells[s].items() > 0) {
          series.get(s).score(term, cells[s], out);
        }
      }
      return out.iterator();
    }

    /** A day row counts in the period of every range that holds its day. */
    private void add(Row r, PeriodCells[] cells) {
      LocalDate day = r.getLocalDate(1);
      for (int s = 0; s < cells.length; s++) {
        int i = series.get(s).days.index(day);
        if (i >= 0) {
          long n = r.getLong(3);
          cells[s].add(i, null, null, n, 0, r.getString(2), 0, 0, n, List.of());
        }
      }
    }
  }

  /**
   * One term's dense series of one granularity, scored period by period. Within stable sources
   * ({@code onStable}): the period's counts are those of its stable sources ({@link SourceMix}),
   * and the baseline is the same sources' articles over the baseline periods with the term's count
   * set to what each source's own baseline rate gives at its volume in the period, so a source that
   * publishes more, or joins, moves the expectation and not the score.
   */
  static final class TermSeries implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    final RangePeriods days;
    private final int baseline;
    private final boolean onStable;
    private final long minArticles;
    private final double minLlr;
    private final long minSources;

    TermSeries(
        RangePeriods days,
        int baseline,
        boolean onStable,
        long minArticles,
        double minLlr,
        long minSources) {
      this.days = days;
      this.minSources = minSources;
      this.baseline = baseline;
      this.onStable = onStable;
      this.minArticles = minArticles;
      this.minLlr = minLlr;
    }

    void score(String term, PeriodCells cells, List<Row> out) {
      TrendsStage.PeriodRange range = days.range();
      SourceMix mix = days.mix();
      PeriodCalendar g = range.granularity();
      LocalDate computeFrom = range.computeFrom();
      int n = mix.periods();
      long[] a = cells.articles;
      long[] totals = mix.totals();
      int[] srcs = cells.bySource.sources();
      long[][] counts = cells.bySource.counts(srcs);
      int[] base = new int[baseline];
      int first = Math.max(0, (int) g.between(computeFrom, range.publishFrom()));
      for (int i = first; i < n; i++) {
        long sources = cells.bySource.sourcesAt(i);
        if (a[i] < minArticles || sources < minSources) {
          continue;
        }
        int count = 0;
        for (int j = Math.max(0, i - baseline); j < i; j++) {
          base[count++] = j;
        }
        long x;
        long n1;
        long b = 0;
        long n2 = 0;
        if (onStable) {
          SourceMix.StableCount c = mix.stableAt(i, base, count, srcs, counts);
          x = c.articles();
          n1 = c.total();
          for (int k = 0; k < count; k++) {
            n2 += mix.stableTotal(i, i - base[k]);
          }
          b = n1 == 0 ? 0 : Math.round(c.expected() / n1 * n2);
        } else {
          x = a[i];
          n1 = totals[i];
          for (int k = 0; k < count; k++) {
            b += a[base[k]];
            n2 += totals[base[k]];
          }
        }
        if (n1 == 0 || x < minArticles) {
          continue;
        }
        SignificantTerms.Result s = SignificantTerms.score(x, n1, b, n2);
        if (s.significant(minArticles, minLlr)) {
          out.add(
              RowFactory.create(
                  term,
                  x,
                  sources,
                  n1,
                  b,
                  n2,
                  s.llr(),
                  s.rateRatio(),
                  g.id(),
                  g.plus(computeFrom, i)));
        }
      }
    }
  }
}
