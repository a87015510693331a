package com.newspulse.cli;

import com.newspulse.config.ConfigLoader;
import com.newspulse.core.generate.GeneratorSettings;
import com.newspulse.corpus.SyntheticCorpus;
import com.newspulse.spark.SparkSetup;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Write a deterministic synthetic corpus in the input schema, with planted trends:",
      "an EXPORT_CONTROLS burst on 3 days at 2/3 of the range, Huawei ramping up, Toyota steady."
    })
final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--articles", required = true, paramLabel = "N", description = "Number of rows.")
  long articles;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "DATE",
      description = "First day, e.g. 2025-01-01.")
  LocalDate from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "DATE",
      description = "Last day (inclusive).")
  LocalDate to;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "PATH",
      description = "Output folder (replaced).")
  String out;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--dirty",
      description = "Also plant bad rows of every quarantine kind and duplicates.")
  boolean dirty;

  @Option(
      names = "--hostile",
      description =
          "Also plant hostile Unicode in 1 of 10 clean rows (emoji with "
              + "selectors, lone combining marks, RTL, unspaced CJK, markup, a 200,000-letter word, invisible-only and "
              + "control-character text, a Polish story labelled English): a fuzz corpus; see"
              + " docs/quality.md.")
  boolean hostile;

  @Option(
      names = "--short-text",
      description =
          "Bodies of the story's first two sentences (about 300 characters, with the headline):"
              + " the shape of a real feed's items.")
  boolean shortText;

  @Override
  public Integer call() {
    GeneratorSettings settings;
    try {
      settings = new GeneratorSettings(articles, from, to, seed, dirty, hostile, shortText);
    } catch (IllegalArgumentException e) {
      throw new com.newspulse.config.InvalidConfigException(e.getMessage(), e);
    }
    SparkSession spark = SparkSetup.session(ConfigLoader.load(null, List.of()));
    long t0 = System.nanoTime();
    SyntheticCorpus.write(spark, settings, out);
    System.out.printf(
        "generated %,d articles %s..%s (seed %d%s) into %s in %.1f s%n",
        articles,
        from,
        to,
        seed,
        (dirty ? ", dirty" : "") + (hostile ? ", hostile" : ""),
        out,
        (System.nanoTime() - t0) / 1e9);
    return 0;
  }
}
