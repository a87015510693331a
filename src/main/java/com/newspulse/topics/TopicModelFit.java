package com.newspulse.topics;

import com.newspulse.config.TopicsConfig;
import com.newspulse.core.topics.TopicCoherence;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
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
   * Partitions of the fit's input: one per 2,500 sampled articles, 1 to 64 (40 for the default
   * 100,000).
   */
  static int fitPartitions(long sampled) {
    return (int) Math.max(1, Math.min(64, (sampled + 2_499) / 2_500));
  }

  /** Each topic's top {@code n} terms, heaviest first, by topic id. */
  static List<List<String>> topTerms(LocalLDAModel lda, String[] vocabulary, int n) {
    List<List<String>> out = new ArrayList<>();
    for (Row d : lda.describeTopics(n).orderBy("topic").collectAsList()) {
      List<Integer> idx = d.getList(1);
      out.add(idx.stream().map(i -> vocabulary[i]).toList());
    }
    return out;
  }

  /**
   * Each topic's NPMI coherence over the sampled documents (null where a topic has under two
   * terms). Only the top terms' presence leaves the executors, streamed one partition at a time.
   */
  static List<Double> coherence(Dataset<Row> sample, List<List<String>> topTerms) {
    TopicCoherence counts = new TopicCoherence(topTerms);
    Column wanted =
        functions.array(counts.terms().stream().map(functions::lit).toArray(Column[]::new));
    Iterator<Row> it =
        sample.select(functions.array_intersect(functions.col("terms"), wanted)).toLocalIterator();
    while (it.hasNext()) {
      counts.add(it.next().getList(0));
    }
    List<Double> out = new ArrayList<>();
    for (double v : counts.npmi()) {
      out.add(Double.isNaN(v) ? null : v);
    }
    return out;
  }

  /** One fitted LDA model and its topics' coherence. */
  private record Candidate(int k, LocalLDAModel lda, List<Double> coherence) {
    /** Mean over the topics that have one (a topic with under two terms has none). */
    double meanCoherence() {
      return coherence.stream()
          .filter(java.util.Objects::nonNull)
          .mapToDouble(Double::doubleValue)
          .average()
          .orElse(Double.NEGATIVE_INFINITY);
    }
  }

  private Candidate fitK(
      int k, long seed, Dataset<Row> vectors, Dataset<Row> sample, String[] terms) {
    LocalLDAModel lda =
        (LocalLDAModel)
            new LDA()
                .setK(k)
                .setMaxIter(config.maxIterations())
                .setOptimizer("online")
                .setSubsamplingRate(config.miniBatchFraction())
                .setLearningOffset(config.learningOffset())
                .setLearningDecay(config.learningDecay())
                .setSeed(seed)
                .setFeaturesCol("features")
                .setTopicDistributionCol("topic_distribution")
                .fit(vectors);
    return new Candidate(k, lda, coherence(sample, topTerms(lda, terms, TopicsStage.TOP_TERMS)));
  }

  /**
   * Fits vocabulary + LDA on the window's sample; null when there is too little data. One LDA model
   * is fitted per k (the candidates with {@code topics.k = auto}) and per restart (seeds {@code
   * seed}, {@code seed + 1}, ...), all on the same sample and vocabulary, and the one with the
   * highest mean topic coherence is kept: each costs one fit.
   */
  TopicModelStore.Model fit(Dataset<Row> docs, String version, LocalDate from, LocalDate to) {
    long n = docs.count();
    Dataset<Row> sample =
        n > config.sampleSize()
            ? docs.filter(hashUnit(config.seed()).lt((double) config.sampleSize() / n))
            : docs;
    sample = sample.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long sampled = sample.count();
      int fewest = config.ks().get(0);
      if (sampled < fewest) {
        LOG.warn(
            "topics: {} articles in {}..{} are too few to fit {} topics; no topic model yet",
            sampled,
            from,
            to,
            fewest);
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
      if (vocabSize < fewest) { // checked first: a model over an empty vocabulary cannot be built
        LOG.warn(
            "topics: only {} terms reach topics.min-doc-freq = {} in the {} sampled articles; need at least "
                + "{} (topics.k): no topic model yet",
            vocabSize,
            config.minDocFreq(),
            sampled,
            fewest);
        return null;
      }
      CountVectorizerModel vocabulary =
          new CountVectorizerModel(terms).setInputCol("terms").setOutputCol("features");
      Dataset<Row> vectors =
          vocabulary
              .transform(sample)
              .filter(NON_ZEROS.apply(functions.col("features")).gt(0))
              .repartition(fitPartitions(sampled), functions.col("article_id"))
              .sortWithinPartitions("article_id")
              .persist(StorageLevel.MEMORY_AND_DISK());
      try {
        Candidate best = null;
        for (int k : config.ks()) {
          if (k > Math.min(sampled, vocabSize)) {
            LOG.warn("topics: k = {} skipped: more topics than sampled articles or terms", k);
            continue;
          }
          for (int r = 0; r < config.restarts(); r++) {
            Candidate c = fitK(k, config.seed() + r, vectors, sample, terms);
            if (config.kAuto() || config.restarts() > 1) {
              LOG.info(
                  "topics: k = {}, seed {}: mean coherence (NPMI) {}",
                  k,
                  config.seed() + r,
                  String.format(java.util.Locale.ROOT, "%.4f", c.meanCoherence()));
            }
            // Ties keep the first: the smaller k, then the lower seed.
            if (best == null || c.meanCoherence() > best.meanCoherence()) {
              best = c;
            }
          }
        }
        TopicModelStore.Meta meta =
            new TopicModelStore.Meta(
                version,
                Instant.now().toString(),
                best.k(),
                vocabSize,
                sampled,
                from.toString(),
                to.toString(),
                config.modelHash(),
                best.coherence());
        return new TopicModelStore.Model(meta, vocabulary, best.lda());
      } finally {
        vectors.unpersist();
      }
    } finally {
      sample.unpersist();
    }
  }
}
