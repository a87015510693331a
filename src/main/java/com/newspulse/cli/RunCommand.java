package com.newspulse.cli;

import com.newspulse.config.NewsPulseConfig;
import com.newspulse.job.NewsPulseJob;
import com.newspulse.spark.SparkSetup;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Ingest -> enrich -> topics -> trends -> publish, as one transaction.",
      "Re-running a window replaces exactly that window's data; other dates are untouched."
    })
final class RunCommand implements Callable<Integer> {
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
    SparkSession spark = SparkSetup.session(config);
    NewsPulseJob newsPulse =
        new NewsPulseJob(config, spark, output)
            .whenPublished(() -> Printer.catalog(System.out, output));
    NewsPulseJob.RunResult r = newsPulse.run(input, job.from, job.to);
    Printer.result(System.out, "run", output, r);
    if (newsPulse.store().iceberg() != null) {
      System.out.println("Iceberg tables: " + newsPulse.store().iceberg().describe());
    }
    return 0;
  }
}
