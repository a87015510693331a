package com.newspulse.config;

import java.io.Serializable;
import java.util.Locale;

/**
 * Topic model settings ({@code topics} in defaults.conf, which documents each key).
 *
 * @param minDocFreq minimum documents a term appears in to enter the vocabulary: a count when
 *     {@code >= 1}, a fraction of the fitted sample when {@code < 1} (Spark's CountVectorizer rule)
 * @param maxDocFreq maximum document frequency, as a fraction of the sample in (0, 1]
 * @param learningOffset the online optimizer's tau0: how much the first mini-batches are damped
 * @param learningDecay the online optimizer's kappa, in (0.5, 1]: how fast the step size decays
 */
public record TopicsConfig(
    boolean enabled,
    int k,
    int maxIterations,
    int sampleSize,
    int vocabSize,
    double minDocFreq,
    double maxDocFreq,
    double minWeight,
    int maxPerArticle,
    long seed,
    double miniBatchFraction,
    double learningOffset,
    double learningDecay)
    implements Serializable {

  /**
   * Hash of the settings that shape a fitted model (not of the assignment thresholds), stored in
   * the model's metadata so a run can warn when the model in use was fitted with other settings.
   */
  public String modelHash() {
    String s =
        String.format(
            Locale.ROOT,
            "k=%d;iter=%d;sample=%d;vocab=%d;minDF=%s;maxDF=%s;seed=%d;batch=%s;tau0=%s;kappa=%s",
            k,
            maxIterations,
            sampleSize,
            vocabSize,
            minDocFreq,
            maxDocFreq,
            seed,
            miniBatchFraction,
            learningOffset,
            learningDecay);
    return ConfigLoader.sha256(s).substring(0, 12);
  }
}
