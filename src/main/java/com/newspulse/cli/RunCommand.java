package com.newspulse.cli;

import com.newspulse.job.NewsPulseJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Ingest -> enrich -> topics -> trends -> publish, as one transaction.",
      "Re-running a window replaces exactly that window's data; other dates are untouched."
    })
final class RunCommand extends PipelineCommand {
  @Option(
      names = "--input",
      required = true,
      paramLabel = "PATH",
      description = "Input articles (Parquet).")
  String input;

  @Override
  public Integer call() {
    NewsPulseJob newsPulse = newJob().whenPublished(() -> Printer.catalog(System.out, output.path));
    NewsPulseJob.RunResult r = newsPulse.run(input, job.from, job.to);
    Printer.result(System.out, "run", output.path, r);
    if (newsPulse.store().iceberg() != null) {
      System.out.println("Iceberg tables: " + newsPulse.store().iceberg().describe());
    }
    return 0;
  }
}
