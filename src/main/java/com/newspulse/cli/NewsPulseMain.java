package com.newspulse.cli;

import com.newspulse.NewsPulseException;
import com.newspulse.job.NewsPulseJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code newspulse <command>}: the only place that catches errors and exits.
 *
 * <p>Exit codes: 0 success; 1 unexpected failure (a bug or an infrastructure error: see the log); 2
 * bad configuration or usage; 3 bad or missing input (contract violations); 4 a quality gate failed
 * (nothing was published); 5 the output is being written by another command (its writer lock).
 */
@Command(
    name = "newspulse",
    mixinStandardHelpOptions = true,
    versionProvider = NewsPulseMain.Version.class,
    description =
        "Batch news analytics on Apache Spark: entities, themes, keywords, amounts and trends.",
    subcommands = {
      GenerateCommand.class,
      ImportCommand.class,
      RunCommand.class,
      IngestCommand.class,
      EnrichCommand.class,
      TrendsCommand.class,
      TopicsCommand.class,
      DemoCommand.class,
      ValidateCommand.class,
      CatalogCommand.class,
      ReportCommand.class,
      BenchCommand.class,
      EvalCommand.class,
      CandidatesCommand.class,
      TrainNerCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 ok, 1 unexpected failure, 2 bad configuration or usage,",
      "            3 bad or missing input, 4 failed quality gate (nothing published),",
      "            5 output being written by another command."
    })
public final class NewsPulseMain implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(NewsPulseMain.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "missing command: see 'newspulse --help'");
  }

  public static void main(String[] args) {
    CrashDrill.install(System.getenv(CrashDrill.VARIABLE));
    System.exit(execute(args));
  }

  /**
   * Runs a command line and returns its exit code (tests call this; {@link #main} exits with it).
   */
  public static int execute(String... args) {
    CommandLine cl = new CommandLine(new NewsPulseMain());
    cl.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          if (e instanceof NewsPulseException npe) {
            cmd.getErr().println("newspulse: error: " + npe.getMessage());
            LOG.error("exit {}: {}", npe.exitCode(), npe.getMessage());
            return npe.exitCode();
          }
          LOG.error("exit 1: unexpected failure", e);
          cmd.getErr()
              .println(
                  "newspulse: unexpected failure: "
                      + e
                      + " (exit 1; the log above has the details)");
          return 1;
        });
    return cl.execute(args);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"newspulse " + NewsPulseJob.codeVersion()};
    }
  }
}
