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
 * trends} table (the items it builds feed {@link Cooccurrence} too).
 *
 * <p>Steps: 1) one "item" row per (article, dimension, key), joined once with its article (source,
 * near-duplicate cluster, tone), for the days a run writes; 2) the items are summed per (dimension,
 * key, day, source) into {@link Tables#TREND_COUNTS} day rows, with week and month roll-ups ({@link
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

  /** Entity items carry their mention-context tone here until {@link #withToneAndDedup}. */
  private static final String ENTITY_TONE = "_entity_tone";

  /** The source of articles without one: they form one source of their own in the feed mix. */
  public static final String NO_SOURCE = "";

  /**
   * The {@code trend_counts} dimension of {@code article_terms} terms (trending terms). Term rows
   * are day rows only: terms are a long tail (on RSS 2022, 84% of the (term, day, source) rows hold
   * one article), so a week or month row sums about one day row and roll-ups would double the rows
   * written and read; trending terms sum a term's day rows into each granularity's periods.
   */
  public static final String TERM = "term";

  static final StructType ITEM =
      new StructType()
          .add("article_id", DataTypes.StringType)
          .add(Tables.PUBLISHED_DATE, DataTypes.DateType)
          .add("dimension", DataTypes.StringType)
          .add("key", DataTypes.StringType)
          .add("label", DataTypes.StringType)
          .add("entity_type", DataTypes.StringType)
          .add("mentions", DataTypes.LongType);

  private final TrendsConfig config;

  public TrendsStage(TrendsConfig config) {
    this.config = config;
  }

  /**
   * One row per (article, dimension, key) from the article-level tables, with tone, source and
   * cluster key; {@code topics} are topic items from {@link #topicItems} (or null).
   *
   * @param clusterScope articles (article_id, duplicate_cluster) that may name one of {@code
   *     articles} as their near-duplicate key: the articles' days and the dedup look-back after
   *     them, so the first copy of a story re-posted the next day counts as that story
   */
  public static Dataset<Row> items(
      Dataset<Row> articles,
      Dataset<Row> clusterScope,
      Dataset<Row> entities,
      Dataset<Row> themes,
      Dataset<Row> keywords,
      Dataset<Row> topics) {
    Column nullStr = functions.lit(null).cast(DataTypes.StringType);
    Column nullDouble = functions.lit(null).cast(DataTypes.DoubleType);
    Dataset<Row> e =
        entities.select(
            functions.col("article_id"),
            functions.col(Tables.PUBLISHED_DATE),
            functions.lit(ENTITY).as("dimension"),
            functions.col("entity_id").as("key"),
            functions.col("label"),
            functions.col("entity_type"),
            functions.col("mentions").cast(DataTypes.LongType).as("mentions"),
            java.util.Arrays.asList(entities.columns()).contains("avg_tone")
                ? functions.col("avg_tone").as(ENTITY_TONE)
                : nullDouble.as(ENTITY_TONE));
    Dataset<Row> t =
        themes.select(
            functions.col("article_id"),
            functions.col(Tables.PUBLISHED_DATE),
            functions.lit(THEME).as("dimension"),
            functions.col("theme_id").as("key"),
            functions.col("label"),
            nullStr.as("entity_type"),
            functions.col("hits").cast(DataTypes.LongType).as("mentions"),
            nullDouble.as(ENTITY_TONE));
    Dataset<Row> k =
        keywords.select(
            functions.col("article_id"),
            functions.col(Tables.PUBLISHED_DATE),
            functions.lit(KEYWORD).as("dimension"),
            functions.col("keyword").as("key"),
            functions.col("keyword").as("label"),
            nullStr.as("entity_type"),
            functions.lit(1L).as("mentions"),
            nullDouble.as(ENTITY_TONE));
    Dataset<Row> s =
        articles
            .filter(functions.col("source").isNotNull())
            .select(
                functions.col("article_id"),
                functions.col(Tables.PUBLISHED_DATE),
                functions.lit(SOURCE).as("dimension"),
                functions.col("source").as("key"),
                functions.col("source").as("label"),
                nullStr.as("entity_type"),
                functions.lit(1L).as("mentions"),
                nullDouble.as(ENTITY_TONE));
    Dataset<Row> all = e.unionByName(t).unionByName(k).unionByName(s);
    if (topics != null) {
      all = all.unionByName(topics);
    }
    return withToneAndDedup(all, articles, clusterScope);
  }

  /**
   * Adds {@code tone} (entities: the mention-context {@code avg_tone} the entity item carries in
   * {@link #ENTITY_TONE}; other dimensions: the article tone, {@code articles.tone} when the caller
   * joined it in), {@link #SOURCE_COLUMN} and {@link #CLUSTER_KEY}. One join with the articles: the
   * entity tone comes with the entity item, not from a second join.
   */
  static Dataset<Row> withToneAndDedup(
      Dataset<Row> items, Dataset<Row> articles, Dataset<Row> clusterScope) {
    List<String> ac = java.util.Arrays.asList(articles.columns());
    Column nullDouble = functions.lit(null).cast(DataTypes.DoubleType);
    Column source =
        ac.contains("source")
            ? functions.coalesce(functions.col("source"), functions.lit(NO_SOURCE))
            : functions.lit(NO_SOURCE);
    Dataset<Row> art =
        articles.select(
            functions.col("article_id"),
            source.as(SOURCE_COLUMN),
            ac.contains("duplicate_cluster")
                ? functions.col("duplicate_cluster")
                : functions.lit(null).cast(DataTypes.StringType).as("duplicate_cluster"),
            ac.contains("tone")
                ? functions.col("tone").as("_article_tone")
                : nullDouble.as("_article_tone"));
    // An article whose id is another's duplicate_cluster is the first copy of that story.
    Dataset<Row> firstCopies =
        clusterScope
            .filter(functions.col("duplicate_cluster").isNotNull())
            .select(functions.col("duplicate_cluster").as("article_id"))
            .distinct()
            .withColumn("_first_copy", functions.lit(true));
    Dataset<Row> keyed =
        art.join(firstCopies, new String[] {"article_id"}, "left")
            .withColumn(
                CLUSTER_KEY,
                functions.coalesce(
                    functions.col("duplicate_cluster"),
                    functions.when(functions.col("_first_copy"), functions.col("article_id"))))
            .drop("duplicate_cluster", "_first_copy");
    return items
        .join(keyed, new String[] {"article_id"}, "left")
        .withColumn(
            "tone",
            functions
                .when(functions.col("dimension").equalTo(ENTITY), functions.col(ENTITY_TONE))
                .otherwise(functions.col("_article_tone")))
        .drop(ENTITY_TONE, "_article_tone");
  }

  /**
   * Topic items from {@code article_topics}: one per (article, topic), mentions = 1, so a topic's
   * {@code articles} in a period is the number of articles assigned to it. Key {@code
   * <model_version>:<topic_id>}: stable across runs of one model version, and topics of different
   * versions (different models) never share a series. No label: labels change as the history grows,
   * so the trends take each topic's current one ({@link #topicLabels}) when they score.
   */
  public static Dataset<Row> topicItems(Dataset<Row> articleTopics) {
    return articleTopics.select(
        functions.col("article_id"),
        functions.col(Tables.PUBLISHED_DATE),
        functions.lit(TOPIC).as("dimension"),
        topicKey().as("key"),
        functions.lit(null).cast(DataTypes.StringType).as("label"),
        functions.lit(null).cast(DataTypes.StringType).as("entity_type"),
        functions.lit(1L).as("mentions"),
        functions.lit(null).cast(DataTypes.DoubleType).as(ENTITY_TONE));
  }

  private static Column topicKey() {
    return functions.concat(
        functions.col("model_version"),
        functions.lit(":"),
        functions.col("topic_id").cast(DataTypes.StringType));
  }

  /** Topic key ({@link #topicItems}) → the topic's label, from the {@code topics} table. */
  public static Map<String, String> topicLabels(Dataset<Row> topics) {
    Map<String, String> out = new HashMap<>();
    for (Row r :
        topics
            .filter(functions.col("label").isNotNull())
            .select(topicKey(), functions.col("label"))
            .collectAsList()) {
      out.put(r.getString(0), r.getString(1));
    }
    return out;
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
   * @param counts {@link Tables#TREND_COUNTS} rows of each range's granularity and periods ({@link
   *     #TERM} rows are skipped)
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
