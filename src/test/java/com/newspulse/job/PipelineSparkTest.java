package com.newspulse.job;

import static com.newspulse.spark.TestCorpus.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newspulse.config.InvalidConfigException;
import com.newspulse.spark.SparkTestBase;
import com.newspulse.spark.TestCorpus;
import com.newspulse.tables.Tables;
import com.newspulse.testing.OutputTables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on hand-written articles whose every answer is known: the JVM's shared run of
 * them ({@link #knownOutput()}), and copies of it for the tests that run again.
 */
class PipelineSparkTest extends SparkTestBase {
  @TempDir Path tmp;

  @Test
  void extractsExactlyTheKnownEntitiesThemesAndAmounts() {
    NewsPulseJob job = new NewsPulseJob(testConfig(), spark(), knownOutput().toString());

    assertThat(
            lines(job.store().read(Tables.ARTICLE_ENTITIES), "article_id", "entity_id", "mentions"))
        .containsExactlyInAnyOrder(
            "p1|nvidia|2",
            "p1|h20|1",
            "p1|jensen-huang|2",
            "p1|china|1",
            "p2|bis|1",
            "p2|huawei|1",
            "p2|united-states|1",
            "p2|japan|1",
            "p3|toyota|1",
            "p4|apple|1",
            "p4|recep-erdogan|1");
    assertThat(
            lines(
                job.store().read(Tables.ENTITY_MENTIONS).filter("article_id = 'p1'"),
                "entity_id",
                "surface",
                "sentence",
                "method"))
        .containsExactlyInAnyOrder(
            "nvidia|Nvidia|0|alias",
            "h20|H20|0|alias",
            "jensen-huang|Jensen Huang|1|alias",
            "nvidia|Nvidia|1|alias",
            "jensen-huang|Huang|2|surname",
            "china|China|2|alias");
    Row text = job.store().read(Tables.ARTICLES).filter("article_id = 'p1'").first();
    for (Row m :
        job.store().read(Tables.ENTITY_MENTIONS).filter("article_id = 'p1'").collectAsList()) {
      String t = text.getAs("text");
      assertThat(t.substring(m.<Integer>getAs("start"), m.<Integer>getAs("end")))
          .isEqualTo(m.getAs("surface"));
    }
    assertThat(lines(job.store().read(Tables.ARTICLE_THEMES), "article_id", "theme_id", "hits"))
        .containsExactlyInAnyOrder(
            "p1|EXPORT_CONTROLS|1", "p1|SEMICONDUCTORS|1", "p2|EXPORT_CONTROLS|1", "p2|TARIFFS|1");
    assertThat(
            lines(
                job.store().read(Tables.AMOUNTS),
                "article_id",
                "kind",
                "value",
                "currency",
                "surface"))
        .containsExactlyInAnyOrder("p2|PERCENT|25.0|null|25%", "p3|MONEY|5.5E9|USD|$5.5 billion");
    Dataset<Row> kw = job.store().read(Tables.ARTICLE_KEYWORDS);
    assertThat(kw.groupBy("article_id", "keyword").count().filter("count > 1").count()).isZero();
    assertThat(kw.select("article_id").distinct().count()).isEqualTo(4);
  }

  @Test
  void trendsCountArticlesPerPeriodWithShareAndCooccurrence() {
    // A copy: the trends-only run below rewrites cooccurrence.
    String out = knownOutputCopy(tmp.resolve("out")).toString();
    NewsPulseJob job = new NewsPulseJob(testConfig(), spark(), out);
    Dataset<Row> trends = job.store().read(Tables.TRENDS);

    // Week of 2025-03-03 has p1, p2; week of 2025-03-10 has p3, p4. Every theme has a dense weekly
    // series: a zero row where it had no article, none for the following weeks without any news.
    assertThat(
            lines(
                trends.filter("granularity = 'week' AND dimension = 'theme'"),
                "period_start",
                "key",
                "articles",
                "mentions",
                "period_articles",
                "share"))
        .containsExactlyInAnyOrder(
            "2025-03-03|EXPORT_CONTROLS|2|2|2|1.0",
            "2025-03-03|SEMICONDUCTORS|1|1|2|0.5",
            "2025-03-03|TARIFFS|1|1|2|0.5",
            "2025-03-10|EXPORT_CONTROLS|0|0|2|0.0",
            "2025-03-10|SEMICONDUCTORS|0|0|2|0.0",
            "2025-03-10|TARIFFS|0|0|2|0.0");
    // Sparse keys stay sparse: day granularity is not filled, and Nvidia is under
    // zero-fill.min-articles.
    assertThat(
            trends.filter("articles = 0 AND (granularity = 'day' OR dimension <> 'theme')").count())
        .isZero();
    assertThat(
            lines(
                trends.filter("granularity = 'month' AND dimension = 'entity' AND key = 'nvidia'"),
                "period_start",
                "label",
                "entity_type",
                "articles",
                "mentions",
                "share"))
        .containsExactly("2025-03-01|Nvidia|ORG|1|2|0.25");
    assertThat(
            lines(
                trends.filter("granularity = 'day' AND dimension = 'source'"),
                "period_start",
                "key",
                "articles"))
        .containsExactlyInAnyOrder(
            "2025-03-03|wire|1", "2025-03-04|wire|1", "2025-03-10|ledger|1", "2025-03-11|ledger|1");
    // Too little history for a baseline: no z-score, no burst.
    assertThat(trends.filter("z_score IS NOT NULL OR burst").count()).isZero();

    Dataset<Row> co = job.store().read(Tables.COOCCURRENCE).filter("granularity = 'month'");
    assertThat(co.count()).isZero(); // default min-articles 3: no pair reaches it
    NewsPulseJob loose = new NewsPulseJob(testConfig("cooccurrence.min-articles=1"), spark(), out);
    loose.trendsOnly(null, null);
    Dataset<Row> month = loose.store().read(Tables.COOCCURRENCE).filter("granularity = 'month'");
    // p1 and p2 have 6 items each (15 pairs each), p4 has 2 (1 pair), p3 has 1.
    assertThat(month.count()).isEqualTo(31);
    // npmi = log((1/4) / ((1/4)(2/4))) / -log(1/4) = 0.5
    assertThat(
            lines(
                month.filter("key_a = 'nvidia' AND key_b = 'EXPORT_CONTROLS'"),
                "dimension_a",
                "dimension_b",
                "articles",
                "articles_a",
                "articles_b",
                "period_articles",
                "npmi"))
        .containsExactly("entity|theme|1|1|2|4|0.5");
  }

  @Test
  void reRunningAWindowReplacesItAndLeavesOtherDatesAlone() throws Exception {
    String out = knownOutputCopy(tmp.resolve("out")).toString();
    NewsPulseJob job = new NewsPulseJob(testConfig(), spark(), out);
    String in = knownInput();
    Map<String, List<String>> before = snapshot(job);

    job.run(in, null, null);
    assertThat(snapshot(job)).isEqualTo(before);

    // A second run for one day only, from a corrected feed: that day changes, the rest stays.
    String fix =
        TestCorpus.write(
            tmp.resolve("fix"),
            article(
                "p3b",
                "2025-03-10T12:00:00Z",
                "Fixed",
                "Huawei and Toyota signed a deal.",
                "ledger"));
    job.run(fix, LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 10));
    assertThat(snapshot(job)).isNotEqualTo(before);
    assertThat(lines(job.store().read(Tables.ARTICLES), "article_id"))
        .containsExactlyInAnyOrder("p1", "p2", "p3b", "p4");
    assertThat(
            lines(
                job.store().read(Tables.ARTICLE_ENTITIES).filter("published_date = '2025-03-10'"),
                "article_id",
                "entity_id"))
        .containsExactlyInAnyOrder("p3b|huawei", "p3b|toyota");
    assertThat(
            lines(
                job.store()
                    .read(Tables.TRENDS)
                    .filter("granularity = 'month' AND dimension = 'entity' AND key = 'huawei'"),
                "articles"))
        .containsExactly("2");
    assertThat(job.store().read(Tables.RUNS).count()).isEqualTo(3);
    assertThat(Files.exists(tmp.resolve("out/_staging"))).isTrue();
    try (var s = Files.list(tmp.resolve("out/_staging"))) {
      assertThat(s.count()).isZero();
    }
  }

  @Test
  void aFailedRunLeavesThePublishedTablesUnchanged() {
    String out = knownOutputCopy(tmp.resolve("out")).toString();
    NewsPulseJob job = new NewsPulseJob(testConfig(), spark(), out);
    String in = knownInput();
    Map<String, List<String>> before = snapshot(job);

    NewsPulseJob broken =
        new NewsPulseJob(
            testConfig("themes.path=\"" + tmp.resolve("missing.conf") + "\""), spark(), out);
    assertThatThrownBy(() -> broken.run(in, null, null))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("themes.path = '" + tmp.resolve("missing.conf") + "' does not exist");

    assertThat(snapshot(job)).isEqualTo(before);
    assertThat(lines(job.store().read(Tables.RUNS), "status"))
        .containsExactlyInAnyOrder("SUCCEEDED", "FAILED");
  }

  /**
   * Every published table but runs and quarantine (a run adds its own rows to both) as sorted row
   * lines, read with DuckDB (testing/OutputTables: milliseconds, where a Spark query per table took
   * seconds).
   */
  private static Map<String, List<String>> snapshot(NewsPulseJob job) {
    Map<String, List<String>> all =
        new java.util.TreeMap<>(
            OutputTables.snapshot(
                Path.of(job.store().root().toUri().getPath()), t -> "SELECT * FROM t"));
    all.remove(Tables.RUNS.name());
    all.remove(Tables.QUARANTINE.name());
    return all;
  }
}
