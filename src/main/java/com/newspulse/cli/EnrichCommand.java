package com.newspulse.cli;

import picocli.CommandLine.Command;

@Command(
    name = "enrich",
    mixinStandardHelpOptions = true,
    description =
        "Extract entities, themes, keywords and amounts from the published articles table.")
final class EnrichCommand extends PipelineCommand {
  @Override
  public Integer call() {
    Printer.result(System.out, "enrich", output.path, newJob().enrichOnly(job.from, job.to));
    return 0;
  }
}
