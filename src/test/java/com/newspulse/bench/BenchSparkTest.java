package com.newspulse.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.newspulse.core.generate.GeneratorSettings;
import com.newspulse.core.kb.KnowledgeBase;
import com.newspulse.spark.SparkTestBase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench on a tiny corpus with the cheap rows only: the table is complete and its figures
 * positive.
 */
class BenchSparkTest extends SparkTestBase {
  private static final List<BenchRow> CHEAP =
      List.of(
          BenchRow.FLOOR, BenchRow.SEGMENT_OURS, BenchRow.KEYWORDS_OURS, BenchRow.ENTITIES_OURS);

  @TempDir Path dir;

  @Test
  void printsOneRowPerCheapRowWithPositiveThroughput() {
    GeneratorSettings corpus =
        new GeneratorSettings(200, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), 42, false);
    Bench.Settings settings =
        new Bench.Settings(corpus, dir.toString(), CHEAP, "newspulse bench --articles 200");

    String printed = runBench(settings);

    assertThat(printed)
        .contains(BenchReport.HEADER)
        .contains("command: newspulse bench --articles 200")
        .contains("machine: ")
        .contains("keywords-ours")
        .doesNotContain("FAILED");
    for (BenchRow row : CHEAP) {
      String[] cols = tableLine(printed, row).trim().split("\\s+");
      // row, articles, seconds, articles/s, MB/s, CPU s, peak heap MB
      assertThat(cols).as(row.id()).hasSize(7);
      assertThat(number(cols[1])).as(row.id() + " articles").isEqualTo(200);
      assertThat(number(cols[3])).as(row.id() + " articles/s").isPositive();
      assertThat(number(cols[4])).as(row.id() + " MB/s").isPositive();
      assertThat(number(cols[6])).as(row.id() + " peak heap MB").isPositive();
    }
    assertThat(printed.lines().filter(l -> l.startsWith(BenchRow.SEGMENT_SPARKNLP.id()))).isEmpty();
    assertThat(printed)
        .contains("n/a (segment-sparknlp not run)")
        .contains("n/a (entities-sparknlp not run)");
    // Our extractor never returns the same keyword twice in one article.
    assertThat(printed).containsPattern("keywords-ours\\s+2,000 / 2,000 / 0 / 0");
    assertThat(Files.exists(dir.resolve("input").resolve(BenchCorpus.MARKER))).isTrue();

    // Second run (floor only, to stay quick): the corpus is reused, not generated again.
    Bench.Settings again =
        new Bench.Settings(corpus, dir.toString(), List.of(BenchRow.FLOOR), "again");
    assertThat(runBench(again)).contains("(reused)");
  }

  @Test
  void growsTheKnowledgeBaseBySyntheticAliasesAndNeedsAModelForNer() {
    GeneratorSettings corpus =
        new GeneratorSettings(100, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), 42, false);
    String printed =
        runBench(
            new Bench.Settings(
                corpus,
                dir.toString(),
                List.of(BenchRow.ENRICH_NER, BenchRow.ENRICH_KB_1K, BenchRow.RUN),
                "kb"));

    KnowledgeBase fixture = KnowledgeBase.load(resource("fixtures/kb"));
    assertThat(printed)
        .contains(
            String.format(
                java.util.Locale.ROOT,
                "enrich-kb1k: knowledge base of %,d entities, %,d aliases",
                fixture.size() + 500,
                fixture.aliasCount() + 1_000));
    assertThat(number(tableLine(printed, BenchRow.ENRICH_KB_1K).trim().split("\\s+")[1]))
        .isEqualTo(100);
    // An enrich row splits its time between the enrich stage and the topics stage the command also
    // runs.
    assertThat(printed)
        .containsPattern(
            "enrich-kb1k stages \\(s\\): enrich \\d+\\.\\d, publish \\d+\\.\\d, topics \\d+\\.\\d \\(topics");
    assertThat(tableLine(printed, BenchRow.ENRICH_NER))
        .contains("FAILED")
        .contains("needs a model: ner.model=DIR");
    assertThat(BenchRow.defaults())
        .doesNotContain(BenchRow.ENRICH_NER, BenchRow.ENRICH_KB_1M)
        .contains(BenchRow.RUN);

    // The run row says what its trends stage worked on: the cells are the rows of its trends table,
    // far fewer than the dense keys x periods grid.
    var trends = spark().read().parquet(dir.resolve("run/trends").toString());
    long cells = trends.count();
    long keys = trends.select("dimension", "key").distinct().count();
    long periods = trends.select("granularity", "period_start").distinct().count();
    assertThat(cells).isPositive().isLessThan(keys * periods);
    assertThat(printed)
        .contains(
            String.format(
                java.util.Locale.ROOT,
                "-> %,d cells (granularity, period, key) of %,d"
                    + " keys x %,d periods (a dense grid would be %,d)",
                cells,
                keys,
                periods,
                keys * periods));
  }

  private String runBench(Bench.Settings settings) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      new Bench(testConfig(), spark()).run(settings, out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static String tableLine(String printed, BenchRow row) {
    return printed
        .lines()
        .filter(l -> l.startsWith(row.id() + " "))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no table row " + row.id() + " in:\n" + printed));
  }

  private static double number(String s) {
    return Double.parseDouble(s.replace(",", ""));
  }
}
