package com.newspulse.job;

import com.newspulse.config.NewsPulseConfig;
import com.newspulse.job.NewsPulseJob.RunResult;
import com.newspulse.spark.RunTransaction;
import com.newspulse.spark.TableStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a failed run leaves behind. Before its commit point: its staging is aborted, and a {@code
 * runs} row (FAILED, with the error and the stage) and a metrics file record it. After it (the
 * journal complete): the run is published, now or by the next writer, so it is recorded as
 * PUBLISH_PENDING in the metrics only; a FAILED row would leave it both published and failed. The
 * original error is never hidden: a problem while recording is added to it as suppressed.
 */
record RunFailures(NewsPulseConfig config, TableStore store, RunsRows runs) {
  private static final Logger LOG = LoggerFactory.getLogger(RunFailures.class);

  /** Records run {@code tx}'s failure {@code e}; the caller rethrows {@code e}. */
  void record(
      RunTransaction tx,
      String command,
      Instant started,
      String input,
      LocalDate from,
      LocalDate to,
      Throwable e,
      StageClock clock) {
    if (committedDespite(tx, e)) {
      // The journal is complete: the run is published (its SUCCEEDED row is part of it), now or
      // by the next writer. Recording it FAILED as well would leave it both published and failed.
      RunResult result = new RunResult(tx.runId(), null, null, clock.snapshot(), List.of());
      RunMetrics.write(
          store,
          result,
          command,
          "PUBLISH_PENDING",
          String.valueOf(e),
          clock.failedStage(),
          started,
          config);
      return;
    }
    try {
      tx.abort();
    } catch (RuntimeException cleanup) {
      e.addSuppressed(cleanup); // the original error is what the user must see
    }
    DateWindow requested =
        from != null && to != null && !to.isBefore(from) ? new DateWindow(from, to) : null;
    runs.recordFailure(
        command,
        tx.runId() + "-failed",
        started,
        input,
        requested,
        e,
        tx.abandoned(),
        clock.seconds(),
        clock.failedStage());
    try {
      RunMetrics.write(
          store,
          new RunResult(tx.runId() + "-failed", requested, null, clock.snapshot(), List.of()),
          command,
          "FAILED",
          String.valueOf(e),
          clock.failedStage(),
          started,
          config);
    } catch (RuntimeException metrics) {
      e.addSuppressed(metrics);
    }
  }

  /**
   * After an error, whether the run had already committed (its journal complete); if so, tries to
   * finish its publish at once (the next writer would otherwise). Never hides the error's cause.
   */
  private boolean committedDespite(RunTransaction tx, Throwable e) {
    try {
      if (!tx.committed()) {
        return false;
      }
    } catch (RuntimeException unknown) {
      e.addSuppressed(unknown);
      return false; // treated as not committed: abort keeps a complete journal anyway
    }
    LOG.warn(
        "run {} failed after it committed ({}): completing its publish", tx.runId(), e.toString());
    try {
      store.recover();
    } catch (RuntimeException again) {
      e.addSuppressed(again);
      LOG.warn(
          "run {} stays committed; the next writer on {} completes its publish",
          tx.runId(),
          store.root());
    }
    return true;
  }
}
