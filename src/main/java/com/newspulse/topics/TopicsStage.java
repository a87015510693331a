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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
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
 *       so re-running a window gives the same rows. They are summed from {@code topic_counts}, the
 *       per-day counts each run writes with its {@code article_topics} ({@link TopicCounts}).
 *       Association: among the topic's articles, the entities (themes) with lift above 1 (more
 *       frequent in the topic than in all articles with a topic of this version), ranked by the
 *       number of the topic's articles mentioning them, then by lift; top {@value #TOP_ASSOCIATED}.
 *       Count alone would put the ubiquitous entities (United States, China) on every topic; lift
 *       alone would favour one-article rarities.
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
      // Clustered as enrich's tables: the weights are rows of enrich's scratch, as it left them.
      tx.stageClustered(
          Tables.ARTICLE_TOPICS,
          new TopicAssignment(config).fromWeights(inferred.weights(), model.meta().version()),
          dayParts);
    } else {
      Dataset<Row> articles =
          tx.readDays(Tables.ARTICLES, from, to)
              .select("article_id", Tables.PUBLISHED_DATE, "title", "text", "source");
      // Topics read what the extractors read: without markup, links and the sources' boilerplate.
      Dataset<Row> docs = tx.materialise("topic-docs", docs(articles, boilerplate));
      if (refit || current.isEmpty()) {
        model = new TopicModelFit(config).fit(docs, tx.runId(), from, to);
        if (model == null) {
          tx.stage(
              Tables.ARTICLE_TOPICS,
              spark.createDataFrame(List.of(), Tables.ARTICLE_TOPICS.schema()),
              dayParts);
          TopicCounts.stage(tx, from, to);
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
            Tables.ARTICLE_TOPICS,
            new TopicAssignment(config).assign(model, inference, docs.repartition(slices)),
            dayParts);
      } finally {
        inference.destroy();
      }
    }
    String version = model.meta().version();
    TopicCounts.stage(tx, from, to);
    Dataset<Row> ofVersion =
        tx.read(Tables.TOPIC_COUNTS).filter(functions.col("model_version").equalTo(version));
    tx.stage(
        Tables.TOPICS,
        topics(model, TopicCounts.labels(ofVersion, TOP_ASSOCIATED)),
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

  /** The {@code topics} rows of one version (see the class comment for the association rule). */
  Dataset<Row> topics(TopicModelStore.Model model, TopicCounts.Labels labels) {
    String[] vocab = model.vocabulary().vocabulary();
    Timestamp fittedAt = Timestamp.from(model.meta().fittedAtInstant());
    List<Row> rows = new ArrayList<>();
    List<Double> coherence = model.meta().coherence();
    for (Row d : model.lda().describeTopics(TOP_TERMS).collectAsList()) {
      int topic = d.getInt(0);
      List<Integer> idx = d.getList(1);
      List<String> terms = idx.stream().map(i -> vocab[i]).toList();
      List<Double> weights = d.getList(2);
      String label = TopicLabeler.label(terms);
      List<String> ents = labels.of(TopicCounts.ENTITY, topic);
      List<String> ths = labels.of(TopicCounts.THEME, topic);
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
              labels.perTopic().getOrDefault(topic, 0L),
              coherence == null ? null : coherence.get(topic),
              fittedAt,
              model.meta().version()));
    }
    rows.sort(Comparator.comparingInt(r -> r.getInt(0)));
    return spark.createDataFrame(rows, Tables.TOPICS.schema());
  }
}
