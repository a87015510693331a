package com.newspulse.report;

import static com.newspulse.report.SvgLineChartTest.count;
import static org.assertj.core.api.Assertions.assertThat;

import com.newspulse.config.ReportConfig.WatchKey;
import com.newspulse.spark.SparkTestBase;
import com.newspulse.tables.TableContract;
import com.newspulse.tables.Tables;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report.watch} end to end: hand-written {@code articles} and weekly {@code trends} rows as
 * Parquet tables, the {@code report} command with a watch list, the page it writes.
 */
class ReportWatchSparkTest extends SparkTestBase {
  /**
   * Mondays of the five weeks; the articles run from Wednesday 2025-01-08 to Tuesday 2025-02-04.
   */
  static final LocalDate W1 = LocalDate.of(2025, 1, 6);

  static final LocalDate W2 = W1.plusWeeks(1);
  static final LocalDate W3 = W1.plusWeeks(2);
  static final LocalDate W4 = W1.plusWeeks(3);
  static final LocalDate W5 = W1.plusWeeks(4);

  @TempDir Path tmp;

  static Row trend(
      String dimension,
      String key,
      String label,
      String type,
      LocalDate week,
      long articles,
      double share,
      Double z,
      boolean burst) {
    return row(
        dimension, key, label, type, articles, articles, 10L, share, null, z, burst, articles, null,
        articles, 10L, share, null, 0.0, false, "week", week);
  }

  static Row article(String id, LocalDate day) {
    return row(
        id,
        Instant.parse(day + "T09:00:00Z"),
        "Headline " + id,
        "Text of " + id + ".",
        "wire",
        null,
        "en",
        12,
        "h" + id,
        0,
        null,
        null,
        null,
        day);
  }

  private void write(String out, TableContract t, List<Row> rows) {
    spark()
        .createDataFrame(rows, t.schema())
        .write()
        .partitionBy(t.partitionColumns().toArray(String[]::new))
        .parquet(out + "/" + t.name());
  }

  /**
   * The output: EXPORT_CONTROLS with a zero row and a burst, Nvidia steady, Huawei only as a
   * keyword.
   */
  private String output() {
    String out = tmp.resolve("out").toString();
    List<Row> articles = new ArrayList<>();
    for (LocalDate day :
        List.of(
            LocalDate.of(2025, 1, 8),
            LocalDate.of(2025, 1, 15),
            LocalDate.of(2025, 1, 22),
            LocalDate.of(2025, 1, 29),
            LocalDate.of(2025, 2, 4))) {
      articles.add(article("a" + day, day));
    }
    write(out, Tables.ARTICLES, articles);
    List<Row> trends =
        new ArrayList<>(
            List.of(
                trend("theme", "EXPORT_CONTROLS", "Export controls", null, W1, 2, 0.2, null, false),
                trend("theme", "EXPORT_CONTROLS", "Export controls", null, W2, 0, 0.0, -0.8, false),
                trend("theme", "EXPORT_CONTROLS", "Export controls", null, W3, 9, 0.6, 4.2, true),
                trend("theme", "EXPORT_CONTROLS", "Export controls", null, W5, 1, 0.1, 0.3, false),
                trend("entity", "quiet", "Quiet Corp", "ORG", W2, 0, 0.0, null, false),
                trend("entity", "quiet", "Quiet Corp", "ORG", W3, 0, 0.0, null, false),
                // Huawei as a keyword, not as the entity watched.
                trend("keyword", "huawei", "huawei", null, W3, 6, 0.4, 5.1, true)));
    for (LocalDate w : List.of(W1, W2, W3, W4, W5)) {
      trends.add(trend("entity", "nvidia", "Nvidia", "ORG", w, 3, 0.3, 0.1, false));
    }
    write(out, Tables.TRENDS, trends);
    return out;
  }

  private static List<String> headings(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("<h3>(.*?)</h3>").matcher(html);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void theReportChartsTheWatchedKeysFirstInConfigOrderWithTheirBurstsAndTheMissingOnes()
      throws Exception {
    String out = output();
    Path html = tmp.resolve("report.html");
    Outcome o =
        cli(
            "report",
            "--output",
            out,
            "--out",
            html.toString(),
            "spark.master=\"local[2]\"",
            "spark.shuffle-partitions=2",
            "report.watch=[\"entity:nvidia\", \"theme:EXPORT_CONTROLS\", \"entity:huawei\", \"entity:quiet\"]");
    assertThat(o.code()).as(o.err()).isZero();
    String page = Files.readString(html, StandardCharsets.UTF_8);

    int watch = page.indexOf("<section id=\"watch\">");
    assertThat(watch)
        .isPositive()
        .isLessThan(page.indexOf("<section id=\"run\">"))
        .isLessThan(page.indexOf("<section id=\"entities\">"));
    String s = page.substring(watch, page.indexOf("</section>", watch));
    assertThat(headings(s))
        .containsExactly(
            "<span class=\"dim\">entity</span> Nvidia <code class=\"muted\">entity:nvidia</code>",
            "<span class=\"dim\">theme</span> Export controls <code class=\"muted\">theme:EXPORT_CONTROLS</code>",
            "<span class=\"dim\">entity</span> huawei <code class=\"muted\">entity:huawei</code>",
            "<span class=\"dim\">entity</span> Quiet Corp <code class=\"muted\">entity:quiet</code>");
    // Huawei has rows only as a keyword, Quiet Corp only zero rows: both listed, neither charted.
    String none =
        "<p class=\"empty\">No articles in the output (no <code>trends</code> row of this key with "
            + "articles).</p>";
    assertThat(count(s, none)).isEqualTo(2);
    assertThat(s.indexOf(none)).isGreaterThan(s.indexOf("entity:huawei"));
    assertThat(count(s, "<svg class=\"chart\"")).isEqualTo(4);
    assertThat(count(s, "class=\"burst-marker\"")).isEqualTo(2);
    // Nvidia: no burst week; EXPORT_CONTROLS: its one burst week, listed.
    assertThat(s.substring(s.indexOf("id=\"watch-1\""), s.indexOf("id=\"watch-2\"")))
        .contains("<p class=\"empty\">No burst weeks.</p>")
        .doesNotContain("<table");
    assertThat(s)
        .contains(
            "<tbody><tr><td class=\"nowrap\">2025-01-20</td><td class=\"n\">9</td>"
                + "<td class=\"n\">60.0%</td><td class=\"n\">4.2</td></tr></tbody>");
    assertThat(count(s, "<tr><td class=\"nowrap\">")).isEqualTo(1);
    // The zero row is a point with its values; the week without a row is a bare zero.
    assertThat(s)
        .contains(
            "Export controls \u00B7 week of 2025-01-13: 0 articles \u00B7 0.0% share \u00B7 z -0.8"
                + "</title>",
            "Export controls \u00B7 week of 2025-01-27: 0 articles</title>",
            "Nvidia <span class=\"type\">ORG</span> <span class=\"muted\">15</span>");
    // Data from a Wednesday to a Tuesday: both charted weeks at the ends are partial.
    assertThat(s.replaceAll("<span class=\"nowrap\">([0-9-]+)</span>", "$1"))
        .contains(
            "1 burst week marked with a "
                + "diamond. The first week (week of 2025-01-06) has articles from 2025-01-08 only; the last week (week of "
                + "2025-02-03) has articles to 2025-02-04 only: compare their share, not their count.</p>");
  }

  @Test
  void aWindowInsideTheDataChartsWholeWeeksWithoutAPartialNote() {
    String out = output();
    ReportData d =
        ReportCollector.collect(
            spark(),
            out,
            new ReportCollector.Options(
                8,
                15,
                5,
                5,
                5,
                LocalDate.of(2025, 1, 15),
                LocalDate.of(2025, 1, 29),
                List.of(WatchKey.parse("theme:EXPORT_CONTROLS"), WatchKey.parse("entity:huawei"))));
    assertThat(d.weeks()).containsExactly(W2, W3, W4);
    assertThat(d.totals())
        .isEqualTo(
            new ReportData.Totals(
                3,
                LocalDate.of(2025, 1, 15),
                LocalDate.of(2025, 1, 29),
                LocalDate.of(2025, 1, 8),
                LocalDate.of(2025, 2, 4)));
    assertThat(d.watched())
        .extracting(w -> w.dimension() + ":" + w.series().key() + "=" + w.series().articles())
        .containsExactly("theme:EXPORT_CONTROLS=9", "entity:huawei=0");
    assertThat(d.watched().get(0).series().points())
        .extracting(ReportData.Point::week)
        .containsExactly(W2, W3);
    String page = HtmlReport.render(d);
    assertThat(page)
        .contains("<section id=\"watch\">", "No articles in the output in the window shown")
        .doesNotContain("has articles from", "has articles to");
  }
}
