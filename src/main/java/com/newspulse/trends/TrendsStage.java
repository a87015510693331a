package com.newspulse.trends;

import com.newspulse.config.TrendsConfig;
import com.newspulse.core.trendstats.BurstScorer;
import com.newspulse.core.trendstats.PeriodCalendar;
import com.newspulse.core.trendstats.SourceMix;
import com.newspulse.tables.Tables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Trends: article-level tables → per-period counts ({@code trend_counts}) → the long-format {@code
 * trends} table.
 *
 * <p>Steps: 1) one "item" row per (article, dimension, key), joined once with its article (source,
 * near-duplicate cluster, tone), for the days a run writes ({@link TrendItems}: they feed {@link
 * Cooccurrence} too); 2) the items are summed per (dimension, key, day, source) into {@link
 * Tables#TREND_COUNTS} day rows, with week and month roll-ups but for keywords ({@link
 * TrendCounts}), so a baseline is read as small per-period rows and not as months of articles; 3)
 * one shuffle groups the counts of every range's days by key, and each key's counts are streamed
 * into compact per-period arrays of every granularity at once ({@link PeriodCells}) and scored
 * there with the core {@link BurstScorer}. The cost is one pass over the window's items plus, per
 * key, its counted days and periods (docs/scaling.md, "Trends: cost model"); nothing loops over
 * keys on the driver.
 */
public final class TrendsStage {
  public static final String ENTITY = "entity";
  public static final String THEME = "theme";
  public static final String KEYWORD = "keyword";
  public static final String SOURCE = "source";
  public static final String TOPIC = "topic";

  /** Items carry their article's source in this column ({@link #NO_SOURCE} when it has none). */
  static final String SOURCE_COLUMN = "item_source";

  /**
   * The near-duplicate cluster of an item's article ({@code coalesce(duplicate_cluster,
   * article_id)} of every copy of a story), null for an article with no copy: {@code
   * articles_dedup} counts these once per key and the rest one by one, so a key's distinct set
   * holds clustered articles only.
   */
  static final String CLUSTER_KEY = "cluster_key";

  /** The source of articles without one: they form one source of their own in the feed mix. */
  public static final String NO_SOURCE = "";

  /**
   * The {@code trend_counts} dimension of {@code article_terms} terms (trending terms). Term rows
   * are day rows only: terms are a long tail (on RSS 2022, 84% of the (term, day, source) rows hold
   * one article), so a week or month row sums about one day row and roll-ups would double the rows
   * written and read; trending terms sum a term's day rows into each granularity's periods.
   */
  public static final String TERM = "term";

  /**
   * Dimensions with day rows only in {@code trend_counts}: terms, and keywords (the same long tail:
   * on RSS 2022 1.52M keyword day rows made 1.34M week rows and 1.18M month rows). Their week and
   * month counts are the sums of their day rows, taken where they are read ({@link KeySeries},
   * trending terms); entities, themes, topics and sources have far fewer rows per period than days
   * (entities on RSS 2022: 174k day rows, 50k month rows) and keep their roll-ups.
   */
  public static final List<String> DAY_ROWS_ONLY = List.of(TERM, KEYWORD);

  /** Whether {@code dimension}'s counts are day rows only ({@link #DAY_ROWS_ONLY}). */
  static boolean dayRowsOnly(String dimension) {
    return DAY_ROWS_ONLY.contains(dimension);
  }

  /** Whether a {@code trend_counts} row's {@code dimension} is one of {@link #DAY_ROWS_ONLY}. */
  public static Column dayRowsOnly(Column dimension) {
    return dimension.isin(DAY_ROWS_ONLY.toArray());
  }

  private final TrendsConfig config;

  public TrendsStage(TrendsConfig config) {
    this.config = config;
  }

  /** The first day of the {@code g} period of each row's {@code published_date}. */
  public static Column period(PeriodCalendar g) {
    return period(g, functions.col(Tables.PUBLISHED_DATE));
  }

  /** The first day of the {@code g} period of the date {@code d}. */
  public static Column period(PeriodCalendar g, Column d) {
    return switch (g) {
      case DAY -> d;
      case WEEK -> functions.date_trunc("week", d).cast(DataTypes.DateType);
      case MONTH -> functions.trunc(d, "month");
    };
  }

  /**
   * Accepted articles per UTC day and source ({@link #NO_SOURCE} for none), from {@code
   * source_volume} rows: one small job to the driver.
   */
  public static Map<LocalDate, Map<String, Long>> dailySourceVolumes(Dataset<Row> sourceVolume) {
    Map<LocalDate, Map<String, Long>> out = new HashMap<>();
    for (Row r :
        sourceVolume
            .groupBy(
                functions.col(Tables.PUBLISHED_DATE),
                functions.coalesce(functions.col("source"), functions.lit(NO_SOURCE)).as("s"))
            .agg(functions.sum("articles").as("n"))
            .collectAsList()) {
      out.computeIfAbsent(r.getAs(Tables.PUBLISHED_DATE), d -> new HashMap<>())
          .put(r.getAs("s"), r.getAs("n"));
    }
    return out;
  }

  /** Accepted articles per UTC day, summed over sources. */
  public static Map<LocalDate, Long> dailyVolumes(Map<LocalDate, Map<String, Long>> bySource) {
    Map<LocalDate, Long> out = new HashMap<>();
    bySource.forEach(
        (day, m) -> out.put(day, m.values().stream().mapToLong(Long::longValue).sum()));
    return out;
  }

  /** The feed mix of one range: per source and period of [computeFrom, publishTo], articles. */
  static SourceMix sourceMix(
      Map<LocalDate, Map<String, Long>> daily, PeriodRange r, int window, double coverage) {
    PeriodCalendar g = r.granularity();
    int n = (int) g.between(r.computeFrom(), r.publishTo()) + 1;
    java.util.TreeMap<String, long[]> bySource = new java.util.TreeMap<>();
    daily.forEach(
        (day, m) -> {
          if (day.isBefore(r.computeFrom()) || day.isAfter(r.lastDay())) {
            return;
          }
          int i = (int) g.between(r.computeFrom(), g.start(day));
          m.forEach(
              (source, count) -> bySource.computeIfAbsent(source, x -> new long[n])[i] += count);
        });
    return SourceMix.of(
        new ArrayList<>(bySource.keySet()),
        bySource.values().toArray(new long[0][]),
        window,
        coverage);
  }

  /** Accepted articles per period start of granularity {@code g}. */
  public static Map<LocalDate, Long> periodVolumes(Map<LocalDate, Long> daily, PeriodCalendar g) {
    Map<LocalDate, Long> out = new HashMap<>();
    daily.forEach((day, n) -> out.merge(g.start(day), n, Long::sum));
    return out;
  }

  /** Which periods of one granularity a run computes and publishes. */
  public record PeriodRange(
      PeriodCalendar granularity, LocalDate computeFrom, LocalDate publishFrom, LocalDate publishTo)
      implements java.io.Serializable {
    /** Last day of data the range needs. */
    public LocalDate lastDay() {
      return granularity.plus(publishTo, 1).minusDays(1);
    }
  }

  /**
   * Items of each range's granularity with {@code granularity} and {@code period_start} columns.
   */
  static Dataset<Row> periodItems(
      Dataset<Row> items, List<PeriodRange> ranges, boolean fromCompute) {
    Dataset<Row> all = null;
    for (PeriodRange r : ranges) {
      LocalDate first = fromCompute ? r.computeFrom() : r.publishFrom();
      Dataset<Row> one =
          items
              .filter(functions.col(Tables.PUBLISHED_DATE).between(first, r.lastDay()))
              .withColumn("granularity", functions.lit(r.granularity().id()))
              .withColumn("period_start", period(r.granularity()));
      all = all == null ? one : all.unionByName(one);
    }
    return all;
  }

  /**
   * Trend rows of every range's granularity for periods in [publishFrom, publishTo], scored against
   * baselines that start at {@code computeFrom}. One shuffle: the {@code trend_counts} rows of the
   * ranges' days are grouped by key, and each key's group is gathered into the compact per-period
   * arrays of every granularity ({@link PeriodCells}) and scored there ({@link KeySeries}). Cost:
   * one pass over the counted days plus, per key, the periods of its ranges.
   *
   * @param counts {@link Tables#TREND_COUNTS} rows of each range's granularity and periods, and
   *     keyword day rows of every range's days ({@link #TERM} rows are skipped)
   * @param dailySources accepted articles per day and source ({@link #dailySourceVolumes})
   * @param themes id → label of every taxonomy theme: themes always get a dense series at the
   *     zero-fill granularities, even with no article in the range
   * @param topicLabels topic key → current label ({@link #topicLabels}); a topic without one is
   *     labelled with its key
   */
  public Dataset<Row> trends(
      Dataset<Row> counts,
      Map<LocalDate, Map<String, Long>> dailySources,
      List<PeriodRange> ranges,
      Map<String, String> themes,
      Map<String, String> topicLabels) {
    List<SeriesScorer> scorers = new ArrayList<>();
    for (PeriodRange r : ranges) {
      PeriodCalendar g = r.granularity();
      BurstScorer scorer =
          new BurstScorer(
              config.baseline(g), config.minBaseline(g), config.zThreshold(), config.minArticles());
      SourceMix mix = sourceMix(dailySources, r, config.baseline(g), config.stableCoverage());
      scorers.add(new SeriesScorer(scorer, new RangePeriods(r, mix), config));
    }
    Dataset<Row> slim =
        counts.filter(functions.col("dimension").notEqual(TERM)).select(KeySeries.columns());
    boolean zeroFillThemes =
        ranges.stream().anyMatch(r -> config.zeroFillGranularities().contains(r.granularity()));
    if (zeroFillThemes && !themes.isEmpty()) {
      // One dateless row per theme, so a theme without items still has a group (a zero series).
      List<Row> rows = new ArrayList<>();
      themes.keySet().stream()
          .sorted()
          .forEach(
              id ->
                  rows.add(
                      RowFactory.create(
                          THEME, id, null, null, null, 0L, 0L, NO_SOURCE, 0.0, 0L, 0L, List.of(),
                          null)));
      StructType nullable = new StructType();
      for (org.apache.spark.sql.types.StructField f : slim.schema().fields()) {
        nullable = nullable.add(f.name(), f.dataType(), true);
      }
      slim = slim.unionByName(counts.sparkSession().createDataFrame(rows, nullable));
    }
    // Captured by the closure, not broadcast by hand: Spark ships it once per stage with the task
    // binary and cleans it up itself, so no broadcast outlives the run (it is small: the source
    // mix arrays of each granularity).
    KeySeries shared =
        new KeySeries(
            scorers, Map.copyOf(themes), Map.copyOf(topicLabels), config.keywordMinArticles());
    return slim.groupByKey(
            (MapFunction<Row, String>) r -> r.getString(0) + "\u0001" + r.getString(1),
            Encoders.STRING())
        .flatMapGroups(
            (FlatMapGroupsFunction<String, Row, Row>) (k, it) -> shared.call(k, it),
            Encoders.row(Tables.TRENDS.schema()));
  }
}
