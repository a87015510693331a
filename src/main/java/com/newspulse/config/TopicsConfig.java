package com.newspulse.config;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * Topic model settings ({@code topics} in defaults.conf, which documents each key).
 *
 * @param k the number of topics; 0 when it is chosen among {@code kCandidates}
 * @param kCandidates with {@code topics.k = auto}, the topic counts tried (ascending); the fit
 *     keeps the model whose topics are most coherent on average. Empty for a fixed k
 * @param restarts LDA fits per k, from seeds {@code seed}, {@code seed + 1}, ... on the same
 *     sample; the most coherent is kept (online LDA's local optimum depends on its random start)
 * @param minDocFreq minimum documents a term appears in to enter the vocabulary: a count when
 *     {@code >= 1}, a fraction of the fitted sample when {@code < 1} (Spark's CountVectorizer rule)
 * @param maxDocFreq maximum document frequency, as a fraction of the sample in (0, 1]
 * @param learningOffset the online optimizer's tau0: how much the first mini-batches are damped
 * @param learningDecay the online optimizer's kappa, in (0.5, 1]: how fast the step size decays
 */
public record TopicsConfig(
    boolean enabled,
    int k,
    List<Integer> kCandidates,
    int maxIterations,
    int sampleSize,
    int vocabSize,
    double minDocFreq,
    double maxDocFreq,
    double minWeight,
    int maxPerArticle,
    long seed,
    int restarts,
    double miniBatchFraction,
    double learningOffset,
    double learningDecay)
    implements Serializable {

  /** The topic counts a fit tries: {@code k}, or the candidates when it is chosen. */
  public List<Integer> ks() {
    return kCandidates.isEmpty() ? List.of(k) : kCandidates;
  }

  /** Whether k is chosen by coherence among {@link #kCandidates}. */
  public boolean kAuto() {
    return !kCandidates.isEmpty();
  }

  /**
   * Hash of the settings that shape a fitted model (not of the assignment thresholds), stored in
   * the model's metadata so a run can warn when the model in use was fitted with other settings.
   */
  public String modelHash() {
    String s =
        String.format(
            Locale.ROOT,
            "k=%s;iter=%d;sample=%d;vocab=%d;minDF=%s;maxDF=%s;seed=%d;batch=%s;tau0=%s;kappa=%s%s",
            kAuto() ? "auto" + kCandidates : String.valueOf(k),
            maxIterations,
            sampleSize,
            vocabSize,
            minDocFreq,
            maxDocFreq,
            seed,
            miniBatchFraction,
            learningOffset,
            learningDecay,
            restarts == 1 ? "" : ";restarts=" + restarts);
    return ConfigLoader.sha256(s).substring(0, 12);
  }
}
