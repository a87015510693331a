package com.newspulse.cli;

import com.newspulse.config.NewsPulseConfig;
import com.newspulse.job.NewsPulseJob;
import com.newspulse.spark.SparkSetup;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description =
        "Validate and de-duplicate input articles into the articles and quarantine tables.")
final class IngestCommand implements Callable<Integer> {
  @Option(
      names = "--input",
      required = true,
      paramLabel = "PATH",
      description = "Input articles (Parquet).")
  String input;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "PATH",
      description = "Output folder of the tables.")
  String output;

  @Mixin JobOptions job;

  @Override
  public Integer call() {
    NewsPulseConfig config = job.config();
    NewsPulseJob.RunResult r =
        new NewsPulseJob(config, SparkSetup.session(config), output)
            .ingestOnly(input, job.from, job.to);
    Printer.result(System.out, "ingest", output, r);
    return 0;
  }
}
