package com.newspulse.job;

import java.util.List;

/**
 * What ingest decided: the run's window (null when no dated row), its row accounting, and the input
 * files it skipped as unreadable ({@code input.unreadable-files = skip}; "path (size: error)"
 * each).
 */
record Ingested(DateWindow window, RunCounts counts, List<String> skippedFiles) {
  Ingested {
    skippedFiles = List.copyOf(skippedFiles);
  }

  Ingested(DateWindow window, RunCounts counts) {
    this(window, counts, List.of());
  }
}
