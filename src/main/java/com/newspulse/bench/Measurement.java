package com.newspulse.bench;

/**
 * One row of the bench table: what was processed and what it cost, or why it failed.
 *
 * @param articles articles the row processed (read back from its output)
 * @param textBytes UTF-8 bytes of the text of the input those articles come from
 * @param peakHeapBytes peak of used heap sampled during the row
 * @param error null, or a one-line reason the row failed (then the figures are 0)
 */
public record Measurement(
    BenchRow row,
    long articles,
    long textBytes,
    double seconds,
    double cpuSeconds,
    long peakHeapBytes,
    String error) {

  static Measurement of(BenchRow row, long articles, long textBytes, Meter.Measured<?> m) {
    return new Measurement(
        row, articles, textBytes, m.seconds(), m.cpuSeconds(), m.peakHeapBytes(), null);
  }

  static Measurement failed(BenchRow row, Throwable e) {
    return new Measurement(row, 0, 0, 0, 0, 0, oneLine(e));
  }

  public boolean ok() {
    return error == null;
  }

  public double articlesPerSecond() {
    return ok() && seconds > 0 ? articles / seconds : Double.NaN;
  }

  public double megabytesPerSecond() {
    return ok() && seconds > 0 ? textBytes / 1e6 / seconds : Double.NaN;
  }

  /** The innermost cause's class and message, on one line, at most 160 chars. */
  static String oneLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String msg =
        root.getClass().getSimpleName()
            + (root.getMessage() == null ? "" : ": " + root.getMessage());
    if (root != e) {
      msg = e.getClass().getSimpleName() + " <- " + msg;
    }
    msg = msg.replaceAll("\\s+", " ").trim();
    return msg.length() > 160 ? msg.substring(0, 157) + "..." : msg;
  }
}
