package com.newspulse.job;

import com.newspulse.config.NewsPulseConfig;
import com.newspulse.core.enrich.ArticleEnricher;
import com.newspulse.core.feed.BoilerplateSet;
import com.newspulse.core.ingest.LanguageGate;
import com.newspulse.core.topics.TopicInference;
import com.newspulse.enrich.EnrichStage;
import com.newspulse.ner.NerModelStore;
import com.newspulse.ner.NerTagger;
import com.newspulse.spark.RunTransaction;
import com.newspulse.tables.Partitions;
import com.newspulse.tables.Tables;
import com.newspulse.topics.ModelInference;
import com.newspulse.topics.TopicModelStore;
import com.newspulse.topics.TopicsStage;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich step: the window's articles → the nine article-level tables of {@link
 * EnrichStage#OUTPUTS} (one pass of the core {@link ArticleEnricher} per article, written once to
 * scratch and split into tables), {@code ANALYSIS_FAILED} and {@code UNSUPPORTED_LANGUAGE}
 * quarantine rows, and {@code entity_candidates} over all published days.
 */
final class EnrichStep {
  private static final Logger LOG = LoggerFactory.getLogger(EnrichStep.class);

  private final RunContext ctx;
  private final RunTransaction tx;
  private final NewsPulseConfig config;
  private final SparkSession spark;

  EnrichStep(RunContext ctx) {
    this.ctx = ctx;
    this.tx = ctx.tx();
    this.config = ctx.config();
    this.spark = ctx.spark();
  }

  /**
   * Enriches the window's articles; returns how many were quarantined ({@code ANALYSIS_FAILED},
   * {@code UNSUPPORTED_LANGUAGE}).
   */
  long run(DateWindow w) {
    ArticleEnricher enricher = ctx.resources().enricher(config);
    Broadcast<ArticleEnricher> b = ctx.broadcast(enricher);
    Broadcast<BoilerplateSet> shipped = ctx.broadcast(ctx.boilerplate());
    // Topics are inferred here, in the same pass, when a model exists (else the topics step fits
    // one and assigns in a pass of its own).
    TopicModelStore.Model topicModel = ctx.topicModelForEnrich().orElse(null);
    Broadcast<TopicInference> topics =
        topicModel == null ? null : ctx.broadcast(ModelInference.of(topicModel));
    Dataset<Row> articles = tx.readDays(Tables.ARTICLES, w.from(), w.to());
    if (config.nerModel() != null) {
      // Opt-in statistical NER: its spans ride along as a column, merged per article in core
      // code.
      LOG.info("statistical NER on: model {}", config.nerModel());
      articles = new NerTagger(NerModelStore.load(spark, config.nerModel())).tag(articles);
    }
    Dataset<Row> enriched;
    try {
      enriched =
          tx.materialise(
              "enriched",
              new EnrichStage(b, shipped, topics, new LanguageGate(config.input().language()))
                  .apply(articles));
    } finally { // on failure too: a long-lived driver (tests, notebooks) must not keep them
      b.destroy();
      shipped.destroy();
      if (topics != null) {
        topics.destroy();
      }
    }
    if (topicModel != null) {
      ctx.inferredTopics(
          new TopicsStage.Inferred(
              topicModel,
              enriched
                  .filter(functions.col("failure").isNull())
                  .select("article_id", Tables.PUBLISHED_DATE, "topic_weights")));
    }
    List<String> parts = Partitions.days(w.from(), w.to());
    long failed = AnalysisFailures.quarantine(tx, enriched, w);
    tx.stageAll(
        EnrichStage.OUTPUTS.stream()
            .map(t -> new RunTransaction.Staging(t, EnrichStage.table(t, enriched), parts, true))
            .toList());
    // The window's mentions counted per key and day (and any day with mentions but no counts: an
    // output written before candidate_days existed); then over all published days (the whole
    // table is replaced): candidates that recur across windows.
    java.util.SortedSet<LocalDate> countDays = new java.util.TreeSet<>(w.days());
    countDays.addAll(tx.publishedDays(Tables.CANDIDATE_MENTIONS));
    countDays.removeAll(tx.publishedDays(Tables.CANDIDATE_DAYS));
    countDays.addAll(w.days());
    List<String> countParts = Partitions.days(countDays);
    tx.stage(
        Tables.CANDIDATE_DAYS,
        com.newspulse.enrich.CandidatesStage.days(
            tx.read(Tables.CANDIDATE_MENTIONS, countParts),
            tx.read(Tables.ARTICLES, countParts),
            countedTerms(tx, enriched, w, countDays)),
        countParts);
    List<String> typeParts =
        java.util.Arrays.stream(com.newspulse.core.discovery.SuggestedType.values())
            .map(x -> Partitions.of("suggested_type", x.name()))
            .toList();
    tx.stage(
        Tables.ENTITY_CANDIDATES,
        com.newspulse.enrich.CandidatesStage.aggregate(
            tx.read(Tables.CANDIDATE_DAYS),
            config.analytics().discoveryMinArticles(),
            config.analytics().discoveryMinCueShare(),
            config.analytics().discoveryMinCapitalisedShare()),
        typeParts);
    return failed;
  }

  /**
   * The article terms of the days whose candidates are counted: the window's from the enrich
   * scratch (one set of files; reading the staged table back lists a folder per day, which on a
   * first run of eight years of press releases cost more than the count itself), the others (an
   * output written before candidate_days) from the table.
   */
  private static Dataset<Row> countedTerms(
      RunTransaction tx,
      Dataset<Row> enriched,
      DateWindow w,
      java.util.SortedSet<LocalDate> countDays) {
    Dataset<Row> terms = EnrichStage.table(Tables.ARTICLE_TERMS, enriched);
    java.util.SortedSet<LocalDate> others = new java.util.TreeSet<>(countDays);
    others.removeAll(w.days());
    return others.isEmpty()
        ? terms
        : terms.unionByName(tx.read(Tables.ARTICLE_TERMS, Partitions.days(others)));
  }
}
