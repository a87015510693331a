package com.newspulse.core.eval;

import java.util.Locale;

/** True positives, false positives and false negatives, with precision, recall and F1 over them. */
public final class Prf {
  private long tp;
  private long fp;
  private long fn;

  public void add(long truePositives, long falsePositives, long falseNegatives) {
    tp += truePositives;
    fp += falsePositives;
    fn += falseNegatives;
  }

  public long tp() {
    return tp;
  }

  public long fp() {
    return fp;
  }

  public long fn() {
    return fn;
  }

  /** tp / (tp + fp); 0 when nothing was predicted. */
  public double precision() {
    return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
  }

  /** tp / (tp + fn); 0 when there is no gold label. */
  public double recall() {
    return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)",
        precision(),
        recall(),
        f1(),
        tp,
        fp,
        fn);
  }
}
