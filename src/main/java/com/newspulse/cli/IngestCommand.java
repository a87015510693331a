package com.newspulse.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description =
        "Validate and de-duplicate input articles into the articles and quarantine tables.")
final class IngestCommand extends PipelineCommand {
  @Option(
      names = "--input",
      required = true,
      paramLabel = "PATH",
      description = "Input articles (Parquet).")
  String input;

  @Override
  public Integer call() {
    Printer.result(System.out, "ingest", output.path, newJob().ingestOnly(input, job.from, job.to));
    return 0;
  }
}
