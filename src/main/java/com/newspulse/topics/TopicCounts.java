package com.newspulse.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import com.newspulse.spark.RunTransaction;
import com.newspulse.tables.Partitions;
import com.newspulse.tables.Tables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;

/**
 * {@link Tables#TOPIC_COUNTS}: what a model version's {@code topics} rows (topic sizes, associated
 * entities and themes) are summed from. Each run counts the days whose {@code article_topics} it
 * writes, so the labels cost the version's small per-day rows, not a join of every article of the
 * version with the entity and theme tables of all its days (which grew with the history: issue 19,
 * "daily runs cost a day").
 *
 * <p>Association rule (the class comment of {@link TopicsStage}): among the topic's articles, the
 * items with lift above 1, ranked by the topic's articles with the item, then lift, then label.
 */
final class TopicCounts {
  static final String ENTITY = "entity";
  static final String THEME = "theme";

  private TopicCounts() {}

  /** What the {@code topics} rows of one version take from its counts. */
  record Labels(Map<Integer, Long> perTopic, Map<String, Map<Integer, List<String>>> associated) {
    List<String> of(String kind, int topic) {
      return associated.getOrDefault(kind, Map.of()).getOrDefault(topic, List.of());
    }
  }

  /**
   * Stages the counts of the window's days and of every day with {@code article_topics} but no
   * counts (an output written before {@code topic_counts} existed), from the transaction's view of
   * {@code article_topics} (this run's rows for the window) and of the entity and theme tables.
   */
  static void stage(RunTransaction tx, LocalDate from, LocalDate to) {
    SortedSet<LocalDate> days = new TreeSet<>(tx.publishedDays(Tables.ARTICLE_TOPICS));
    days.removeAll(tx.publishedDays(Tables.TOPIC_COUNTS));
    from.datesUntil(to.plusDays(1)).forEach(days::add);
    List<String> parts = Partitions.days(days);
    tx.stage(
        Tables.TOPIC_COUNTS,
        days(
            tx.read(Tables.ARTICLE_TOPICS, parts),
            tx.read(Tables.ARTICLE_ENTITIES, parts),
            tx.read(Tables.ARTICLE_THEMES, parts)),
        parts);
  }

  /**
   * {@code article_topics} rows with the same days' {@code article_entities} and {@code
   * article_themes} → {@link Tables#TOPIC_COUNTS} rows, per version and day. Plain counts: an
   * article has one version and (article_id, topic_id) is unique, as is (article_id, kind, key), so
   * every joined row is a distinct article.
   */
  static Dataset<Row> days(
      Dataset<Row> articleTopics, Dataset<Row> articleEntities, Dataset<Row> articleThemes) {
    String day = Tables.PUBLISHED_DATE;
    Dataset<Row> at = articleTopics.select("article_id", "topic_id", "model_version", day);
    Dataset<Row> articles = at.select("article_id", "model_version", day).distinct();
    Dataset<Row> items =
        articleEntities
            .select(
                lit(ENTITY).as("kind"), col("article_id"), col("entity_id").as("key"), col("label"))
            .unionByName(
                articleThemes.select(
                    lit(THEME).as("kind"),
                    col("article_id"),
                    col("theme_id").as("key"),
                    col("label")));
    Column noTopic = lit(null).cast(DataTypes.IntegerType).as("topic_id");
    Column noText = lit(null).cast(DataTypes.StringType);
    Column n = count(lit(1)).as("articles");
    Dataset<Row> perTopic =
        at.groupBy(col("model_version"), col(day), col("topic_id"))
            .agg(n)
            .withColumn("kind", noText)
            .withColumn("key", noText)
            .withColumn("label", noText);
    Dataset<Row> all =
        articles
            .groupBy(col("model_version"), col(day))
            .agg(n)
            .withColumn("topic_id", noTopic)
            .withColumn("kind", noText)
            .withColumn("key", noText)
            .withColumn("label", noText);
    Dataset<Row> perTopicItem =
        at.join(items, "article_id")
            .groupBy(col("model_version"), col(day), col("topic_id"), col("kind"), col("key"))
            .agg(n)
            .withColumn("label", noText);
    Dataset<Row> perItem =
        articles
            .join(items, "article_id")
            .groupBy(col("model_version"), col(day), col("kind"), col("key"), col("label"))
            .agg(n)
            .withColumn("topic_id", noTopic);
    Column[] columns =
        java.util.Arrays.stream(Tables.TOPIC_COUNTS.schema().fieldNames())
            .map(functions::col)
            .toArray(Column[]::new);
    return perTopic
        .select(columns)
        .unionByName(all.select(columns))
        .unionByName(perTopicItem.select(columns))
        .unionByName(perItem.select(columns));
  }

  /**
   * The counts of one version (every day) → its topic sizes and, per kind (entity, theme) and
   * topic, the labels of the {@code top} associated items. The label of an item is the greatest of
   * its labels (one per key for knowledge-base entities and themes).
   */
  static Labels labels(Dataset<Row> ofVersion, int top) {
    Dataset<Row> counts = ofVersion.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Column topic = col("topic_id");
      Column kind = col("kind");
      Map<Integer, Long> perTopic = new HashMap<>();
      for (Row r :
          counts
              .filter(topic.isNotNull().and(kind.isNull()))
              .groupBy("topic_id")
              .agg(sum("articles"))
              .collectAsList()) {
        perTopic.put(r.getInt(0), r.getLong(1));
      }
      Row allRow = counts.filter(topic.isNull().and(kind.isNull())).agg(sum("articles")).first();
      long all = allRow.isNullAt(0) ? 0 : allRow.getLong(0);
      Dataset<Row> nE =
          counts
              .filter(topic.isNull().and(kind.isNotNull()))
              .groupBy("kind", "key")
              .agg(sum("articles").as("n_e"), functions.max("label").as("label"));
      Map<Integer, Long> sizes = Map.copyOf(perTopic);
      UserDefinedFunction nT =
          functions.udf((UDF1<Integer, Long>) t -> sizes.getOrDefault(t, 0L), DataTypes.LongType);
      Dataset<Row> ranked =
          counts
              .filter(topic.isNotNull().and(kind.isNotNull()))
              .groupBy("kind", "topic_id", "key")
              .agg(sum("articles").as("n_te"))
              .join(nE, new String[] {"kind", "key"})
              .withColumn(
                  "lift",
                  col("n_te")
                      .divide(nT.apply(col("topic_id")))
                      .divide(col("n_e").divide(lit((double) all))))
              .filter(col("lift").gt(1.0))
              .withColumn(
                  "_rank",
                  functions
                      .row_number()
                      .over(
                          Window.partitionBy("kind", "topic_id")
                              .orderBy(
                                  functions.desc("n_te"),
                                  functions.desc("lift"),
                                  functions.asc("label"))))
              .filter(col("_rank").leq(top));
      List<Row> rows =
          new ArrayList<>(ranked.select("kind", "topic_id", "_rank", "label").collectAsList());
      rows.sort(Comparator.comparingInt(r -> r.getInt(2)));
      Map<String, Map<Integer, List<String>>> out = new HashMap<>();
      for (Row r : rows) {
        out.computeIfAbsent(r.getString(0), k -> new HashMap<>())
            .computeIfAbsent(r.getInt(1), t -> new ArrayList<>())
            .add(r.getString(3));
      }
      return new Labels(perTopic, out);
    } finally {
      counts.unpersist();
    }
  }
}
