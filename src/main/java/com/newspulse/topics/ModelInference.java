package com.newspulse.topics;

import com.newspulse.core.topics.TopicInference;
import org.apache.spark.ml.clustering.LocalLDAModel;
import org.apache.spark.ml.linalg.Matrix;

/**
 * The plain-Java {@link TopicInference} of a saved model (on the driver, once per run): the fitted
 * λ, the document concentration and gamma's starting value, taken exactly as MLlib's {@code
 * LocalLDAModel.transform} takes them, so that the mixtures agree with MLlib's to rounding.
 */
public final class ModelInference {
  /** MLlib's online optimizer's gamma shape (its default; Spark ML does not expose it). */
  static final double GAMMA_SHAPE = 100;

  private ModelInference() {}

  public static TopicInference of(TopicModelStore.Model model) {
    LocalLDAModel lda = model.lda();
    String[] vocabulary = model.vocabulary().vocabulary();
    Matrix topics = lda.topicsMatrix(); // terms x k, column-major
    int terms = topics.numRows();
    int k = topics.numCols();
    double[] values = topics.toArray();
    double[][] lambda = new double[k][terms];
    for (int t = 0; t < k; t++) {
      System.arraycopy(values, t * terms, lambda[t], 0, terms);
    }
    return new TopicInference(
        vocabulary,
        TopicInference.expElogbeta(lambda),
        lda.estimatedDocConcentration().toArray(),
        initialGamma(k, lda.getSeed()));
  }

  /**
   * MLlib's starting gamma: k draws of Gamma(100, 1/100) from a Mersenne Twister seeded with the
   * model's seed (the same for every document; {@code
   * OnlineLDAOptimizer.variationalTopicInference}).
   */
  static double[] initialGamma(int k, long seed) {
    breeze.stats.distributions.Gamma g =
        new breeze.stats.distributions.Gamma(
            GAMMA_SHAPE,
            1.0 / GAMMA_SHAPE,
            new breeze.stats.distributions.RandBasis(
                new org.apache.commons.math3.random.MersenneTwister(seed)));
    double[] out = new double[k];
    for (int i = 0; i < k; i++) {
      out[i] = g.draw$mcD$sp();
    }
    return out;
  }
}
