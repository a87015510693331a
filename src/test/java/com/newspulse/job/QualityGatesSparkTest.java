package com.newspulse.job;

import static com.newspulse.spark.TestCorpus.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newspulse.spark.SparkTestBase;
import com.newspulse.spark.TestCorpus;
import com.newspulse.tables.Tables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each quality gate stops a run before it publishes; metrics JSON records every run. */
class QualityGatesSparkTest extends SparkTestBase {
  @TempDir Path tmp;

  private static JsonNode metrics(Path out, String runId) throws Exception {
    return new ObjectMapper().readTree(Files.readString(out.resolve("metrics/" + runId + ".json")));
  }

  @Test
  void tooManyQuarantinedRowsFailTheRunAndPublishNothing() throws Exception {
    String in =
        TestCorpus.write(
            tmp.resolve("in"),
            article("a", "2025-03-03", "ok", "Nvidia said so.", "wire"),
            article(
                "b",
                "2025-03-03",
                null,
                null,
                "wire"), // no headline either: a headline alone is an article
            article("c", "yesterday", "bad", "Text.", "wire"));
    Path out = tmp.resolve("out");
    NewsPulseJob job = new NewsPulseJob(testConfig(), spark(), out.toString());
    assertThatThrownBy(() -> job.run(in, null, null))
        .isInstanceOf(QualityGateException.class)
        .hasMessageContaining(
            "2 of 3 rows (66.7%) of window 2025-03-03..2025-03-03 were quarantined")
        .hasMessageContaining("above quality.max-quarantined-share = 0.5");
    assertThat(job.store().read(Tables.ARTICLES).count()).isZero();
    Row failed = job.store().read(Tables.RUNS).first();
    assertThat((String) failed.getAs("status")).isEqualTo("FAILED");
    assertThat((String) failed.getAs("failed_stage")).isEqualTo("ingest");
    JsonNode seconds = new ObjectMapper().readTree((String) failed.getAs("stage_seconds"));
    assertThat(seconds.fieldNames()).toIterable().containsExactly("ingest");
    assertThat(seconds.get("ingest").asDouble()).isPositive();
    try (var files = Files.list(out.resolve("metrics"))) {
      String name =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".json") && !n.startsWith("."))
              .findFirst()
              .orElseThrow();
      JsonNode m = metrics(out, name.replace(".json", ""));
      assertThat(m.get("status").asText()).isEqualTo("FAILED");
      assertThat(m.get("failed_stage").asText()).isEqualTo("ingest");
    }
    assertThat(new QualityGateException("x").exitCode()).isEqualTo(4);
  }

  @Test
  void anEmptyWindowFails() {
    String in =
        TestCorpus.write(
            tmp.resolve("in"), article("a", "2025-03-03", "ok", "Nvidia said so.", "wire"));
    NewsPulseJob job = new NewsPulseJob(testConfig(), spark(), tmp.resolve("out").toString());
    assertThatThrownBy(() -> job.run(in, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 2)))
        .isInstanceOf(QualityGateException.class)
        .hasMessageContaining(
            "window 2025-04-01..2025-04-02 has no accepted article (0 rows read, 0 quarantined)");
  }

  private static final String[] PLACES = {
    "Austin", "Berlin", "Cairo", "Dakar", "Essen", "Fresno", "Gdansk", "Hanoi", "Izmir", "Jakarta",
    "Kyoto", "Lagos", "Madrid"
  };

  @Test
  void anEntityJumpBeyondTheSanityBoundFailsWhenEnabled() throws Exception {
    List<Row> rows = new ArrayList<>();
    LocalDate d = LocalDate.of(2025, 3, 1);
    // Every text its own: one line repeated across days with only a number changed would be the
    // feed's boilerplate (source_boilerplate), and this test is about the gate.
    for (int i = 0; i < 8; i++, d = d.plusDays(1)) {
      rows.add(
          article(
              "n" + i, d.toString(), "t", "Nvidia shipped chips to " + PLACES[i] + ".", "wire"));
      rows.add(
          article("o" + i, d.toString(), "t", "Toyota sold cars in " + PLACES[i] + ".", "wire"));
    }
    for (int i = 0; i < 5; i++) {
      rows.add(
          article(
              "j" + i,
              d.toString(),
              "t",
              "Nvidia again, with buyers in " + PLACES[8 + i] + ".",
              "wire"));
    }
    rows.add(article("k", d.toString(), "t", "Toyota sold cars on day nine.", "wire"));
    String in = TestCorpus.write(tmp.resolve("in"), rows.toArray(Row[]::new));
    Path out = tmp.resolve("out");

    // Off by default: the run publishes, and its metrics say so.
    NewsPulseJob.RunResult ok =
        new NewsPulseJob(testConfig(), spark(), out.toString()).run(in, null, null);
    JsonNode m = metrics(out, ok.runId());
    assertThat(m.get("status").asText()).isEqualTo("SUCCEEDED");
    assertThat(m.get("rows_read").asLong()).isEqualTo(22);
    assertThat(m.get("rows_accepted").asLong()).isEqualTo(22);
    assertThat(m.get("stage_seconds").has("enrich")).isTrue();

    // Nvidia: baseline share 0.5, day nine 5 of 6 articles, expected 3: above 1.5 x 3.
    NewsPulseJob strict =
        new NewsPulseJob(
            testConfig(
                "quality.entity-daily-jump.max-ratio=1.5",
                "quality.entity-daily-jump.min-articles=5",
                "trends.min-baseline-periods.day=7"),
            spark(),
            out.toString());
    assertThatThrownBy(() -> strict.run(in, null, null))
        .isInstanceOf(QualityGateException.class)
        .hasMessageContaining("nvidia on 2025-03-09: 5 articles, expected 3.0");
  }
}
