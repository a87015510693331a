package com.newspulse.core.trendstats;

/**
 * Normalised pointwise mutual information of two items co-occurring in articles.
 *
 * <p>{@code npmi = log(p(xy) / (p(x) p(y))) / -log p(xy)}, in [-1, 1]: 1 when the two always appear
 * together, 0 when independent, -1 in the limit of never together. Chosen over raw counts because
 * it does not favour items that are simply frequent (Bouma 2009).
 */
public final class Npmi {
  private Npmi() {}

  /**
   * @param both articles with both items
   * @param x articles with the first item
   * @param y articles with the second item
   * @param total all articles of the period
   * @return NPMI, or NaN when {@code both == 0}
   */
  public static double of(long both, long x, long y, long total) {
    if (both < 0 || both > x || both > y || x > total || y > total || total <= 0) {
      throw new IllegalArgumentException(
          "inconsistent counts: both=" + both + " x=" + x + " y=" + y + " total=" + total);
    }
    if (both == 0) {
      return Double.NaN;
    }
    double pxy = (double) both / total;
    if (pxy == 1.0) {
      return 1.0; // both items in every article: perfectly associated, log terms are 0/0
    }
    double px = (double) x / total;
    double py = (double) y / total;
    return Math.log(pxy / (px * py)) / -Math.log(pxy);
  }
}
