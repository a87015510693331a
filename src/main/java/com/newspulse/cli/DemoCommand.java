package com.newspulse.cli;

import com.newspulse.config.NewsPulseConfig;
import com.newspulse.core.generate.GeneratorSettings;
import com.newspulse.corpus.SyntheticCorpus;
import com.newspulse.job.NewsPulseJob;
import com.newspulse.spark.SparkSetup;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Generate a sample corpus (with some bad rows), run the whole pipeline on local Spark",
      "and print a summary: row accounting, top entities and themes, the EXPORT_CONTROLS weekly trend."
    })
final class DemoCommand implements Callable<Integer> {
  @Option(
      names = "--dir",
      defaultValue = "newspulse-demo",
      paramLabel = "PATH",
      description = "Working folder: input/ and tables/ go there (default: ${DEFAULT-VALUE}).")
  Path dir;

  @Option(
      names = "--articles",
      defaultValue = "4000",
      description = "Sample size (default: ${DEFAULT-VALUE}).")
  long articles;

  @Mixin JobOptions job;

  @Override
  public Integer call() {
    NewsPulseConfig config = job.config();
    SparkSession spark = SparkSetup.session(config);
    LocalDate from = job.from != null ? job.from : LocalDate.of(2025, 1, 1);
    LocalDate to = job.to != null ? job.to : LocalDate.of(2025, 6, 30);
    String input = dir.resolve("input").toString();
    String output = dir.resolve("tables").toString();
    GeneratorSettings settings = new GeneratorSettings(articles, from, to, 42, true);
    SyntheticCorpus.write(spark, settings, input);
    System.out.printf(
        "generated %,d sample articles %s..%s (with planted bad rows) into %s%n",
        articles, from, to, input);
    NewsPulseJob.RunResult r =
        new NewsPulseJob(config, spark, output)
            .whenPublished(() -> Printer.catalog(System.out, output))
            .run(input, null, null);
    Printer.result(System.out, "run", output, r);
    new Summary(spark, output).print(System.out);
    return 0;
  }
}
