package com.newspulse.topics;

import com.newspulse.config.TopicsConfig;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LocalLDAModel;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fits a topic model (MLlib's CountVectorizer vocabulary and online LDA) on a deterministic sample
 * of a window's {@link TopicsStage#DOCS} rows, so the same window gives the same model on any
 * cluster layout (docs/architecture.md, "Topics").
 */
final class TopicModelFit {
  private static final Logger LOG = LoggerFactory.getLogger(TopicModelFit.class);

  private final TopicsConfig config;

  TopicModelFit(TopicsConfig config) {
    this.config = config;
  }

  /** A deterministic pseudo-uniform number in [0, 1) per article, from its id and the seed. */
  static Column hashUnit(long seed) {
    return functions
        .pmod(
            functions.xxhash64(functions.col("article_id"), functions.lit(seed)),
            functions.lit(1_000_000L))
        .divide(1_000_000.0);
  }

  private static final UserDefinedFunction NON_ZEROS =
      functions.udf(
          (UDF1<Vector, Integer>) v -> v == null ? 0 : v.numNonzeros(), DataTypes.IntegerType);

  /**
   * Partitions of the fit's input: one per 2,500 sampled articles, 1 to 64 (8 for the default
   * 20,000).
   */
  static int fitPartitions(long sampled) {
    return (int) Math.max(1, Math.min(64, (sampled + 2_499) / 2_500));
  }

  /** Fits vocabulary + LDA on the window's sample; null when there is too little data. */
  TopicModelStore.Model fit(Dataset<Row> docs, String version, LocalDate from, LocalDate to) {
    long n = docs.count();
    Dataset<Row> sample =
        n > config.sampleSize()
            ? docs.filter(hashUnit(config.seed()).lt((double) config.sampleSize() / n))
            : docs;
    sample = sample.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long sampled = sample.count();
      if (sampled < config.k()) {
        LOG.warn(
            "topics: {} articles in {}..{} are too few to fit {} topics; no topic model yet",
            sampled,
            from,
            to,
            config.k());
        return null;
      }
      // Spark reads maxDF >= 1 as a document count: a fraction of 1.0 means "no upper limit".
      CountVectorizerModel fitted =
          new CountVectorizer()
              .setInputCol("terms")
              .setOutputCol("features")
              .setVocabSize(config.vocabSize())
              .setMinDF(config.minDocFreq())
              .setMaxDF(config.maxDocFreq() >= 1 ? Long.MAX_VALUE : config.maxDocFreq())
              .fit(sample);
      // The same sample must give the same model wherever it runs: CountVectorizer orders terms by
      // frequency with ties in partition order, and a term's index picks its column of LDA's seeded
      // initial topics; so index the terms alphabetically, and fit on a layout that depends only on
      // the sample (hash partitions of article_id, sorted), since the online optimizer's
      // mini-batches are sampled per partition.
      String[] terms = fitted.vocabulary().clone();
      Arrays.sort(terms);
      int vocabSize = terms.length;
      if (vocabSize
          < config.k()) { // checked first: a model over an empty vocabulary cannot even be built
        LOG.warn(
            "topics: only {} terms reach topics.min-doc-freq = {} in the {} sampled articles; need at least "
                + "topics.k = {}: no topic model yet",
            vocabSize,
            config.minDocFreq(),
            sampled,
            config.k());
        return null;
      }
      CountVectorizerModel vocabulary =
          new CountVectorizerModel(terms).setInputCol("terms").setOutputCol("features");
      Dataset<Row> vectors =
          vocabulary
              .transform(sample)
              .filter(NON_ZEROS.apply(functions.col("features")).gt(0))
              .repartition(fitPartitions(sampled), functions.col("article_id"))
              .sortWithinPartitions("article_id");
      LocalLDAModel lda =
          (LocalLDAModel)
              new LDA()
                  .setK(config.k())
                  .setMaxIter(config.maxIterations())
                  .setOptimizer("online")
                  .setSubsamplingRate(config.miniBatchFraction())
                  .setLearningOffset(config.learningOffset())
                  .setLearningDecay(config.learningDecay())
                  .setSeed(config.seed())
                  .setFeaturesCol("features")
                  .setTopicDistributionCol("topic_distribution")
                  .fit(vectors);
      TopicModelStore.Meta meta =
          new TopicModelStore.Meta(
              version,
              Instant.now().toString(),
              config.k(),
              vocabSize,
              sampled,
              from.toString(),
              to.toString(),
              config.modelHash());
      return new TopicModelStore.Model(meta, vocabulary, lda);
    } finally {
      sample.unpersist();
    }
  }
}
