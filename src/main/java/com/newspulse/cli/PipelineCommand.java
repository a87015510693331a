package com.newspulse.cli;

import com.newspulse.config.NewsPulseConfig;
import com.newspulse.job.NewsPulseJob;
import com.newspulse.spark.SparkSetup;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** A pipeline command on one output: its {@code --output}, the shared job options, the job. */
abstract class PipelineCommand implements Callable<Integer> {
  @Option(
      names = "--output",
      required = true,
      paramLabel = "PATH",
      description = "Output folder of the tables.")
  String output;

  @Mixin JobOptions job;

  /** The job on {@link #output}, in a Spark session made from the command's config. */
  NewsPulseJob newJob() {
    NewsPulseConfig config = job.config();
    return new NewsPulseJob(config, SparkSetup.session(config), output);
  }
}
