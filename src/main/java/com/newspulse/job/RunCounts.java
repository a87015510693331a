package com.newspulse.job;

/**
 * Row accounting of one ingest: {@code read = accepted + quarantined + duplicates}, where
 * {@code read} counts rows that belong to the run's window (undated rows always do) and rows of
 * the input outside the window are counted apart.
 */
public record RunCounts(long read, long outsideWindow, long accepted, long quarantined, long duplicates) {
  public RunCounts {
    if (read != accepted + quarantined + duplicates) {
      throw new IllegalStateException("row accounting does not add up: read " + read + " != accepted "
          + accepted + " + quarantined " + quarantined + " + duplicates " + duplicates);
    }
  }

  /** These counts after enrich quarantined {@code failed} accepted articles as ANALYSIS_FAILED. */
  public RunCounts withAnalysisFailed(long failed) {
    return failed == 0 ? this : new RunCounts(read, outsideWindow, accepted - failed, quarantined + failed, duplicates);
  }
}
