package com.newspulse.cli;

import com.newspulse.config.NewsPulseConfig;
import com.newspulse.job.NewsPulseJob;
import com.newspulse.spark.SparkSetup;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "trends",
    mixinStandardHelpOptions = true,
    description =
        "Recompute the trends and cooccurrence tables from the published article-level tables.")
final class TrendsCommand implements Callable<Integer> {
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
        new NewsPulseJob(config, SparkSetup.session(config), output).trendsOnly(job.from, job.to);
    Printer.result(System.out, "trends", output, r);
    return 0;
  }
}
