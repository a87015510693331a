package com.newspulse.cli;

import com.newspulse.config.NewsPulseConfig;
import com.newspulse.job.NewsPulseJob;
import com.newspulse.spark.SparkSetup;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;

/** A pipeline command on one output: its {@code --output}, the shared job options, the job. */
abstract class PipelineCommand implements Callable<Integer> {
  @Mixin OutputOption output;

  @Mixin JobOptions job;

  /** The job on {@link #output}, in a Spark session made from the command's config. */
  NewsPulseJob newJob() {
    NewsPulseConfig config = job.config();
    return new NewsPulseJob(config, SparkSetup.session(config), output.path);
  }
}
