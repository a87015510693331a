package com.newspulse.cli;

import com.newspulse.config.InvalidConfigException;
import com.newspulse.config.NewsPulseConfig;
import com.newspulse.core.eval.Prf;
import com.newspulse.core.eval.SetScorer;
import com.newspulse.core.ner.NerScorer;
import com.newspulse.eval.GoldEval;
import com.newspulse.eval.GoldMapping;
import com.newspulse.job.NewsPulseJob;
import com.newspulse.ner.NerCorpus;
import com.newspulse.ner.NerEvaluator;
import com.newspulse.ner.NerModelStore;
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

@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the pipeline on a corpus with gold labels (see 'import') and prints precision,",
      "recall and F1 against them; error lists go to <output>/eval/ (or --errors).",
      "Example: import Reuters-21578, then",
      "  newspulse eval --input reuters.parquet --output out --gold conf/eval/reuters21578.conf",
      "NER model (train-ner) on the dev split of an imported CoNLL-2003 corpus:",
      "  newspulse eval --task ner --input conll.parquet --split dev --ner-model models/ner",
      "Topic inference (plain Java) against MLlib's LDA transform on an output's articles:",
      "  newspulse eval --task topics --output out"
    })
final class EvalCommand implements Callable<Integer> {
  @Option(
      names = "--input",
      paramLabel = "PATH",
      description = "Input articles (Parquet) with a gold column.")
  String input;

  @Option(
      names = "--task",
      defaultValue = "gold",
      paramLabel = "gold|ner|topics",
      description = {
        "gold: run the pipeline and score its tables against article labels (default);",
        "ner: score the NER model (ner.model or --ner-model) on the gold sentences of --input,",
        "entity-level with exact spans (conlleval);",
        "topics: on --output's articles and current topic model, how often the run's topic",
        "inference and MLlib's LDA transform give the same top topic."
      })
  String task;

  @Option(
      names = "--output",
      paramLabel = "PATH",
      description = "Output folder of the tables (task gold).")
  String output;

  @Option(
      names = "--gold",
      paramLabel = "FILE",
      description =
          "Label mapping of the gold corpus, e.g. conf/eval/reuters21578.conf (task gold).")
  Path gold;

  @Option(
      names = "--split",
      paramLabel = "NAME",
      description = "Only this split of --input (task ner), e.g. dev.")
  String split;

  @Option(
      names = "--ner-model",
      paramLabel = "DIR",
      description = "Model from train-ner (task ner; default: ner.model).")
  String nerModel;

  @Option(
      names = "--skip-run",
      description = "Score the tables already in --output; do not run the pipeline.")
  boolean skipRun;

  @Option(names = "--errors", paramLabel = "DIR", description = "Where to write the error lists.")
  Path errors;

  @Mixin JobOptions job;

  @Override
  public Integer call() {
    if (task.equals("ner")) {
      return evalNer();
    }
    if (task.equals("topics")) {
      return evalTopics();
    }
    if (!task.equals("gold")) {
      throw new InvalidConfigException("--task must be gold, ner or topics, not " + task);
    }
    if (output == null || gold == null) {
      throw new InvalidConfigException("--task gold needs --output and --gold");
    }
    GoldMapping mapping = GoldMapping.load(gold);
    NewsPulseConfig config = job.config();
    SparkSession spark = SparkSetup.session(config);
    if (!skipRun) {
      if (input == null) {
        throw new InvalidConfigException("--input is required unless --skip-run is given");
      }
      NewsPulseJob.RunResult r =
          new NewsPulseJob(config, spark, output).run(input, job.from, job.to);
      Printer.result(System.out, "run", output, r);
    }
    GoldEval.Report report = new GoldEval(new TableStore(spark, output), mapping).evaluate();
    Path dir = errors != null ? errors : Path.of(output, "eval");
    print(System.out, report);
    if (!output.contains("://")) {
      com.newspulse.eval.EvalErrorFiles.write(report, dir);
      System.out.println("error lists: " + dir.toAbsolutePath());
    }
    return 0;
  }

  private Integer evalTopics() {
    if (output == null) {
      throw new InvalidConfigException("--task topics needs --output (a run's output folder)");
    }
    SparkSession spark = SparkSetup.session(job.config());
    var a = com.newspulse.topics.InferenceCheck.check(new TableStore(spark, output));
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "topic inference vs MLlib's LDA transform, model %s: %,d articles with a vocabulary term,"
            + " top topic agrees for %,d (%.4f), every weight within 0.01 for %,d, largest weight"
            + " difference %.2e%n",
        a.modelVersion(),
        a.articles(),
        a.sameTopTopic(),
        a.agreement(),
        a.within001(),
        a.maxWeightDifference());
    return 0;
  }

  private Integer evalNer() {
    if (input == null) {
      throw new InvalidConfigException(
          "--task ner needs --input (a corpus imported with gold sentences)");
    }
    NewsPulseConfig config = job.config();
    String model = nerModel != null ? nerModel : config.nerModel();
    if (model == null || model.isBlank()) {
      throw new InvalidConfigException(
          "--task ner needs a model: --ner-model DIR or ner.model=DIR");
    }
    SparkSession spark = SparkSetup.session(config);
    NerScorer scorer =
        new NerEvaluator(spark)
            .evaluate(NerModelStore.load(spark, model), NerCorpus.fromParquet(spark, input, split));
    printNer(
        System.out,
        (split == null ? "all of " + input : "split " + split) + ", model " + model,
        scorer);
    return 0;
  }

  static void printNer(PrintStream out, String what, NerScorer s) {
    out.println();
    out.printf(
        Locale.ROOT,
        "NER eval (%s): %,d sentences, %,d tokens; entity-level, exact span and type%n",
        what,
        s.sentences(),
        s.tokens());
    for (Map.Entry<String, Prf> e : s.byType().entrySet()) {
      out.printf(Locale.ROOT, "  %-7s %s%n", e.getKey(), e.getValue());
    }
    out.printf(Locale.ROOT, "  %-7s %s%n", "overall", s.overall());
  }

  static void print(PrintStream out, GoldEval.Report r) {
    out.println();
    out.printf(Locale.ROOT, "eval over %,d articles with gold labels%n", r.articles());
    out.println("places (countries vs gold places), micro-averaged:");
    out.println("  all    " + r.places().total());
    for (Map.Entry<String, Prf> e : r.places().byGroup().entrySet()) {
      out.printf(Locale.ROOT, "  %-6s %s%n", e.getKey(), e.getValue());
    }
    long judged = r.topics().values().stream().mapToLong(SetScorer::articles).findFirst().orElse(0);
    boolean scoped = !r.topics().isEmpty() && judged < r.articles();
    out.println(
        "topics (primary themes vs gold topics"
            + (scoped
                ? String.format(
                    Locale.ROOT,
                    "; the %,d articles judged for topics, the mapping's topics-scope)",
                    judged)
                : ")")
            + ":");
    for (Map.Entry<String, SetScorer> e : r.topics().entrySet()) {
      StringBuilder line =
          new StringBuilder(
              String.format(Locale.ROOT, "  %-10s %s", e.getKey(), e.getValue().total()));
      e.getValue()
          .byGroup()
          .forEach(
              (group, prf) ->
                  line.append(String.format(Locale.ROOT, "  %s F1 %.3f", group, prf.f1())));
      if (scoped) {
        line.append(
            String.format(
                Locale.ROOT,
                "  every article F1 %.3f",
                r.topicsAllArticles().get(e.getKey()).total().f1()));
      }
      out.println(line);
    }
    out.printf(
        Locale.ROOT,
        "people recall: knowledge base %.3f, with candidates %.3f  (%d gold)%n",
        r.peopleKb().recall(),
        r.peopleAll().recall(),
        r.peopleAll().tp() + r.peopleAll().fn());
    out.printf(
        Locale.ROOT,
        "orgs recall:   knowledge base %.3f, with candidates %.3f  (%d gold)%n",
        r.orgsKb().recall(),
        r.orgsAll().recall(),
        r.orgsAll().tp() + r.orgsAll().fn());
    if (!r.trendRows().isEmpty() || !r.trendCheckPassed()) {
      out.println(
          "trend check: "
              + (r.trendCheckPassed() ? "PASSED (a burst in the window)" : "FAILED (no burst)"));
      r.trendRows().forEach(l -> out.println("  " + l));
    }
  }
}
