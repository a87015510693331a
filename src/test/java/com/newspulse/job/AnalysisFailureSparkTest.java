package com.newspulse.job;

import static com.newspulse.spark.TestCorpus.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.newspulse.spark.SparkTestBase;
import com.newspulse.spark.TestCorpus;
import com.newspulse.tables.Tables;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One article whose analysis cannot finish (here a user's theme pattern that recurses once per
 * character overflows the stack on one giant token) is quarantined as {@code ANALYSIS_FAILED}, and
 * the run publishes everything else with the rows accounted for.
 */
class AnalysisFailureSparkTest extends SparkTestBase {
  @TempDir Path tmp;

  @Test
  void anArticleThatBreaksAnExtractorIsQuarantinedAndTheRunGoesOn() throws Exception {
    Path themes = tmp.resolve("themes.conf");
    // (?:x|y)* recurses once per repetition in java.util.regex: a 300,000-letter run overflows the
    // stack.
    Files.writeString(
        themes,
        """
        themes = [ { id = EXPORT_CONTROLS, label = "Export controls", terms = ["export controls"]
                     patterns = [\"\"\"\\bzz(?:x|y)*\\b\"\"\"] } ]""");
    String input =
        TestCorpus.write(
            tmp.resolve("in"),
            article(
                "ok1",
                "2025-03-03T10:00:00Z",
                "Chips",
                "Nvidia faces new export controls in China.",
                "wire"),
            article(
                "bad",
                "2025-03-03T11:00:00Z",
                "Noise",
                "Huawei said zz" + "x".repeat(300_000) + " today.",
                "wire"),
            article(
                "ok2", "2025-03-04T10:00:00Z", "Cars", "Toyota sold more cars in Japan.", "wire"));

    NewsPulseJob job =
        new NewsPulseJob(
            testConfig("themes.path=\"" + themes + "\""), spark(), tmp.resolve("out").toString());
    NewsPulseJob.RunResult r = job.run(input, null, null);

    assertThat(r.counts().read()).isEqualTo(3);
    assertThat(r.counts().accepted()).isEqualTo(2);
    assertThat(r.counts().quarantined()).isEqualTo(1);
    assertThat(r.counts().duplicates()).isZero();
    Row q = job.store().read(Tables.QUARANTINE).first();
    assertThat((String) q.getAs("id")).isEqualTo("bad");
    assertThat((String) q.getAs("reason")).isEqualTo("ANALYSIS_FAILED");
    assertThat((String) q.getAs("detail")).contains("StackOverflowError");
    assertThat(
            job.store().read(Tables.ARTICLES).orderBy("article_id").collectAsList().stream()
                .map(x -> (String) x.getAs("article_id"))
                .toList())
        .containsExactly("ok1", "ok2");
    assertThat(job.store().read(Tables.ENTITY_MENTIONS).filter("article_id = 'bad'").count())
        .isZero();
    assertThat(
            job
                .store()
                .read(Tables.ARTICLE_THEMES)
                .select("article_id", "theme_id")
                .collectAsList()
                .stream()
                .map(x -> x.getString(0) + "|" + x.getString(1))
                .toList())
        .containsExactly("ok1|EXPORT_CONTROLS");
    Row run = job.store().read(Tables.RUNS).first();
    assertThat((String) run.getAs("status")).isEqualTo("SUCCEEDED");
    assertThat((long) run.getAs("rows_quarantined")).isEqualTo(1);
  }
}
