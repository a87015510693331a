package com.newspulse.core.topics;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An article's topic mixture under a fitted LDA model, inferred from its terms in plain Java: the
 * variational E-step of online LDA (Hoffman, Blei and Bach 2010), the same iteration Spark MLlib's
 * {@code LocalLDAModel.transform} runs ({@code OnlineLDAOptimizer.variationalTopicInference}). So
 * an article's topics come from the terms it already has, in the pass that has them, instead of a
 * separate vectorize + transform pass over every article.
 *
 * <p>Per document: gamma starts at {@code initialGamma} (MLlib draws it from Gamma(100, 1/100) with
 * the model's seed, the same draw for every document; the caller passes that draw, so the results
 * agree with MLlib's to rounding), then alternates {@code gamma = alpha + expElogtheta ⊙ (β_dᵀ
 * (counts / phiNorm))} and {@code expElogtheta = exp(E[log θ])} until the mean absolute change of
 * gamma is at most {@value #TOLERANCE}; the mixture is gamma normalised to sum 1. Cost: {@code
 * O(iterations × distinct terms × k)} per article, about 20 iterations.
 *
 * <p>Terms are counted as CountVectorizer counts them (every occurrence; terms outside the
 * vocabulary ignored). An article with no vocabulary term has no mixture (null): LDA would return
 * its prior, which says nothing.
 */
public final class TopicInference implements Serializable {
  private static final long serialVersionUID = 1L;

  /** MLlib's convergence bound on the mean absolute change of gamma. */
  public static final double TOLERANCE = 1e-3;

  /** A bound MLlib does not have: an iteration that oscillates still ends. */
  static final int MAX_ITERATIONS = 1_000;

  private final Map<String, Integer> index;
  private final double[][] expElogbeta; // [term][topic]
  private final double[] alpha;
  private final double[] initialGamma;
  private final int k;

  /**
   * @param vocabulary the model's terms, index-aligned with {@code expElogbeta}
   * @param expElogbeta {@code exp(E[log β])} per term and topic: {@code [term][topic]}
   * @param alpha the document concentration, one per topic
   * @param initialGamma gamma's starting value, one per topic (positive)
   */
  public TopicInference(
      String[] vocabulary, double[][] expElogbeta, double[] alpha, double[] initialGamma) {
    this.k = alpha.length;
    if (k == 0 || initialGamma.length != k) {
      throw new IllegalArgumentException(
          "alpha has " + k + " topics but the initial gamma " + initialGamma.length);
    }
    if (expElogbeta.length != vocabulary.length) {
      throw new IllegalArgumentException(
          vocabulary.length + " terms but " + expElogbeta.length + " rows of expElogbeta");
    }
    this.index = new HashMap<>(vocabulary.length * 2);
    for (int i = 0; i < vocabulary.length; i++) {
      if (expElogbeta[i].length != k) {
        throw new IllegalArgumentException(
            "term " + vocabulary[i] + " has " + expElogbeta[i].length + " topics, expected " + k);
      }
      if (index.put(vocabulary[i], i) != null) {
        throw new IllegalArgumentException("term listed twice: " + vocabulary[i]);
      }
    }
    this.expElogbeta = expElogbeta;
    this.alpha = alpha.clone();
    this.initialGamma = initialGamma.clone();
  }

  /**
   * {@code exp(E[log β])} from the fitted topic-term matrix λ ({@code lambda[topic][term]}, MLlib's
   * {@code topicsMatrix} transposed): per topic, {@code exp(ψ(λ_kw) − ψ(Σ_w λ_kw))}, laid out per
   * term.
   */
  public static double[][] expElogbeta(double[][] lambda) {
    int topics = lambda.length;
    int terms = topics == 0 ? 0 : lambda[0].length;
    double[][] out = new double[terms][topics];
    for (int t = 0; t < topics; t++) {
      double sum = 0;
      for (double v : lambda[t]) {
        sum += v;
      }
      double psiSum = digamma(sum);
      for (int w = 0; w < terms; w++) {
        out[w][t] = Math.exp(digamma(lambda[t][w]) - psiSum);
      }
    }
    return out;
  }

  public int topics() {
    return k;
  }

  /** The article's topic mixture (sums to 1), or null when none of its terms is in the model. */
  public double[] mixture(List<String> terms) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (String t : terms) {
      Integer i = index.get(t);
      if (i != null) {
        counts.merge(i, 1, Integer::sum);
      }
    }
    if (counts.isEmpty()) {
      return null;
    }
    int n = counts.size();
    double[][] beta = new double[n][];
    double[] cts = new double[n];
    int[] ids = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    for (int j = 0; j < n; j++) {
      beta[j] = expElogbeta[ids[j]];
      cts[j] = counts.get(ids[j]);
    }
    double[] gamma = initialGamma.clone();
    double[] expElogtheta = expDirichletExpectation(gamma);
    double[] phiNorm = phiNorm(beta, expElogtheta);
    double[] weighted = new double[k];
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      Arrays.fill(weighted, 0);
      for (int j = 0; j < n; j++) {
        double c = cts[j] / phiNorm[j];
        double[] b = beta[j];
        for (int t = 0; t < k; t++) {
          weighted[t] += b[t] * c;
        }
      }
      double change = 0;
      for (int t = 0; t < k; t++) {
        double g = expElogtheta[t] * weighted[t] + alpha[t];
        change += Math.abs(g - gamma[t]);
        gamma[t] = g;
      }
      expElogtheta = expDirichletExpectation(gamma);
      phiNorm = phiNorm(beta, expElogtheta);
      if (change / k <= TOLERANCE) {
        break;
      }
    }
    double sum = 0;
    for (double g : gamma) {
      sum += g;
    }
    for (int t = 0; t < k; t++) {
      gamma[t] /= sum;
    }
    return gamma;
  }

  /**
   * ψ(x) for x > 0: the recurrence ψ(x) = ψ(x + 1) − 1/x up to x ≥ 6, then the asymptotic series
   * (error about 1e-11). Written here, not taken from commons-math: its {@code Gamma.digamma}
   * recurses up to x ≥ 49, and gamma's entries sit near the prior (about 0.05), so it made the
   * inference 3x slower (docs/benchmarks.md); it is also about 3e-9 off (ψ(1) = −0.5772156678
   * there, −0.5772156649 exactly). ψ is called k times per iteration per article.
   */
  static double digamma(double x) {
    double shift = 0;
    while (x < 6) {
      shift -= 1 / x;
      x += 1;
    }
    double inv = 1 / x;
    double inv2 = inv * inv;
    double series =
        inv2
            * (1.0 / 12
                - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240 - inv2 / 132))));
    return shift + Math.log(x) - 0.5 * inv - series;
  }

  private static double[] expDirichletExpectation(double[] gamma) {
    double sum = 0;
    for (double g : gamma) {
      sum += g;
    }
    double psiSum = digamma(sum);
    double[] out = new double[gamma.length];
    for (int t = 0; t < gamma.length; t++) {
      out[t] = Math.exp(digamma(gamma[t]) - psiSum);
    }
    return out;
  }

  private double[] phiNorm(double[][] beta, double[] expElogtheta) {
    double[] out = new double[beta.length];
    for (int j = 0; j < beta.length; j++) {
      double s = 0;
      for (int t = 0; t < k; t++) {
        s += beta[j][t] * expElogtheta[t];
      }
      out[j] = s + 1e-100;
    }
    return out;
  }
}
