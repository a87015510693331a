package com.newspulse.cli;

import com.newspulse.job.NewsPulseJob.RunResult;
import com.newspulse.job.RunCounts;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/** Console output of the commands: short, aligned, greppable. */
final class Printer {
  private Printer() {}

  /**
   * Refreshes the DuckDB catalog of a local output for BI tools. Called by the job while it still
   * holds the writer lock ({@code NewsPulseJob.whenPublished}). The tables are already published,
   * so a failure here is a warning, not a failed run.
   */
  static void catalog(PrintStream out, String output) {
    try {
      com.newspulse.publish.DuckDbCatalog.writeIfLocal(output)
          .ifPresent(db -> out.println("BI catalog: " + db));
    } catch (RuntimeException e) {
      out.println(
          "warning: tables published, but the DuckDB catalog was not written ("
              + e.getMessage()
              + "); run 'newspulse catalog --output "
              + output
              + "'");
    }
  }

  static void result(PrintStream out, String command, String output, RunResult r) {
    out.println();
    out.printf(
        "%s finished: run %s, window %s, output %s%n",
        command, r.runId(), r.window() == null ? "(no dated rows)" : r.window(), output);
    RunCounts c = r.counts();
    if (c != null) {
      out.printf(
          Locale.ROOT,
          "rows read %,d = accepted %,d + quarantined %,d + duplicates %,d   (outside window: %,d)%n",
          c.read(),
          c.accepted(),
          c.quarantined(),
          c.duplicates(),
          c.outsideWindow());
    }
    if (!r.skippedFiles().isEmpty()) {
      out.printf(
          "warning: %d unreadable input file(s) skipped (input.unreadable-files = skip), their"
              + " rows are in no count:%n",
          r.skippedFiles().size());
      r.skippedFiles().forEach(f -> out.println("  " + f));
    }
    StringBuilder times = new StringBuilder("seconds per stage:");
    for (Map.Entry<String, Double> e : new java.util.TreeMap<>(r.stageSeconds()).entrySet()) {
      times.append(String.format(Locale.ROOT, " %s %.1f", e.getKey(), e.getValue()));
    }
    out.println(times);
  }
}
