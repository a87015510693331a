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
 * source), and the week and month roll-ups of the item rows. What a baseline sums instead of
 * re-reading article-level history (docs/scaling.md, "Daily runs cost a day").
 */
public final class TrendCounts {
  private TrendCounts() {}

  /**
   * Items ({@link TrendItems#items}) → {@link Tables#TREND_COUNTS} day rows: one per (dimension,
   * key, day, source). Each item is one article, so the sums are exactly what {@link PeriodCells}
   * would gather from the items.
   */
  public static Dataset<Row> dayCounts(Dataset<Row> items) {
    Column clustered = functions.col(TrendsStage.CLUSTER_KEY).isNotNull();
    Dataset<Row> keyed =
        items
            .groupBy(
                functions.col("dimension"),
                functions.col("key"),
                functions.col(Tables.PUBLISHED_DATE),
                functions.col(TrendsStage.SOURCE_COLUMN).as("source"))
            .agg(
                functions.max("label").as("label"),
                functions.max("entity_type").as("entity_type"),
                functions.count(functions.lit(1)).as("articles"),
                functions.sum("mentions").as("mentions"),
                functions.coalesce(functions.sum("tone"), functions.lit(0.0)).as("tone_sum"),
                functions.count("tone").as("tone_count"),
                functions.sum(functions.when(clustered, 0L).otherwise(1L)).as("unclustered"),
                // Sorted: a re-run writes the same rows.
                functions.array_sort(functions.collect_set(TrendsStage.CLUSTER_KEY)).as("stories"));
    return keyed
        .withColumnRenamed(Tables.PUBLISHED_DATE, "period_start")
        .withColumn("granularity", functions.lit(PeriodCalendar.DAY.id()));
  }

  /**
   * {@code article_terms} rows with their article's {@code source} → {@link Tables#TREND_COUNTS}
   * day rows of the {@link TrendsStage#TERM} dimension: articles per (term, day, source); no label,
   * type or tone, every article unclustered.
   */
  public static Dataset<Row> termDayCounts(Dataset<Row> terms) {
    return terms
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
            functions
                .array()
                .cast(Tables.TREND_COUNTS.schema().apply("stories").dataType())
                .as("stories"),
            functions.lit(PeriodCalendar.DAY.id()).as("granularity"));
  }

  /**
   * Day rows of {@link Tables#TREND_COUNTS} → their roll-ups to {@code g}'s periods: the sums of
   * the days, the distinct stories. Exact: an article is counted on one day only. Term rows are not
   * rolled up (see {@link TrendsStage#TERM}).
   */
  public static Dataset<Row> rollUp(Dataset<Row> dayRows, PeriodCalendar g) {
    Column start = TrendsStage.period(g, functions.col("period_start"));
    return dayRows
        .filter(functions.col("dimension").notEqual(TrendsStage.TERM))
        .groupBy(
            functions.col("dimension"),
            functions.col("key"),
            functions.col("source"),
            start.as("_start"))
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
