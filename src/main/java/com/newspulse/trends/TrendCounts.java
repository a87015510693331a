package com.newspulse.trends;

import com.newspulse.core.trendstats.PeriodCalendar;
import com.newspulse.tables.Tables;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * The rows of {@link Tables#TREND_COUNTS}: items and terms summed per (dimension, key, day,
 * source), and the week and month roll-ups of the item rows other than keywords ({@link
 * TrendsStage#DAY_ROWS_ONLY}). What a baseline sums instead of re-reading article-level history
 * (docs/scaling.md, "Daily runs cost a day").
 */
public final class TrendCounts {
  private TrendCounts() {}

  /**
   * Items ({@link TrendItems#items}) → {@link Tables#TREND_COUNTS} day rows: one per (dimension,
   * key, day, source, label, type, story). Each item is one article, so the sums are exactly what
   * {@link PeriodCells} would gather from the items.
   *
   * <p>Sums only, because of how Spark aggregates: they run in its fast hash aggregation
   * (fixed-width buffers), while a distinct set, or the largest of a string, makes the whole
   * aggregation a sort-based one (about 5 us per row on RSS 2022, the cost of this table). So the
   * label, the type and the near-duplicate story are grouping keys: the articles without a copy
   * make one row (no story), each story of a key's clustered articles a row of its own (its key in
   * {@code stories}); {@link PeriodCells} and the roll-ups add the rows up and gather the stories,
   * as they did with one row per key. A knowledge-base entity, theme, keyword or source has one
   * label and type within a day (one run wrote the day's article tables); an unlinked NER entity
   * ({@code ner:<key>}) takes its label from its surface and its type from the model article by
   * article, so it can get a row per spelling: {@link PeriodCells} keeps the larger label, and the
   * roll-ups too, as one row with {@code max(label)} gave.
   */
  public static Dataset<Row> dayCounts(Dataset<Row> items) {
    Column story = functions.col(TrendsStage.CLUSTER_KEY);
    Dataset<Row> sums =
        items
            .groupBy(
                functions.col("dimension"),
                functions.col("key"),
                functions.col(Tables.PUBLISHED_DATE),
                functions.col(TrendsStage.SOURCE_COLUMN).as("source"),
                functions.col("label"),
                functions.col("entity_type"),
                story)
            .agg(
                functions.count(functions.lit(1)).as("articles"),
                functions.sum("mentions").as("mentions"),
                functions.coalesce(functions.sum("tone"), functions.lit(0.0)).as("tone_sum"),
                functions.count("tone").as("tone_count"));
    // A row is all unclustered (no story) or all copies of one story. [] for the former, [story]
    // for the latter: split by a pattern that never matches makes the one-key array of a type
    // without null elements, which the column's is.
    return sums.withColumn(
            "unclustered", functions.when(story.isNull(), functions.col("articles")).otherwise(0L))
        .withColumn(
            "stories",
            functions.when(story.isNull(), noStories()).otherwise(functions.split(story, "(?!)")))
        .drop(TrendsStage.CLUSTER_KEY)
        .withColumnRenamed(Tables.PUBLISHED_DATE, "period_start")
        .withColumn("granularity", functions.lit(PeriodCalendar.DAY.id()));
  }

  /**
   * {@code article_terms} rows with their article's {@code source} → {@link Tables#TREND_COUNTS}
   * day rows of the {@link TrendsStage#TERM} dimension: articles per (term, day, source); no label,
   * type or tone, every article unclustered. The rows come hash-partitioned by day, for {@link
   * com.newspulse.spark.RunTransaction#stageClustered}: terms are a long tail (on RSS 2022, 7.0M
   * term items make 5.9M rows), so a partial aggregation saves little, and one shuffle by day
   * serves both the sum and the write's one file per day, where a shuffle by key and one by day
   * cost two.
   */
  public static Dataset<Row> termDayCounts(Dataset<Row> terms) {
    return terms
        .repartition(functions.col(Tables.PUBLISHED_DATE))
        .groupBy(
            functions.col("term").as("key"),
            functions.col(Tables.PUBLISHED_DATE).as("period_start"),
            functions
                .coalesce(functions.col("source"), functions.lit(TrendsStage.NO_SOURCE))
                .as("source"))
        .agg(functions.count(functions.lit(1)).as("articles"))
        .select(
            functions.lit(TrendsStage.TERM).as("dimension"),
            functions.col("key"),
            functions.col("period_start"),
            functions.col("source"),
            functions.lit(null).cast(DataTypes.StringType).as("label"),
            functions.lit(null).cast(DataTypes.StringType).as("entity_type"),
            functions.col("articles"),
            functions.col("articles").as("mentions"),
            functions.lit(0.0).as("tone_sum"),
            functions.lit(0L).as("tone_count"),
            functions.col("articles").as("unclustered"),
            noStories().as("stories"),
            functions.lit(PeriodCalendar.DAY.id()).as("granularity"));
  }

  /** The empty {@code stories} of a row without near-duplicate copies, in the column's type. */
  private static Column noStories() {
    return functions.array().cast(Tables.TREND_COUNTS.schema().apply("stories").dataType());
  }

  /**
   * Day rows of {@link Tables#TREND_COUNTS} → their roll-ups to {@code g}'s periods: the sums of
   * the days, the distinct stories. Exact: an article is counted on one day only. Term and keyword
   * rows are not rolled up ({@link TrendsStage#DAY_ROWS_ONLY}).
   */
  public static Dataset<Row> rollUp(Dataset<Row> dayRows, PeriodCalendar g) {
    Column start = TrendsStage.period(g, functions.col("period_start"));
    return dayRows
        .filter(functions.not(TrendsStage.dayRowsOnly(functions.col("dimension"))))
        .withColumn("_start", start)
        .groupBy(
            functions.col("dimension"),
            functions.col("key"),
            functions.col("source"),
            functions.col("_start"))
        .agg(
            functions.max("label").as("label"),
            functions.max("entity_type").as("entity_type"),
            functions.sum("articles").as("articles"),
            functions.sum("mentions").as("mentions"),
            functions.sum("tone_sum").as("tone_sum"),
            functions.sum("tone_count").as("tone_count"),
            functions.sum("unclustered").as("unclustered"),
            functions
                .array_sort(
                    functions.array_distinct(functions.flatten(functions.collect_list("stories"))))
                .as("stories"))
        .withColumn("granularity", functions.lit(g.id()))
        .withColumnRenamed("_start", "period_start");
  }
}
