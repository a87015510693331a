package com.newspulse.cli;

import com.newspulse.bench.Bench;
import com.newspulse.bench.BenchRow;
import com.newspulse.config.InvalidConfigException;
import com.newspulse.config.NewsPulseConfig;
import com.newspulse.core.generate.GeneratorSettings;
import com.newspulse.spark.SparkSetup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Throughput side by side, in one run on one synthetic input: a read-and-touch",
      "floor, our segmenter, keyword extractor and entity matcher against Spark NLP's",
      "(the entity reference: TextMatcher fed from the knowledge base, with every",
      "difference classified), the enrich stage and the whole run. Prints seconds, articles/s, MB/s, CPU seconds and peak heap",
      "per row, and their ratios. --from/--to are the dates of the generated corpus",
      "(default 2025-01-01..2025-06-30). See docs/benchmarks.md."
    })
final class BenchCommand implements Callable<Integer> {
  static final LocalDate DEFAULT_FROM = LocalDate.of(2025, 1, 1);
  static final LocalDate DEFAULT_TO = LocalDate.of(2025, 6, 30);

  @Option(
      names = "--articles",
      defaultValue = "20000",
      paramLabel = "N",
      description = "Corpus size (default: ${DEFAULT-VALUE}).")
  long articles;

  @Option(
      names = "--dir",
      defaultValue = "newspulse-bench",
      paramLabel = "PATH",
      description =
          "Working folder: input/ (reused while N and dates match) and one folder per row"
              + " (default: ${DEFAULT-VALUE}).")
  String dir;

  @Option(
      names = "--rows",
      split = ",",
      paramLabel = "ROW",
      description =
          "Rows to run, comma-separated (default: all but the opt-in ones): floor, segment-ours,"
              + " segment-sparknlp, keywords-ours, keywords-sparknlp, entities-ours, entities-sparknlp, enrich, run;"
              + " opt-in: enrich-ner (needs ner.model=DIR), enrich-kb1k, enrich-kb100k, enrich-kb1m (synthetic aliases"
              + " added to the knowledge base), short-text (the run on two-sentence bodies),"
              + " daily-after-history (the last day on an output holding every earlier day),"
              + " small-runs (the first day run 10 times in one JVM: a run's fixed cost).")
  List<String> rows = new ArrayList<>();

  @Mixin JobOptions job;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    NewsPulseConfig config = job.config();
    LocalDate from = job.from != null ? job.from : DEFAULT_FROM;
    LocalDate to = job.to != null ? job.to : DEFAULT_TO;
    GeneratorSettings corpus;
    List<BenchRow> wanted;
    try {
      corpus = new GeneratorSettings(articles, from, to, 42, false);
      wanted = rows.isEmpty() ? BenchRow.defaults() : BenchRow.parse(rows);
    } catch (IllegalArgumentException e) {
      throw new InvalidConfigException(e.getMessage(), e);
    }
    SparkSession spark = SparkSetup.session(config);
    new Bench(config, spark)
        .run(new Bench.Settings(corpus, dir, wanted, commandLine()), System.out);
    return 0;
  }

  /** The command as typed, for the report (the top-level parse result holds every argument). */
  private String commandLine() {
    CommandLine top = spec.commandLine();
    while (top.getParent() != null) {
      top = top.getParent();
    }
    CommandLine.ParseResult parsed = top.getParseResult();
    List<String> args = parsed != null ? parsed.originalArgs() : List.of("bench");
    return "newspulse " + String.join(" ", args);
  }
}
