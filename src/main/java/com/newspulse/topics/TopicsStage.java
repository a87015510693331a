package com.newspulse.topics;

import com.newspulse.config.TopicsConfig;
import com.newspulse.core.feed.ArticleText;
import com.newspulse.core.feed.BoilerplateSet;
import com.newspulse.core.feed.FeedUnits;
import com.newspulse.core.topics.TopicInference;
import com.newspulse.core.topics.TopicLabeler;
import com.newspulse.core.topics.TopicTerms;
import com.newspulse.spark.Iterators;
import com.newspulse.spark.RunTransaction;
import com.newspulse.tables.Partitions;
import com.newspulse.tables.Tables;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Topics: {@code articles} → {@code article_topics} and {@code topics}, with a saved LDA model.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li><b>One model, reused.</b> The first run on an output (or {@code topics fit}) fits a
 *       CountVectorizer vocabulary and an LDA model (online optimizer, fixed seed) and saves both
 *       ({@link TopicModelStore}); every later run loads the current version and only assigns
 *       topics, so topic ids mean the same thing across daily runs. A refit is explicit, never
 *       automatic: a run whose settings differ from the current model's only warns.
 *   <li><b>Sample.</b> The fit uses at most {@code topics.sample-size} of the window's articles,
 *       chosen by a hash of {@code article_id} and the seed (not {@code rand()}): the same window
 *       gives the same sample on any cluster layout. Assignment covers every article.
 *   <li><b>Too little data.</b> With fewer sampled articles, or vocabulary terms, than {@code
 *       topics.k}, no model is fitted (a warning says why) and the window gets no topic rows; the
 *       next run tries again. This keeps tiny test corpora and first days cheap and harmless.
 *   <li><b>Assignment.</b> An article gets its topics with weight {@code >= topics.min-weight}, at
 *       most {@code topics.max-per-article}, rank 1 the heaviest. Articles with no vocabulary term
 *       get none (LDA would return its prior, which says nothing).
 *   <li><b>{@code topics} rows</b> are per model version (its partition): terms and weights come
 *       from the model; {@code articles}, {@code top_entities} and {@code top_themes} from every
 *       {@code article_topics} row of that version after this run (all dates, not only the window),
 *       so re-running a window gives the same rows. Association: among the topic's articles, the
 *       entities (themes) with lift above 1 (more frequent in the topic than in all articles with a
 *       topic of this version), ranked by the number of the topic's articles mentioning them, then
 *       by lift; top {@value #TOP_ASSOCIATED}. Count alone would put the ubiquitous entities
 *       (United States, China) on every topic; lift alone would favour one-article rarities.
 *   <li>The model is saved in the run's staging area when fitted, and published (and made current)
 *       with the run's tables: a run that fails or is killed before it commits leaves the previous
 *       model current and no trace of its own. Rows always name the version that produced them.
 * </ul>
 */
public final class TopicsStage {
  private static final Logger LOG = LoggerFactory.getLogger(TopicsStage.class);

  /** Terms stored per topic in {@code topics.terms}. */
  public static final int TOP_TERMS = 10;

  /** Entities and themes named per topic. */
  public static final int TOP_ASSOCIATED = 3;

  static final StructType DOCS =
      new StructType()
          .add("article_id", DataTypes.StringType, false)
          .add(Tables.PUBLISHED_DATE, DataTypes.DateType, false)
          .add("terms", DataTypes.createArrayType(DataTypes.StringType, false), false);

  private final TopicsConfig config;
  private final SparkSession spark;
  private final TopicModelStore models;

  public TopicsStage(TopicsConfig config, SparkSession spark, TopicModelStore models) {
    this.config = config;
    this.spark = spark;
    this.models = models;
  }

  /** What a run did: the model version used (empty when there was too little data to fit one). */
  public record Outcome(Optional<String> version, boolean fitted) {}

  /**
   * The mixtures enrich inferred in its own pass under {@code model} (the current one when enrich
   * began): rows (article_id, published_date, topic_weights), weights null where the article has no
   * vocabulary term.
   */
  public record Inferred(TopicModelStore.Model model, Dataset<Row> weights) {}

  /**
   * Stages {@code article_topics} for the window's days and the {@code topics} rows of the model
   * version used; the articles are read without the run's {@code boilerplate}. Fits and saves a new
   * version when {@code refit} or when there is none yet. When enrich already inferred the window's
   * mixtures under the current model ({@code inferred}, may be null), they are used as they are: no
   * pass over the articles.
   */
  public Outcome run(
      RunTransaction tx,
      LocalDate from,
      LocalDate to,
      boolean refit,
      BoilerplateSet boilerplate,
      Inferred inferred) {
    List<String> dayParts = Partitions.days(from, to);
    Optional<String> current = models.current();
    TopicModelStore.Model model;
    boolean fitted = false;
    if (!refit
        && inferred != null
        && current.equals(Optional.of(inferred.model().meta().version()))) {
      model = inferred.model();
      warnIfSettingsChanged(model);
      tx.stage(
          Tables.ARTICLE_TOPICS, fromWeights(inferred.weights(), model.meta().version()), dayParts);
    } else {
      Dataset<Row> articles =
          tx.read(Tables.ARTICLES)
              .filter(functions.col(Tables.PUBLISHED_DATE).between(from, to))
              .select("article_id", Tables.PUBLISHED_DATE, "title", "text", "source");
      String scratch = tx.scratch("topic-docs");
      // Topics read what the extractors read: without markup, links and the sources' boilerplate.
      docs(articles, boilerplate).write().mode("overwrite").parquet(scratch);
      Dataset<Row> docs = spark.read().parquet(scratch);
      if (refit || current.isEmpty()) {
        model = new TopicModelFit(config).fit(docs, tx.runId(), from, to);
        if (model == null) {
          tx.stage(
              Tables.ARTICLE_TOPICS,
              spark.createDataFrame(List.of(), Tables.ARTICLE_TOPICS.schema()),
              dayParts);
          return new Outcome(Optional.empty(), false);
        }
        // Published, and current, when this run publishes (lines of its journal), not before.
        models.saveTo(model, tx.stageFolder(TopicModelStore.folderOf(model.meta().version())));
        tx.stagePointer(TopicModelStore.CURRENT_PATH, model.meta().version());
        fitted = true;
        LOG.info(
            "topics: fitted model {} (k {}, vocabulary {}, sample {})",
            model.meta().version(),
            model.meta().k(),
            model.meta().vocabSize(),
            model.meta().sampleSize());
      } else {
        model = models.load(current.get());
        warnIfSettingsChanged(model);
      }
      // The terms scratch is small per article, so a plain read packs it into a few 128 MB splits
      // (3 for 1M articles) while LDA inference costs CPU per article: spread the inference over
      // the cores (topic weights do not depend on the partitioning: every document starts from the
      // same gamma).
      int slices =
          Math.max(
              2 * spark.sparkContext().defaultParallelism(), articles.rdd().getNumPartitions());
      // Broadcast, not captured: λ is vocabulary x k doubles (megabytes), too big for each task.
      org.apache.spark.broadcast.Broadcast<TopicInference> inference =
          org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext())
              .broadcast(ModelInference.of(model));
      try {
        tx.stage(
            Tables.ARTICLE_TOPICS, assign(model, inference, docs.repartition(slices)), dayParts);
      } finally {
        inference.destroy();
      }
    }
    String version = model.meta().version();
    Dataset<Row> ofVersion =
        tx.read(Tables.ARTICLE_TOPICS).filter(functions.col("model_version").equalTo(version));
    tx.stage(
        Tables.TOPICS,
        topics(model, ofVersion, tx.read(Tables.ARTICLE_ENTITIES), tx.read(Tables.ARTICLE_THEMES)),
        List.of("model_version=" + version));
    return new Outcome(Optional.of(version), fitted);
  }

  private void warnIfSettingsChanged(TopicModelStore.Model model) {
    if (!model.meta().settingsHash().equals(config.modelHash())) {
      LOG.warn(
          "topics: model {} was fitted with other topics settings than the current ones; it stays in use "
              + "(stable topic ids): run 'newspulse topics fit' to refit",
          model.meta().version());
    }
  }

  /** Enrich's (article_id, published_date, topic_weights) rows → {@code article_topics} rows. */
  Dataset<Row> fromWeights(Dataset<Row> weights, String version) {
    double minWeight = config.minWeight();
    int max = config.maxPerArticle();
    return weights
        .filter(functions.col("topic_weights").isNotNull())
        .flatMap(
            (FlatMapFunction<Row, Row>)
                r -> {
                  List<Double> boxed = r.getList(2);
                  double[] w = new double[boxed.size()];
                  for (int i = 0; i < w.length; i++) {
                    w[i] = boxed.get(i);
                  }
                  return topicsOf(r.get(0), r.get(1), w, minWeight, max, version);
                },
            Encoders.row(Tables.ARTICLE_TOPICS.schema()));
  }

  /**
   * Articles (article_id, published_date, title, text, source) → {@link #DOCS}: each article's
   * terms.
   */
  public static Dataset<Row> docs(Dataset<Row> articles, BoilerplateSet boilerplate) {
    TopicTerms terms = new TopicTerms();
    return articles.mapPartitions(
        (MapPartitionsFunction<Row, Row>)
            it -> {
              FeedUnits units = new FeedUnits();
              return Iterators.map(
                  it,
                  r -> {
                    ArticleText t =
                        ArticleText.prepare(
                            r.getAs("title"),
                            r.getAs("text"),
                            r.getAs("source"),
                            boilerplate,
                            units);
                    return RowFactory.create(
                        r.getAs("article_id"),
                        r.getAs(Tables.PUBLISHED_DATE),
                        terms.terms(t.title(), t.body()).toArray(String[]::new));
                  });
            },
        Encoders.row(DOCS));
  }

  /**
   * {@link #DOCS} rows → {@code article_topics} rows of the model's version: each article's mixture
   * inferred in plain Java from its terms ({@link TopicInference}, MLlib's variational E-step with
   * MLlib's starting point, so the mixtures are MLlib's to rounding), without the vectorize and
   * {@code LocalLDAModel.transform} pass.
   */
  Dataset<Row> assign(
      TopicModelStore.Model model,
      org.apache.spark.broadcast.Broadcast<TopicInference> inference,
      Dataset<Row> docs) {
    String version = model.meta().version();
    double minWeight = config.minWeight();
    int max = config.maxPerArticle();
    return docs.flatMap(
        (FlatMapFunction<Row, Row>)
            r -> {
              double[] w = inference.value().mixture(r.getList(r.fieldIndex("terms")));
              return w == null
                  ? java.util.Collections.emptyIterator()
                  : topicsOf(
                      r.getAs("article_id"),
                      r.getAs(Tables.PUBLISHED_DATE),
                      w,
                      minWeight,
                      max,
                      version);
            },
        Encoders.row(Tables.ARTICLE_TOPICS.schema()));
  }

  private static Iterator<Row> topicsOf(
      Object articleId, Object day, double[] w, double minWeight, int max, String version) {
    Integer[] order = new Integer[w.length];
    for (int i = 0; i < w.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -w[i]).thenComparingInt(i -> i));
    List<Row> out = new ArrayList<>();
    for (int rank = 0; rank < Math.min(max, w.length) && w[order[rank]] >= minWeight; rank++) {
      out.add(RowFactory.create(articleId, order[rank], w[order[rank]], rank + 1, version, day));
    }
    return out.iterator();
  }

  /** The {@code topics} rows of one version (see the class comment for the association rule). */
  Dataset<Row> topics(
      TopicModelStore.Model model,
      Dataset<Row> ofVersion,
      Dataset<Row> articleEntities,
      Dataset<Row> articleThemes) {
    String[] vocab = model.vocabulary().vocabulary();
    Dataset<Row> at =
        ofVersion.select("article_id", "topic_id").persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Map<Integer, Long> perTopic = new HashMap<>();
      for (Row r : at.groupBy("topic_id").count().collectAsList()) {
        perTopic.put(r.getInt(0), r.getLong(1));
      }
      long all = at.select("article_id").distinct().count();
      Dataset<Row> items =
          articleEntities
              .select(
                  functions.lit("entity").as("kind"),
                  functions.col("article_id"),
                  functions.col("entity_id").as("key"),
                  functions.col("label"))
              .unionByName(
                  articleThemes.select(
                      functions.lit("theme").as("kind"),
                      functions.col("article_id"),
                      functions.col("theme_id").as("key"),
                      functions.col("label")));
      Map<String, Map<Integer, List<String>>> assoc = associated(at, items, perTopic, all);
      Map<Integer, List<String>> entities = assoc.getOrDefault("entity", Map.of());
      Map<Integer, List<String>> themes = assoc.getOrDefault("theme", Map.of());
      Timestamp fittedAt = Timestamp.from(model.meta().fittedAtInstant());
      List<Row> rows = new ArrayList<>();
      for (Row d : model.lda().describeTopics(TOP_TERMS).collectAsList()) {
        int topic = d.getInt(0);
        List<Integer> idx = d.getList(1);
        List<Double> weights = d.getList(2);
        List<String> terms = idx.stream().map(i -> vocab[i]).toList();
        String label = TopicLabeler.label(terms);
        List<String> ents = entities.getOrDefault(topic, List.of());
        List<String> ths = themes.getOrDefault(topic, List.of());
        rows.add(
            RowFactory.create(
                topic,
                label,
                TopicLabeler.description(label, ents, ths),
                String.join(", ", terms),
                terms.toArray(String[]::new),
                weights.toArray(Double[]::new),
                ents.isEmpty() ? null : String.join(", ", ents),
                ths.isEmpty() ? null : String.join(", ", ths),
                perTopic.getOrDefault(topic, 0L),
                fittedAt,
                model.meta().version()));
      }
      rows.sort(Comparator.comparingInt(r -> r.getInt(0)));
      return spark.createDataFrame(rows, Tables.TOPICS.schema());
    } finally {
      at.unpersist();
    }
  }

  /**
   * Per kind (entity, theme) and topic, the labels of the top associated items: lift > 1, ranked by
   * the topic's articles with the item, then lift. One job for both kinds (items: kind, article_id,
   * key, label); {@code perTopic} and {@code all} are the topic sizes and the articles with a
   * topic.
   *
   * <p>Plain counts, not countDistinct: (article_id, topic_id) is unique in {@code at} and
   * (article_id, kind, key) in {@code items}, so every joined row is a distinct article. The label
   * of an item is the greatest of its labels over all articles with a topic (one label per key for
   * knowledge-base entities and themes), taken from the few (kind, key, label) counts that also
   * give the item's article count: a string max inside the big aggregation made Spark sort and
   * spill the whole join (more than 20 minutes at 1M articles).
   */
  private static Map<String, Map<Integer, List<String>>> associated(
      Dataset<Row> at, Dataset<Row> items, Map<Integer, Long> perTopic, long all) {
    Dataset<Row> withTopic = at.join(items, "article_id");
    Dataset<Row> topicArticles = at.select(functions.col("article_id").as("t_article")).distinct();
    Dataset<Row> inTopics =
        items.join(
            topicArticles,
            items.col("article_id").equalTo(topicArticles.col("t_article")),
            "left_semi");
    // One pass over the semi-join: counts per (kind, key, label), then per item their sum and the
    // greatest label.
    Dataset<Row> nE =
        inTopics
            .groupBy("kind", "key", "label")
            .agg(functions.count(functions.lit(1)).as("n"))
            .groupBy("kind", "key")
            .agg(functions.sum("n").as("n_e"), functions.max("label").as("label"));
    Map<Integer, Long> sizes = Map.copyOf(perTopic);
    UserDefinedFunction nT =
        functions.udf((UDF1<Integer, Long>) t -> sizes.getOrDefault(t, 0L), DataTypes.LongType);
    Dataset<Row> ranked =
        withTopic
            .groupBy("kind", "topic_id", "key")
            .agg(functions.count(functions.lit(1)).as("n_te"))
            .join(nE, new String[] {"kind", "key"})
            .withColumn(
                "lift",
                functions
                    .col("n_te")
                    .divide(nT.apply(functions.col("topic_id")))
                    .divide(functions.col("n_e").divide(functions.lit((double) all))))
            .filter(functions.col("lift").gt(1.0))
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
            .filter(functions.col("_rank").leq(TOP_ASSOCIATED));
    List<Row> rows =
        new ArrayList<>(ranked.select("kind", "topic_id", "_rank", "label").collectAsList());
    rows.sort(Comparator.comparingInt(r -> r.getInt(2)));
    Map<String, Map<Integer, List<String>>> out = new HashMap<>();
    for (Row r : rows) {
      out.computeIfAbsent(r.getString(0), k -> new HashMap<>())
          .computeIfAbsent(r.getInt(1), t -> new ArrayList<>())
          .add(r.getString(3));
    }
    return out;
  }
}
