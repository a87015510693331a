package com.newspulse.cli;

import com.newspulse.config.NewsPulseConfig;
import com.newspulse.core.eval.Prf;
import com.newspulse.core.eval.SetScorer;
import com.newspulse.eval.GoldEval;
import com.newspulse.eval.GoldMapping;
import com.newspulse.job.NewsPulseJob;
import com.newspulse.spark.SparkSetup;
import com.newspulse.spark.TableStore;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Runs the pipeline on a corpus with gold labels (see 'import') and prints precision,",
        "recall and F1 against them; error lists go to <output>/eval/ (or --errors).",
        "Example: import Reuters-21578, then",
        "  newspulse eval --input reuters.parquet --output out --gold conf/eval/reuters21578.conf"})
final class EvalCommand implements Callable<Integer> {
  @Option(names = "--input", paramLabel = "PATH", description = "Input articles (Parquet) with a gold column.")
  String input;

  @Option(names = "--output", required = true, paramLabel = "PATH", description = "Output folder of the tables.")
  String output;

  @Option(names = "--gold", required = true, paramLabel = "FILE",
      description = "Label mapping of the gold corpus, e.g. conf/eval/reuters21578.conf.")
  Path gold;

  @Option(names = "--skip-run", description = "Score the tables already in --output; do not run the pipeline.")
  boolean skipRun;

  @Option(names = "--errors", paramLabel = "DIR", description = "Where to write the error lists.")
  Path errors;

  @Mixin
  JobOptions job;

  @Override
  public Integer call() {
    GoldMapping mapping = GoldMapping.load(gold);
    NewsPulseConfig config = job.config();
    SparkSession spark = SparkSetup.session(config);
    if (!skipRun) {
      if (input == null) {
        throw new com.newspulse.config.InvalidConfigException("--input is required unless --skip-run is given");
      }
      NewsPulseJob.RunResult r = new NewsPulseJob(config, spark, output).run(input, job.from, job.to);
      Printer.result(System.out, "run", output, r);
    }
    GoldEval.Report report = new GoldEval(new TableStore(spark, output), mapping).evaluate();
    Path dir = errors != null ? errors : Path.of(output, "eval");
    print(System.out, report);
    if (!output.contains("://")) {
      GoldEval.writeErrors(report, dir);
      System.out.println("error lists: " + dir.toAbsolutePath());
    }
    return 0;
  }

  static void print(PrintStream out, GoldEval.Report r) {
    out.println();
    out.printf(Locale.ROOT, "eval over %,d articles with gold labels%n", r.articles());
    out.println("places (countries vs gold places), micro-averaged:");
    out.println("  all    " + r.places().total());
    for (Map.Entry<String, Prf> e : r.places().byGroup().entrySet()) {
      out.printf(Locale.ROOT, "  %-6s %s%n", e.getKey(), e.getValue());
    }
    out.println("topics (primary themes vs gold topics):");
    for (Map.Entry<String, SetScorer> e : r.topics().entrySet()) {
      out.printf(Locale.ROOT, "  %-10s %s%n", e.getKey(), e.getValue().total());
    }
    out.printf(Locale.ROOT, "people recall: knowledge base %.3f, with candidates %.3f  (%d gold)%n",
        r.peopleKb().recall(), r.peopleAll().recall(), r.peopleAll().tp() + r.peopleAll().fn());
    out.printf(Locale.ROOT, "orgs recall:   knowledge base %.3f, with candidates %.3f  (%d gold)%n",
        r.orgsKb().recall(), r.orgsAll().recall(), r.orgsAll().tp() + r.orgsAll().fn());
    if (!r.trendRows().isEmpty() || !r.trendCheckPassed()) {
      out.println("trend check: " + (r.trendCheckPassed() ? "PASSED (a burst in the window)" : "FAILED (no burst)"));
      r.trendRows().forEach(l -> out.println("  " + l));
    }
  }
}
