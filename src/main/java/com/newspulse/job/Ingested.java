package com.newspulse.job;

/** What ingest decided: the run's window (null when no dated row) and its row accounting. */
record Ingested(DateWindow window, RunCounts counts) {}
