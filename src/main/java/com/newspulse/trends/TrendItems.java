package com.newspulse.trends;

import com.newspulse.tables.Tables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * The trend items: one row per (article, dimension, key) from the article-level tables, with the
 * article's source, near-duplicate key and tone; what {@link TrendCounts} sums and {@link
 * Cooccurrence} pairs.
 */
public final class TrendItems {

  /** Entity items carry their mention-context tone here until {@link #withToneAndDedup}. */
  private static final String ENTITY_TONE = "_entity_tone";

  private TrendItems() {}

  /**
   * One row per (article, dimension, key) from the article-level tables, with tone, source and
   * cluster key; {@code topics} are topic items from {@link #topicItems} (or null).
   *
   * @param clusterScope articles (article_id, duplicate_cluster) that may name one of {@code
   *     articles} as their near-duplicate key: the articles' days and the dedup look-back after
   *     them, so the first copy of a story re-posted the next day counts as that story
   * @param broadcastArticles join the items with {@code articles} by broadcasting the articles (few
   *     enough to hold on every executor) instead of shuffling the items
   */
  public static Dataset<Row> items(
      Dataset<Row> articles,
      boolean broadcastArticles,
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
            functions.lit(TrendsStage.ENTITY).as("dimension"),
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
            functions.lit(TrendsStage.THEME).as("dimension"),
            functions.col("theme_id").as("key"),
            functions.col("label"),
            nullStr.as("entity_type"),
            functions.col("hits").cast(DataTypes.LongType).as("mentions"),
            nullDouble.as(ENTITY_TONE));
    Dataset<Row> k =
        keywords.select(
            functions.col("article_id"),
            functions.col(Tables.PUBLISHED_DATE),
            functions.lit(TrendsStage.KEYWORD).as("dimension"),
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
                functions.lit(TrendsStage.SOURCE).as("dimension"),
                functions.col("source").as("key"),
                functions.col("source").as("label"),
                nullStr.as("entity_type"),
                functions.lit(1L).as("mentions"),
                nullDouble.as(ENTITY_TONE));
    Dataset<Row> all = e.unionByName(t).unionByName(k).unionByName(s);
    if (topics != null) {
      all = all.unionByName(topics);
    }
    return withToneAndDedup(all, articles, broadcastArticles, clusterScope);
  }

  /**
   * Adds {@code tone} (entities: the mention-context {@code avg_tone} the entity item carries in
   * {@link #ENTITY_TONE}; other dimensions: the article tone, {@code articles.tone} when the caller
   * joined it in), {@link #SOURCE_COLUMN} and {@link #CLUSTER_KEY}. One join with the articles: the
   * entity tone comes with the entity item, not from a second join.
   */
  static Dataset<Row> withToneAndDedup(
      Dataset<Row> items, Dataset<Row> articles, boolean broadcast, Dataset<Row> clusterScope) {
    List<String> ac = java.util.Arrays.asList(articles.columns());
    Column nullDouble = functions.lit(null).cast(DataTypes.DoubleType);
    Column source =
        ac.contains("source")
            ? functions.coalesce(functions.col("source"), functions.lit(TrendsStage.NO_SOURCE))
            : functions.lit(TrendsStage.NO_SOURCE);
    Dataset<Row> art =
        articles.select(
            functions.col("article_id"),
            source.as(TrendsStage.SOURCE_COLUMN),
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
                TrendsStage.CLUSTER_KEY,
                functions.coalesce(
                    functions.col("duplicate_cluster"),
                    functions.when(functions.col("_first_copy"), functions.col("article_id"))))
            .drop("duplicate_cluster", "_first_copy");
    return items
        .join(broadcast ? functions.broadcast(keyed) : keyed, new String[] {"article_id"}, "left")
        .withColumn(
            "tone",
            functions
                .when(
                    functions.col("dimension").equalTo(TrendsStage.ENTITY),
                    functions.col(ENTITY_TONE))
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
        functions.lit(TrendsStage.TOPIC).as("dimension"),
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
}
