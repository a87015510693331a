package com.newspulse.job;

import com.newspulse.spark.ProgressReporter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One run's stage clock: seconds per stage (summed when a stage runs twice, as enrich does when it
 * is retried for failed articles), the first stage that threw, and the progress reporter told which
 * stage is running. The {@code runs} row and the metrics JSON take their stage figures from it, for
 * a failed run too.
 */
final class StageClock implements AutoCloseable {
  private final Map<String, Double> seconds = new LinkedHashMap<>();
  private final ProgressReporter progress;
  private String failedStage;

  /**
   * @param progress may be null (progress reports off)
   */
  StageClock(ProgressReporter progress) {
    this.progress = progress;
  }

  <T> T timed(String stage, Supplier<T> body) {
    if (progress != null) {
      progress.stage(stage);
    }
    long t0 = System.nanoTime();
    try {
      return body.get();
    } catch (Throwable e) { // rethrown as is (precise rethrow: only unchecked ones reach here)
      if (failedStage == null) {
        failedStage = stage;
      }
      throw e;
    } finally {
      seconds.merge(stage, (System.nanoTime() - t0) / 1e9, Double::sum);
    }
  }

  /** Seconds per stage so far, in the order the stages first ran (a live view). */
  Map<String, Double> seconds() {
    return seconds;
  }

  Map<String, Double> snapshot() {
    return Map.copyOf(seconds);
  }

  /** The first stage that threw, or null. */
  String failedStage() {
    return failedStage;
  }

  @Override
  public void close() {
    if (progress != null) {
      progress.close();
    }
  }
}
