package com.newspulse.job;

import com.newspulse.config.NewsPulseConfig;
import com.newspulse.core.feed.BoilerplateSet;
import com.newspulse.ingest.FeedNoiseStage;
import com.newspulse.spark.RunTransaction;
import com.newspulse.tables.Tables;
import java.util.function.Supplier;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the steps of one transaction share: the transaction they stage into, the configuration, the
 * session, the quality gates, the resources loaded once per job, and the run's boilerplate (learned
 * by ingest, or read once from the published table).
 */
final class RunContext {
  private static final Logger LOG = LoggerFactory.getLogger(RunContext.class);

  private final RunTransaction tx;
  private final NewsPulseConfig config;
  private final SparkSession spark;
  private final QualityGates gates;
  private final Supplier<EnrichResources> resources;
  private final String output;
  private BoilerplateSet boilerplate;
  private com.newspulse.topics.TopicsStage.Inferred inferredTopics;

  RunContext(
      RunTransaction tx,
      NewsPulseConfig config,
      SparkSession spark,
      QualityGates gates,
      Supplier<EnrichResources> resources,
      String output) {
    this.tx = tx;
    this.output = output;
    this.config = config;
    this.spark = spark;
    this.gates = gates;
    this.resources = resources;
  }

  RunTransaction tx() {
    return tx;
  }

  NewsPulseConfig config() {
    return config;
  }

  SparkSession spark() {
    return spark;
  }

  QualityGates gates() {
    return gates;
  }

  /** The knowledge base, taxonomy and tone lexicon (loaded on first use, once per job). */
  EnrichResources resources() {
    return resources.get();
  }

  /**
   * The boilerplate the extractors skip in this transaction: {@code source_boilerplate} as staged
   * (ingest learns it first) or published, read once.
   */
  BoilerplateSet boilerplate() {
    if (boilerplate == null) {
      boilerplate = FeedNoiseStage.collect(tx.read(Tables.SOURCE_BOILERPLATE));
      LOG.info("boilerplate: {} lines across sources", boilerplate.size());
    }
    return boilerplate;
  }

  /**
   * The current topic model when topics are on and one exists: enrich infers the window's topic
   * mixtures with it in its own pass. A refit ({@code topics fit}) never runs enrich.
   */
  java.util.Optional<com.newspulse.topics.TopicModelStore.Model> topicModelForEnrich() {
    if (!config.topics().enabled()) {
      return java.util.Optional.empty();
    }
    var models = new com.newspulse.topics.TopicModelStore(spark, output);
    return models.current().map(models::load);
  }

  /** What enrich inferred for the topics step (null: it did not, the step assigns itself). */
  com.newspulse.topics.TopicsStage.Inferred inferredTopics() {
    return inferredTopics;
  }

  void inferredTopics(com.newspulse.topics.TopicsStage.Inferred inferred) {
    this.inferredTopics = inferred;
  }

  <T> Broadcast<T> broadcast(T value) {
    return spark
        .sparkContext()
        .broadcast(value, scala.reflect.ClassTag$.MODULE$.apply(value.getClass()));
  }
}
