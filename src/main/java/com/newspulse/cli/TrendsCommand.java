package com.newspulse.cli;

import picocli.CommandLine.Command;

@Command(
    name = "trends",
    mixinStandardHelpOptions = true,
    description =
        "Recompute the trends and cooccurrence tables from the published article-level tables.")
final class TrendsCommand extends PipelineCommand {
  @Override
  public Integer call() {
    Printer.result(System.out, "trends", output.path, newJob().trendsOnly(job.from, job.to));
    return 0;
  }
}
