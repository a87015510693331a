package com.newspulse.core.trendstats;

/**
 * How over-represented a term is in a foreground period compared with a background (all other
 * periods, or a trailing window), from document counts.
 *
 * <p>The statistic is Dunning's log-likelihood ratio G² on the 2x2 table {@code [[a, n1 - a], [b,
 * n2 - b]]} (T. Dunning, "Accurate methods for the statistics of surprise and coincidence",
 * Computational Linguistics 19(1), 1993). Why G² rather than the alternatives:
 *
 * <ul>
 *   <li>Pearson's chi-square assumes expected counts of about 5 or more; for the rare terms that
 *       make up most of a news vocabulary it grossly overstates significance (one or two foreground
 *       documents against an almost empty background), while G² stays well-behaved.
 *   <li>G² is asymptotically chi-square with one degree of freedom, so a threshold has a meaning:
 *       3.84 is p &lt; 0.05, 6.63 is p &lt; 0.01, 10.83 is p &lt; 0.001. Score-only measures such
 *       as JLH (Elasticsearch's default) or a plain rate ratio have no significance scale, so their
 *       thresholds can only be tuned by eye.
 *   <li>It is symmetric in the two samples and needs no smoothing (0 ln 0 = 0).
 * </ul>
 *
 * <p>G² itself is two-sided; {@link #llr} returns it <b>signed</b>: negative when the foreground
 * rate {@code a/n1} is below the background rate {@code b/n2}, so only over-represented terms can
 * pass a positive threshold. The {@linkplain Result#rateRatio rate ratio} is reported alongside as
 * an effect size analysts can read ("3.2 times as frequent"), add-one smoothed so that a term
 * absent from the background gets a finite ratio.
 */
public final class SignificantTerms {
  /** G² at p &lt; 0.001 for one degree of freedom. */
  public static final double LLR_P001 = 10.83;

  private SignificantTerms() {}

  /**
   * Score of one term.
   *
   * @param llr signed G² (see {@link SignificantTerms#llr})
   * @param rateRatio {@code ((a + 1) / (n1 + 1)) / ((b + 1) / (n2 + 1))}
   */
  public record Result(long a, long n1, long b, long n2, double llr, double rateRatio) {

    /**
     * Over-represented with at least {@code minSupport} foreground documents and G² of at least
     * {@code minLlr}.
     */
    public boolean significant(long minSupport, double minLlr) {
      return a >= minSupport && a > 0 && llr > 0 && llr >= minLlr;
    }
  }

  /**
   * Signed log-likelihood ratio G².
   *
   * @param a foreground documents containing the term
   * @param n1 all foreground documents
   * @param b background documents containing the term
   * @param n2 all background documents
   * @return G² &gt;= 0 when the foreground rate is at least the background rate, else -G²; 0 when
   *     either sample is empty
   */
  public static double llr(long a, long n1, long b, long n2) {
    check(a, n1, b, n2);
    if (n1 == 0 || n2 == 0) {
      return 0.0;
    }
    long c = n1 - a;
    long d = n2 - b;
    double g2 =
        2.0
            * (xlogx(a)
                + xlogx(c)
                + xlogx(b)
                + xlogx(d)
                - xlogx(a + c)
                - xlogx(b + d)
                - xlogx(a + b)
                - xlogx(c + d)
                + xlogx(n1 + n2));
    g2 = Math.max(0.0, g2); // rounding can leave -1e-13 for identical rates
    // compare a/n1 with b/n2 without division
    return (double) a * n2 >= (double) b * n1 ? g2 : -g2;
  }

  /** {@link #llr} plus the smoothed rate ratio. */
  public static Result score(long a, long n1, long b, long n2) {
    double llr = llr(a, n1, b, n2);
    double ratio = ((a + 1.0) / (n1 + 1.0)) / ((b + 1.0) / (n2 + 1.0));
    return new Result(a, n1, b, n2, llr, ratio);
  }

  private static double xlogx(long x) {
    return x == 0 ? 0.0 : x * Math.log(x);
  }

  private static void check(long a, long n1, long b, long n2) {
    if (a < 0 || b < 0 || a > n1 || b > n2) {
      throw new IllegalArgumentException(
          "inconsistent counts: a=" + a + " n1=" + n1 + " b=" + b + " n2=" + n2);
    }
  }
}
