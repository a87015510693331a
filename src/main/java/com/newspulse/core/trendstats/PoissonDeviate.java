package com.newspulse.core.trendstats;

import org.apache.commons.math3.special.Gamma;

/**
 * How unusual a count is for a Poisson process, as a standard normal deviate.
 *
 * <p>Above the mean, the deviate is the exact upper tail {@code P(X >= x | mean)} (the regularized
 * lower incomplete gamma function {@code P(x, mean)}) turned into the {@code z} with the same upper
 * tail of a standard normal: a count scores {@code z >= 3} exactly when a Poisson process would
 * reach it by chance at most once in 741 periods. The Freeman-Tukey deviate {@code 2 (sqrt(x) -
 * sqrt(mean))} that this replaces is conservative for small expected counts: 9 seen where 2.3 are
 * expected has an upper tail of 0.0003 (z 3.4) but a Freeman-Tukey deviate of 2.97, so the weekly
 * burst of a small theme was missed although it is rarer than the threshold asks for. At or below
 * the mean the Freeman-Tukey deviate is kept (a count below its expectation is never a burst; it
 * only needs a sign and an order).
 */
public final class PoissonDeviate {
  private PoissonDeviate() {}

  /**
   * @param x the observed count, {@code >= 0}
   * @param mean the expected count, {@code >= 0}
   */
  public static double of(long x, double mean) {
    if (x < 0 || !(mean >= 0)) {
      throw new IllegalArgumentException("need x >= 0 and mean >= 0, got " + x + ", " + mean);
    }
    if (x <= mean) {
      return 2 * (Math.sqrt(x) - Math.sqrt(mean));
    }
    if (mean == 0) {
      return Double.POSITIVE_INFINITY; // impossible under the baseline; callers floor the mean
    }
    double upperTail = Gamma.regularizedGammaP(x, mean);
    double logTail =
        upperTail > 1e-300
            ? Math.log(upperTail)
            // Underflow (1000 seen where 100 are expected): the tail is its first term times at
            // most
            // 1 / (1 - mean / (x + 1)), and the first term's log does not underflow.
            : x * Math.log(mean) - mean - Gamma.logGamma(x + 1.0) - Math.log1p(-mean / (x + 1.0));
    return Math.max(0.0, NormalQuantile.upperOfLog(logTail));
  }
}
