package com.newspulse.ingest;

import static com.newspulse.spark.TestCorpus.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newspulse.job.NewsPulseJob;
import com.newspulse.job.RunCounts;
import com.newspulse.spark.ContractException;
import com.newspulse.spark.SparkTestBase;
import com.newspulse.spark.TestCorpus;
import com.newspulse.tables.Tables;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestSparkTest extends SparkTestBase {
  @TempDir Path tmp;

  private static final String BODY = "Nvidia said the chips comply with export controls.";

  @Test
  void everyBadInputKindIsQuarantinedWithItsReasonAndDuplicatesAreCounted() {
    String input =
        TestCorpus.write(
            tmp.resolve("in"),
            article("a1", "2025-03-03T10:00:00Z", "Chips", BODY, "wire"),
            article("a2", "2025-03-04", "Tariffs", "Japan weighs tariffs on steel.", "wire"),
            article(
                "a1",
                "2025-03-05T10:00:00Z",
                "Chips again",
                "A later copy under the same id.",
                "web"),
            article(
                "a4",
                "2025-03-06T08:00:00",
                "TARIFFS ",
                "japan  weighs tariffs\non steel.",
                "blog"),
            article("c1", "2025-04-01T00:30:00+02:00", "Late", "Huawei opened a lab.", "wire"),
            article("b1", "2025-03-03", null, null, "wire"),
            article("b2", "2025-03-03", " ", "  \n\t ", "wire"),
            // A headline with no body is an article (input.headline-only = accept); invisible-only
            // text
            // (zero-width and no-break spaces, a lone combining mark) is blank; a C1 control is
            // invalid.
            article("h1", "2025-03-03", "Nvidia faces new export controls", null, "feed"),
            article("b10", "2025-03-03", "\u200B", "\u200B\u00A0\u0301 \uFE0F", "wire"),
            article("b11", "2025-03-03", "C1", "a C1 control \u009D here", "wire"),
            article("b3", null, "No date", BODY + " b3", "wire"),
            article("b4", "next Tuesday", "Bad date", BODY + " b4", "wire"),
            article("b5", "1899-12-31", "Too old", BODY + " b5", "wire"),
            article("b6", "2025-03-03", "Too large", "x".repeat(201), "wire"),
            article("b7", "2025-03-03", "NUL", "bad\u0000byte", "wire"),
            article("b8", "2025-03-03", "Replacement", "lone \uFFFD surrogate", "wire"),
            article(null, "2025-03-03", "No id", BODY + " b9", "wire"));

    NewsPulseJob job =
        new NewsPulseJob(
            testConfig("input.max-text-chars=200", "quality.max-quarantined-share=1.0"),
            spark(),
            tmp.resolve("out").toString());
    NewsPulseJob.RunResult r = job.ingestOnly(input, null, null);

    assertThat(r.counts()).isEqualTo(new RunCounts(17, 0, 4, 11, 2));
    assertThat(r.window().from()).isEqualTo(LocalDate.of(2025, 3, 3));
    assertThat(r.window().to()).isEqualTo(LocalDate.of(2025, 3, 31));
    List<String> quarantined =
        job.store().read(Tables.QUARANTINE).orderBy("reason", "id").collectAsList().stream()
            .map(
                q ->
                    q.getAs("reason")
                        + ":"
                        + q.getAs("id")
                        + ":"
                        + q.getAs(Tables.QUARANTINE_PARTITION))
            .toList();
    assertThat(quarantined)
        .containsExactly(
            "BLANK_TEXT:b10:2025-03-03",
            "BLANK_TEXT:b2:2025-03-03",
            "DATE_OUT_OF_RANGE:b5:undated_2025-03-03_2025-03-31",
            "INVALID_CHARACTERS:b11:2025-03-03",
            "INVALID_CHARACTERS:b7:2025-03-03",
            "INVALID_CHARACTERS:b8:2025-03-03",
            "MISSING_DATE:b3:undated_2025-03-03_2025-03-31",
            "MISSING_ID:null:2025-03-03",
            "NULL_TEXT:b1:2025-03-03",
            "TEXT_TOO_LARGE:b6:2025-03-03",
            "UNPARSABLE_DATE:b4:undated_2025-03-03_2025-03-31");
    Row bad = job.store().read(Tables.QUARANTINE).filter("id = 'b4'").first();
    assertThat((String) bad.getAs("published_at_raw")).isEqualTo("next Tuesday");
    assertThat((String) bad.getAs("text")).isEqualTo(BODY + " b4");

    List<Row> articles = job.store().read(Tables.ARTICLES).orderBy("article_id").collectAsList();
    assertThat(articles)
        .extracting(a -> a.getAs("article_id") + "@" + a.getAs(Tables.PUBLISHED_DATE))
        .containsExactly("a1@2025-03-03", "a2@2025-03-04", "c1@2025-03-31", "h1@2025-03-03");
    // The earliest copy wins; a timestamp with an offset is converted to UTC.
    assertThat((String) articles.get(0).getAs("title")).isEqualTo("Chips");
    assertThat((Instant) articles.get(2).getAs("published_at"))
        .isEqualTo(Instant.parse("2025-03-31T22:30:00Z"));

    Row run = job.store().read(Tables.RUNS).first();
    assertThat(
            List.of(
                run.getAs("rows_read"),
                run.getAs("rows_accepted"),
                run.getAs("rows_quarantined"),
                run.getAs("rows_duplicates")))
        .containsExactly(17L, 4L, 11L, 2L);
    assertThat((String) run.getAs("status")).isEqualTo("SUCCEEDED");
  }

  @Test
  void rowsOutsideTheWindowAreCountedApartAndUndatedRowsBelongToEveryRun() {
    String input =
        TestCorpus.write(
            tmp.resolve("in"),
            article("a1", "2025-03-03T10:00:00Z", "Chips", BODY, "wire"),
            article("a2", "2025-04-04", "Later", "Japan weighs tariffs on steel.", "wire"),
            article("b3", null, "No date", BODY, "wire"));
    NewsPulseJob job = new NewsPulseJob(testConfig(), spark(), tmp.resolve("out").toString());
    NewsPulseJob.RunResult r =
        job.ingestOnly(input, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));
    assertThat(r.counts()).isEqualTo(new RunCounts(2, 1, 1, 1, 0));
  }

  @Test
  void dailyRunsKeepEveryWindowsUndatedRowsAndAReRunReplacesOnlyItsOwn() {
    NewsPulseJob job = new NewsPulseJob(testConfig(), spark(), tmp.resolve("out").toString());
    for (int day = 3; day <= 5; day++) {
      String in =
          TestCorpus.write(
              tmp.resolve("in" + day),
              article("a" + day, "2025-03-0" + day + "T10:00:00Z", "Chips", BODY, "wire"),
              article("u" + day, null, "No date", BODY, "wire"));
      LocalDate d = LocalDate.of(2025, 3, day);
      job.ingestOnly(in, d, d);
    }
    // The day-4 feed is delivered again, corrected: its undated row changes, the others stay.
    String fixed =
        TestCorpus.write(
            tmp.resolve("fix"),
            article("a4", "2025-03-04T10:00:00Z", "Chips", BODY, "wire"),
            article("u4b", "soon", "Bad date", BODY, "wire"));
    job.ingestOnly(fixed, LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 4));
    List<String> q =
        job.store().read(Tables.QUARANTINE).orderBy("id").collectAsList().stream()
            .map(
                x ->
                    x.getAs("id")
                        + ":"
                        + x.getAs("reason")
                        + ":"
                        + x.getAs(Tables.QUARANTINE_PARTITION))
            .toList();
    assertThat(q)
        .containsExactly(
            "u3:MISSING_DATE:undated_2025-03-03_2025-03-03",
            "u4b:UNPARSABLE_DATE:undated_2025-03-04_2025-03-04",
            "u5:MISSING_DATE:undated_2025-03-05_2025-03-05");
    assertThat(
            job.store()
                .read(Tables.RUNS)
                .agg(org.apache.spark.sql.functions.sum("rows_quarantined"))
                .first()
                .getLong(0))
        .isEqualTo(4); // the runs' records: 3 + the re-run's 1; the table keeps the 3 current rows
  }

  @Test
  void contractViolationsStopTheJobNamingColumnTypeAndAcceptedTypes() {
    StructType schema =
        new StructType()
            .add("id", DataTypes.StringType)
            .add("published_at", DataTypes.DoubleType)
            .add("body", DataTypes.StringType);
    String input = tmp.resolve("bad").toString();
    spark()
        .createDataFrame(List.of(row("a", 1.0, "x")), schema)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(input);
    NewsPulseJob job = new NewsPulseJob(testConfig(), spark(), tmp.resolve("out").toString());

    assertThatThrownBy(() -> job.run(input, null, null))
        .isInstanceOf(ContractException.class)
        .hasMessageContaining(
            "column 'published_at' has type double; accepted: [date, string, timestamp, timestamp_ntz]")
        .hasMessageContaining(
            "required column 'text' is missing; the input has [id, published_at, body]."
                + " Rename it or map it with input.columns.text=<column>");
    assertThat(job.store().exists(Tables.ARTICLES)).isFalse();
  }

  @Test
  void mappedColumnNamesAreHonoured() {
    StructType schema =
        new StructType()
            .add("doc_id", DataTypes.LongType)
            .add("date", DataTypes.TimestampType)
            .add("body", DataTypes.StringType)
            .add("wire_dateline", DataTypes.StringType);
    String input = tmp.resolve("mapped").toString();
    spark()
        .createDataFrame(
            List.of(
                row(
                    7L,
                    Instant.parse("2025-01-02T03:04:05Z"),
                    "Nvidia and Huawei.",
                    "TOKYO, Jan 2")),
            schema)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(input);
    NewsPulseJob job =
        new NewsPulseJob(
            testConfig(
                "input.columns.id=doc_id",
                "input.columns.published_at=date",
                "input.columns.text=body",
                "input.columns.dateline=wire_dateline"),
            spark(),
            tmp.resolve("out").toString());
    assertThat(job.ingestOnly(input, null, null).counts()).isEqualTo(new RunCounts(1, 0, 1, 0, 0));
    Row article = job.store().read(Tables.ARTICLES).first();
    assertThat((String) article.getAs("article_id")).isEqualTo("7");
    assertThat((String) article.getAs("dateline")).isEqualTo("TOKYO, Jan 2");
  }
}
