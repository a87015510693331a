package com.newspulse.job;

/**
 * Row accounting of one ingest: {@code read = accepted + quarantined + duplicates}, where {@code
 * read} counts rows that belong to the run's window (undated rows always do) and rows of the input
 * outside the window are counted apart.
 */
public record RunCounts(
    long read, long outsideWindow, long accepted, long quarantined, long duplicates) {
  public RunCounts {
    if (read != accepted + quarantined + duplicates) {
      throw new IllegalStateException(
          "row accounting does not add up: read "
              + read
              + " != accepted "
              + accepted
              + " + quarantined "
              + quarantined
              + " + duplicates "
              + duplicates);
    }
  }

  /**
   * The counts of an ingest, each measured on its own (rows read from the input, articles and
   * quarantine rows as staged, duplicates where dedup dropped them); throws when they do not add
   * up, which means a row was lost or counted twice: a bug, never published.
   */
  public static RunCounts balanced(
      long read, long outsideWindow, long accepted, long quarantined, long duplicates) {
    if (read != accepted + quarantined + duplicates) {
      throw new IllegalStateException(
          "row accounting does not balance: read "
              + read
              + " != accepted "
              + accepted
              + " + quarantined "
              + quarantined
              + " + duplicates "
              + duplicates
              + " (a row was lost or counted twice;"
              + " nothing was published)");
    }
    return new RunCounts(read, outsideWindow, accepted, quarantined, duplicates);
  }

  /**
   * These counts after enrich quarantined {@code failed} accepted articles (ANALYSIS_FAILED,
   * UNSUPPORTED_LANGUAGE).
   */
  public RunCounts withAnalysisFailed(long failed) {
    return failed == 0
        ? this
        : new RunCounts(read, outsideWindow, accepted - failed, quarantined + failed, duplicates);
  }
}
