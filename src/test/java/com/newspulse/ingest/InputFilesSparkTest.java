package com.newspulse.ingest;

import static com.newspulse.spark.TestCorpus.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newspulse.job.NewsPulseJob;
import com.newspulse.spark.SparkTestBase;
import com.newspulse.spark.TestCorpus;
import com.newspulse.tables.Tables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A truncated Parquet file among good ones stops the run before any work, named, with exit 3; with
 * {@code input.unreadable-files = skip} the others are run and the skipped ones listed.
 */
class InputFilesSparkTest extends SparkTestBase {
  @TempDir Path tmp;

  /** One good article, and a copy of its file cut in half: the number of bytes left. */
  private int inputWithATruncatedFile(String input) throws Exception {
    Path good;
    try (var files = Files.list(Path.of(input))) {
      good =
          files
              .filter(p -> p.getFileName().toString().endsWith(".parquet"))
              .findFirst()
              .orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(good);
    Files.write(Path.of(input, "part-cut.parquet"), Arrays.copyOf(bytes, bytes.length / 2));
    return bytes.length / 2;
  }

  private String oneArticle() {
    return TestCorpus.write(
        tmp.resolve("in"),
        article(
            "a1",
            "2025-03-03T10:00:00Z",
            "Chips",
            "Nvidia faces new export controls in China.",
            "wire"));
  }

  @Test
  void aTruncatedInputFileIsNamedAndNothingIsPublished() throws Exception {
    String input = oneArticle();
    int cut = inputWithATruncatedFile(input);
    NewsPulseJob job = new NewsPulseJob(testConfig(), spark(), tmp.resolve("out").toString());

    assertThatThrownBy(() -> job.run(input, null, null))
        .isInstanceOf(InputMissingException.class)
        .hasMessageContaining(
            "1 input file is not readable Parquet (truncated or corrupt), nothing was processed: ")
        .hasMessageContaining("part-cut.parquet (" + cut + " bytes: ")
        .satisfies(e -> assertThat(((InputMissingException) e).exitCode()).isEqualTo(3));
    assertThat(job.store().read(Tables.ARTICLES).count()).isZero();
    Row run = job.store().read(Tables.RUNS).first();
    assertThat((String) run.getAs("status")).isEqualTo("FAILED");
    assertThat((String) run.getAs("message")).contains("part-cut.parquet");
  }

  @Test
  void optInTheReadableFilesAreRunAndTheSkippedOnesListedInRunsAndMetrics() throws Exception {
    String input = oneArticle();
    int cut = inputWithATruncatedFile(input);
    Path out = tmp.resolve("out");
    NewsPulseJob job =
        new NewsPulseJob(testConfig("input.unreadable-files=skip"), spark(), out.toString());

    NewsPulseJob.RunResult r = job.run(input, null, null);

    assertThat(r.counts().read()).isEqualTo(1);
    assertThat(r.counts().accepted()).isEqualTo(1);
    assertThat(r.skippedFiles())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("part-cut.parquet (" + cut + " bytes: ");
    Row run = job.store().read(Tables.RUNS).first();
    assertThat((String) run.getAs("status")).isEqualTo("SUCCEEDED");
    assertThat((String) run.getAs("message"))
        .startsWith("skipped 1 unreadable input file (input.unreadable-files = skip)")
        .contains("part-cut.parquet (" + cut + " bytes: ");
    var metrics =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(Files.readString(out.resolve("metrics/" + r.runId() + ".json")));
    assertThat(metrics.get("skipped_input_files").size()).isEqualTo(1);
    assertThat(metrics.get("skipped_input_files").get(0).asText()).contains("part-cut.parquet");
  }

  @Test
  void optInAnInputWithNoReadableFileStillStopsTheRun() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("bad"));
    Files.write(in.resolve("part-0.parquet"), new byte[] {'P', 'A', 'R', '1', 0, 0});
    NewsPulseJob job =
        new NewsPulseJob(
            testConfig("input.unreadable-files=skip"), spark(), tmp.resolve("out").toString());

    assertThatThrownBy(() -> job.run(in.toString(), null, null))
        .isInstanceOf(InputMissingException.class)
        .hasMessageContaining("no input file under " + in + " is readable Parquet")
        .hasMessageContaining("part-0.parquet (6 bytes: ");
  }
}
