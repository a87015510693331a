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
import java.util.HashMap;
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
 * trends}, so a run publishes exactly the periods whose value its window can change. Only terms
 * reaching the support in some published period get a series (the long tail is dropped before
 * grouping).
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
   * @param terms article_terms rows with the article's {@code source}
   * @param dailySources accepted articles per day and source ({@link
   *     TrendsStage#dailySourceVolumes})
   * @param minSources a term needs articles of at least this many sources in its period
   */
  public static Dataset<Row> trendingTerms(
      Dataset<Row> terms,
      Map<LocalDate, Map<String, Long>> dailySources,
      List<TrendsStage.PeriodRange> ranges,
      TrendsConfig trends,
      AnalyticsConfig cfg,
      int minSources) {
    Column source =
        functions.coalesce(col("source"), functions.lit(TrendsStage.NO_SOURCE)).as("source");
    Dataset<Row> cells =
        TrendsStage.periodItems(terms, ranges, true)
            .groupBy(col("granularity"), col("period_start"), col("term"), source)
            .agg(functions.count(functions.lit(1)).as("n"))
            .groupBy("granularity", "period_start", "term")
            .agg(
                functions.sum("n").as("articles"),
                functions.count(functions.lit(1)).as("sources"),
                functions.collect_list(functions.struct(col("source"), col("n"))).as("by_source"));
    Column published = functions.lit(false);
    for (TrendsStage.PeriodRange r : ranges) {
      published =
          published.or(
              col("granularity")
                  .equalTo(r.granularity().id())
                  .and(col("period_start").between(r.publishFrom(), r.publishTo())));
    }
    Dataset<Row> keys =
        cells
            .filter(published.and(col("articles").geq(cfg.trendingMinArticles())))
            .select("granularity", "term")
            .distinct();
    Dataset<Row> kept = cells.join(keys, new String[] {"granularity", "term"}, "left_semi");
    Map<String, TermSeries> scorers = new HashMap<>();
    boolean onStable = trends.burstMeasure() == TrendsConfig.BurstMeasure.STABLE_SHARE;
    for (TrendsStage.PeriodRange r : ranges) {
      PeriodCalendar g = r.granularity();
      SourceMix mix =
          TrendsStage.sourceMix(dailySources, r, trends.baseline(g), trends.stableCoverage());
      scorers.put(
          g.id(),
          new TermSeries(
              r,
              trends.baseline(g),
              mix,
              onStable,
              cfg.trendingMinArticles(),
              cfg.trendingMinLlr(),
              minSources));
    }
    org.apache.spark.broadcast.Broadcast<Map<String, TermSeries>> shared =
        org.apache.spark.api.java.JavaSparkContext.fromSparkContext(
                terms.sparkSession().sparkContext())
            .broadcast(scorers);
    Dataset<Row> scored =
        kept.groupByKey(
                (MapFunction<Row, String>) r -> r.getAs("granularity") + "\u0001" + r.getAs("term"),
                Encoders.STRING())
            .flatMapGroups(
                (FlatMapGroupsFunction<String, Row, Row>)
                    (k, it) -> shared.value().get(k.substring(0, k.indexOf('\u0001'))).call(k, it),
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
   * One term's dense series of one granularity, scored period by period. Within stable sources
   * ({@code onStable}): the period's counts are those of its stable sources ({@link SourceMix}),
   * and the baseline is the same sources' articles over the baseline periods with the term's count
   * set to what each source's own baseline rate gives at its volume in the period, so a source that
   * publishes more, or joins, moves the expectation and not the score.
   */
  static final class TermSeries implements FlatMapGroupsFunction<String, Row, Row> {
    private static final long serialVersionUID = 1L;
    private final TrendsStage.PeriodRange range;
    private final int baseline;
    private final SourceMix mix;
    private final boolean onStable;
    private final long minArticles;
    private final double minLlr;
    private final long minSources;

    TermSeries(
        TrendsStage.PeriodRange range,
        int baseline,
        SourceMix mix,
        boolean onStable,
        long minArticles,
        double minLlr,
        long minSources) {
      this.minSources = minSources;
      this.range = range;
      this.baseline = baseline;
      this.mix = mix;
      this.onStable = onStable;
      this.minArticles = minArticles;
      this.minLlr = minLlr;
    }

    @Override
    public Iterator<Row> call(String key, Iterator<Row> cells) {
      PeriodCalendar g = range.granularity();
      LocalDate computeFrom = range.computeFrom();
      int n = mix.periods();
      long[] a = new long[n];
      long[] sources = new long[n];
      long[] totals = mix.totals();
      SourceCounts bySource = new SourceCounts(mix);
      String term = key.substring(key.indexOf('\u0001') + 1);
      while (cells.hasNext()) {
        Row c = cells.next();
        int i = (int) g.between(computeFrom, c.getAs("period_start"));
        if (i >= 0 && i < n) {
          a[i] = c.getAs("articles");
          sources[i] = c.getAs("sources");
          bySource.add(i, c.getList(c.fieldIndex("by_source")));
        }
      }
      int[] srcs = bySource.sources();
      long[][] counts = bySource.counts(srcs);
      int[] base = new int[baseline];
      List<Row> out = new ArrayList<>();
      int first = Math.max(0, (int) g.between(computeFrom, range.publishFrom()));
      for (int i = first; i < n; i++) {
        if (a[i] < minArticles || sources[i] < minSources) {
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
                  sources[i],
                  n1,
                  b,
                  n2,
                  s.llr(),
                  s.rateRatio(),
                  g.id(),
                  g.plus(computeFrom, i)));
        }
      }
      return out.iterator();
    }
  }
}
