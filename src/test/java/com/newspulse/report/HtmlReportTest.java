package com.newspulse.report;

import static com.newspulse.report.SvgLineChartTest.count;
import static org.assertj.core.api.Assertions.assertThat;

import com.newspulse.report.ReportData.Burst;
import com.newspulse.report.ReportData.EntityHeadlines;
import com.newspulse.report.ReportData.Headline;
import com.newspulse.report.ReportData.Pair;
import com.newspulse.report.ReportData.Point;
import com.newspulse.report.ReportData.ReasonCount;
import com.newspulse.report.ReportData.RunInfo;
import com.newspulse.report.ReportData.Series;
import com.newspulse.report.ReportData.TopItem;
import com.newspulse.report.ReportData.Totals;
import com.newspulse.report.ReportData.Watched;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The page from a hand-made ReportData: structure, charts, escaping of every data string. */
class HtmlReportTest {
  static final String HOSTILE =
      "<script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\">";
  static final String HOSTILE_ESCAPED =
      "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;"
          + "&lt;img src=x onerror=&quot;document.title=&#39;pwned&#39;&quot;&gt;";

  private static final LocalDate W1 = LocalDate.of(2025, 3, 3);
  private static final LocalDate W2 = LocalDate.of(2025, 3, 10);
  private static final LocalDate W3 = LocalDate.of(2025, 3, 17);
  private static final LocalDate W4 = LocalDate.of(2025, 3, 24);

  static ReportData sample() {
    Series nvidia =
        new Series(
            "nvidia",
            "Nvidia",
            "ORG",
            14,
            List.of(
                new Point(W1, 2, 0.2, null, false),
                new Point(W2, 3, 0.25, 0.4, false),
                new Point(W3, 9, 0.6, 4.2, true)));
    Series evil =
        new Series(
            "evil",
            "<b onmouseover=alert(1)>Evil & Co</b>",
            "ORG\"><script>",
            5,
            List.of(new Point(W1, 1, 0.1, null, false), new Point(W4, 4, 0.5, 3.5, true)));
    Series export =
        new Series(
            "EXPORT_CONTROLS",
            "Export controls",
            null,
            12,
            List.of(
                new Point(W2, 2, 0.2, 0.1, false),
                new Point(W3, 10, 0.66, 5.0, true),
                new Point(W4, 0, 0.0, null, false)));
    RunInfo newest =
        new RunInfo(
            "20250324T101500Z-abc123",
            "run",
            "SUCCEEDED",
            null,
            Instant.parse("2025-03-24T10:15:00Z"),
            Instant.parse("2025-03-24T10:16:40Z"),
            "0.1.0-SNAPSHOT",
            W1,
            LocalDate.of(2025, 3, 30),
            120L,
            100L,
            15L,
            5L,
            0L);
    RunInfo failed =
        new RunInfo(
            "20250323T000000Z-failed",
            "run",
            "FAILED",
            "boom <script>alert(1)</script>",
            Instant.parse("2025-03-23T00:00:00Z"),
            Instant.parse("2025-03-23T00:01:00Z"),
            "0.1.0-SNAPSHOT",
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    return new ReportData(
        Instant.parse("2025-03-31T08:00:00Z"),
        "/data/out/<tables>&'x'",
        "0.1.0-SNAPSHOT",
        null,
        null,
        new Totals(100, W1, LocalDate.of(2025, 3, 30)),
        List.of(W1, W2, W3, W4),
        List.of(),
        List.of(nvidia, evil),
        List.of(export),
        List.of(
            new Burst(W4, "entity", "evil", evil.label(), 4, 0.5, 0.1, 3.5),
            new Burst(W3, "theme", "EXPORT_CONTROLS", "Export controls", 10, 0.66, 0.2, 5.0),
            new Burst(W3, "keyword", "chip curbs", "chip curbs", 6, 0.4, null, null)),
        List.of(
            new TopItem("nvidia", "Nvidia", "ORG", 14),
            new TopItem("evil", evil.label(), evil.entityType(), 5)),
        List.of(new TopItem("EXPORT_CONTROLS", "Export controls", null, 12)),
        List.of(
            new TopItem("export controls", "export controls", null, 11),
            new TopItem("<svg onload=alert(1)>", "<svg onload=alert(1)>", null, 3)),
        5,
        List.of(
            new Pair(
                LocalDate.of(2025, 3, 1),
                "entity",
                "Nvidia",
                "theme",
                "Export controls",
                9,
                14,
                12,
                0.71),
            new Pair(
                LocalDate.of(2025, 3, 1),
                "entity",
                "<i>x</i>",
                "entity",
                "Nvidia",
                5,
                5,
                14,
                0.33)),
        List.of(newest, failed),
        List.of(new ReasonCount("NULL_TEXT", 10), new ReasonCount("UNPARSABLE_DATE", 5)),
        List.of(
            new EntityHeadlines(
                "nvidia",
                "Nvidia",
                "ORG",
                List.of(
                    new Headline(
                        Instant.parse("2025-03-20T09:00:00Z"),
                        HOSTILE,
                        "wire<",
                        "javascript:alert(1)"),
                    new Headline(
                        Instant.parse("2025-03-19T09:00:00Z"),
                        "Nvidia & the \"curbs\"",
                        "ledger",
                        "https://news.example/a?x=1&y=2"),
                    new Headline(Instant.parse("2025-03-18T09:00:00Z"), null, null, null))),
            new EntityHeadlines("evil", evil.label(), evil.entityType(), List.of())));
  }

  /** {@code d} with other totals and watch list. */
  static ReportData with(ReportData d, Totals totals, List<Watched> watched) {
    return new ReportData(
        d.generatedAt(),
        d.output(),
        d.codeVersion(),
        d.windowFrom(),
        d.windowTo(),
        totals,
        d.weeks(),
        watched,
        d.entitySeries(),
        d.themeSeries(),
        d.bursts(),
        d.topEntities(),
        d.topThemes(),
        d.topKeywords(),
        d.pairMinArticles(),
        d.pairs(),
        d.runs(),
        d.quarantine(),
        d.headlines());
  }

  private static String section(String html, String figureId) {
    int start = html.indexOf("<figure id=\"" + figureId + "\">");
    assertThat(start).as(figureId).isNotNegative();
    return html.substring(start, html.indexOf("</figure>", start));
  }

  @Test
  void isOneSelfContainedPageLockedDownByCsp() {
    String html = HtmlReport.render(sample());
    assertThat(html)
        .startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .contains(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; "
                + "style-src &#39;unsafe-inline&#39;; img-src data:; script-src &#39;none&#39;; base-uri &#39;none&#39;; "
                + "form-action &#39;none&#39;\">")
        .contains("<title>NewsPulse report \u00B7 2025-03-03 to 2025-03-30</title>")
        .endsWith("</html>\n");
    // Nothing to fetch: no scripts, external styles, fonts, images or frames.
    assertThat(html.toLowerCase())
        .doesNotContain(
            "<script",
            "<link",
            "<img",
            "<iframe",
            "<object",
            "<embed",
            "@import",
            "url(",
            "<base",
            "<meta http-equiv=\"refresh");
    // No tag carries a src attribute or an event handler (data text may mention them, escaped).
    assertThat(html)
        .doesNotContainPattern("<[^>]*\\ssrc\\s*=")
        .doesNotContainPattern("<[^>]*\\son[a-z]+\\s*=");
    // The only absolute URLs: the SVG namespace and the one safe article link.
    assertThat(
            html.replace("http://www.w3.org/2000/svg", "")
                .replace("https://news.example/a?x=1&amp;y=2", ""))
        .doesNotContain("http:", "https:");
  }

  @Test
  void drawsArticlesAndShareChartsForEntitiesAndThemesWithOneMarkerPerBurstRow() {
    ReportData d = sample();
    String html = HtmlReport.render(d);
    assertThat(count(html, "<svg class=\"chart\"")).isEqualTo(4);
    long entityBursts = d.entitySeries().stream().mapToLong(Series::bursts).sum();
    long themeBursts = d.themeSeries().stream().mapToLong(Series::bursts).sum();
    assertThat(entityBursts).isEqualTo(2);
    assertThat(themeBursts).isEqualTo(1);
    for (String chart : List.of("entities-articles", "entities-share")) {
      String s = section(html, chart);
      assertThat(count(s, "<svg class=\"chart\"")).isEqualTo(1);
      assertThat(count(s, "<path class=\"line\"")).isEqualTo(2);
      assertThat(count(s, "<circle class=\"pt\"")).isEqualTo(2 * 4); // every week, gaps as 0
      assertThat(count(s, "class=\"burst-marker\"")).isEqualTo(entityBursts);
      assertThat(count(s, "class=\"legend-burst\"")).isEqualTo(1);
    }
    for (String chart : List.of("themes-articles", "themes-share")) {
      String s = section(html, chart);
      assertThat(count(s, "<path class=\"line\"")).isEqualTo(1);
      assertThat(count(s, "class=\"burst-marker\"")).isEqualTo(themeBursts);
    }
    assertThat(count(html, "class=\"burst-marker\"")).isEqualTo(2 * (entityBursts + themeBursts));
    assertThat(section(html, "entities-articles"))
        .contains(
            "Nvidia \u00B7 week of 2025-03-17: 9 articles \u00B7 60.0% share \u00B7 z 4.2 \u00B7 BURST");
    assertThat(section(html, "themes-share"))
        .contains("Export controls \u00B7 week of 2025-03-03: 0.0% of articles</title>")
        .contains(
            "Export controls \u00B7 week of 2025-03-17: 66.0% of articles \u00B7 10 articles \u00B7 z 5.0 "
                + "\u00B7 BURST");
  }

  @Test
  void listsBurstWeeksOfAnyItemAndWarnsAboutPartialWeeks() {
    String html = HtmlReport.render(sample());
    int start = html.indexOf("<section id=\"bursts\">");
    String s = html.substring(start, html.indexOf("</section>", start));
    assertThat(count(s, "<tr>")).isEqualTo(1 + 3);
    assertThat(s)
        .contains(
            "<tr><td class=\"nowrap\">2025-03-17</td><td><span class=\"dim\">theme</span> Export "
                + "controls</td><td class=\"n\">10</td><td class=\"n\">66.0%</td><td class=\"n muted\">20.0%</td>"
                + "<td class=\"n\">5.0</td></tr>",
            "<span class=\"dim\">keyword</span> chip curbs")
        .contains("&lt;b onmouseover=alert(1)&gt;Evil &amp; Co&lt;/b&gt;");
  }

  /** The text of the partial-week note of every chart section (tags removed), in page order. */
  private static List<String> partialNotes(ReportData d) {
    String html = HtmlReport.render(d);
    List<String> notes = new java.util.ArrayList<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("marked with a diamond\\.(.*?)</p>").matcher(html);
    while (m.find()) {
      notes.add(m.group(1).replaceAll("<[^>]+>", ""));
    }
    return notes;
  }

  @Test
  void thePartialWeekNoteNamesTheCutWeeksAndTheDaysTheyHave() {
    ReportData d =
        sample(); // weeks of 2025-03-03 to 2025-03-24, the last one ending on Sunday 2025-03-30
    LocalDate wed = LocalDate.of(2025, 3, 5);
    LocalDate thu = LocalDate.of(2025, 3, 27);
    // Data from Monday 2025-03-03 to Sunday 2025-03-30: whole weeks, no note.
    assertThat(partialNotes(d)).containsExactly("", "");
    assertThat(HtmlReport.render(d)).doesNotContain("only: compare");
    assertThat(partialNotes(with(d, new Totals(100, wed, LocalDate.of(2025, 3, 30)), List.of())))
        .containsOnly(
            " The first week (week of 2025-03-03) has articles from 2025-03-05 only: compare its share, not its count.")
        .hasSize(2);
    assertThat(partialNotes(with(d, new Totals(100, W1, thu), List.of())))
        .containsOnly(
            " The last week (week of 2025-03-24) has articles to 2025-03-27 only: compare its share, not its count.")
        .hasSize(2);
    assertThat(partialNotes(with(d, new Totals(100, wed, thu), List.of())))
        .containsOnly(
            " The first week (week of 2025-03-03) has articles from 2025-03-05 only; the last week (week of 2025-03-24) "
                + "has articles to 2025-03-27 only: compare their share, not their count.")
        .hasSize(2);
    assertThat(HtmlReport.render(with(d, new Totals(100, wed, thu), List.of())))
        .contains(
            "The first week (week of "
                + "<span class=\"nowrap\">2025-03-03</span>) has articles from <span class=\"nowrap\">2025-03-05</span> only");
    // A --from/--to window inside the data: the charted weeks' rows count whole weeks, no note.
    assertThat(
            partialNotes(
                with(
                    d,
                    new Totals(90, wed, thu, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 4, 2)),
                    List.of())))
        .containsExactly("", "");
    // The watch section carries the note too.
    Watched w = new Watched("entity", d.entitySeries().get(0));
    assertThat(partialNotes(with(d, new Totals(100, wed, thu), List.of(w))))
        .hasSize(3)
        .containsOnly(
            " The first week (week of 2025-03-03) has articles from 2025-03-05 only; the last week (week of 2025-03-24) "
                + "has articles to 2025-03-27 only: compare their share, not their count.");
  }

  @Test
  void aSingleWeekCutOnBothSidesIsTheOnlyWeek() {
    ReportData d = sample();
    ReportData one =
        new ReportData(
            d.generatedAt(),
            d.output(),
            d.codeVersion(),
            null,
            null,
            new Totals(7, LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 6)),
            List.of(W1),
            List.of(),
            List.of(d.entitySeries().get(0)),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            5,
            List.of(),
            List.of(),
            List.of(),
            List.of());
    assertThat(partialNotes(one))
        .hasSize(2)
        .containsOnly(
            " The only week (week of 2025-03-03) has articles from "
                + "2025-03-04 to 2025-03-06 only: compare its share, not its count.");
  }

  @Test
  void theWatchSectionComesFirstInConfigOrderWithChartsBurstWeeksAndMissingKeys() {
    ReportData d = sample();
    Series export = d.themeSeries().get(0);
    Series evil = d.entitySeries().get(1);
    Series quiet =
        new Series("quiet", "Quiet Corp", "ORG", 0, List.of(new Point(W2, 0, 0.0, null, false)));
    Series absent = new Series("TYPO_THEME", "TYPO_THEME", null, 0, List.of());
    String html =
        HtmlReport.render(
            with(
                d,
                d.totals(),
                List.of(
                    new Watched("theme", export),
                    new Watched("theme", absent),
                    new Watched("entity", evil),
                    new Watched("entity", quiet))));
    int watch = html.indexOf("<section id=\"watch\">");
    assertThat(watch)
        .isPositive()
        .isLessThan(html.indexOf("<section id=\"run\">"))
        .isLessThan(html.indexOf("<section id=\"entities\">"));
    assertThat(html).contains("<nav><a href=\"#watch\">Watched</a><a href=\"#run\">Run</a>");
    String s = html.substring(watch, html.indexOf("</section>", watch));
    assertThat(s)
        .contains(
            "<h2>Watched: weekly trend of 4 items</h2>\n<p class=\"hint\">The keys of "
                + "<code>report.watch</code>, in its order. Articles per week and share of all articles of the week "
                + "(<code>trends</code>, granularity week). 2 burst weeks marked with a diamond.</p>\n");
    // In config order, each with its heading.
    List<String> headings = new java.util.ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<h3>(.*?)</h3>").matcher(s);
    while (m.find()) {
      headings.add(m.group(1));
    }
    assertThat(headings)
        .containsExactly(
            "<span class=\"dim\">theme</span> Export controls <code class=\"muted\">theme:EXPORT_CONTROLS</code>",
            "<span class=\"dim\">theme</span> TYPO_THEME <code class=\"muted\">theme:TYPO_THEME</code>",
            "<span class=\"dim\">entity</span> &lt;b onmouseover=alert(1)&gt;Evil &amp; Co&lt;/b&gt; "
                + "<code class=\"muted\">entity:evil</code>",
            "<span class=\"dim\">entity</span> Quiet Corp <code class=\"muted\">entity:quiet</code>");
    // A key without rows, and one whose rows are all zero, are listed as such, with no chart.
    assertThat(
            count(
                s,
                "<p class=\"empty\">No articles in the output (no <code>trends</code> row of this key "
                    + "with articles).</p>"))
        .isEqualTo(2);
    assertThat(count(s, "<svg class=\"chart\"")).isEqualTo(2 * 2);
    assertThat(count(s, "class=\"burst-marker\"")).isEqualTo(2 * (export.bursts() + evil.bursts()));
    assertThat(section(s, "watch-1-share"))
        .contains(
            "Export controls \u00B7 week of 2025-03-24: 0.0% of articles "
                + "\u00B7 0 articles</title>");
    assertThat(section(s, "watch-3-articles"))
        .contains("<span class=\"type\">ORG&quot;&gt;&lt;script&gt;</span>");
    // Each found key's burst weeks.
    assertThat(s)
        .contains(
            "<table class=\"bursts watched\"><thead><tr><th>burst week</th><th class=\"n\">articles"
                + "</th><th class=\"n\">share</th><th class=\"n\">z-score</th></tr></thead><tbody><tr><td class=\"nowrap\">"
                + "2025-03-17</td><td class=\"n\">10</td><td class=\"n\">66.0%</td><td class=\"n\">5.0</td></tr>"
                + "</tbody></table>");
    assertThat(s)
        .contains(
            "<tbody><tr><td class=\"nowrap\">2025-03-24</td><td class=\"n\">4</td>"
                + "<td class=\"n\">50.0%</td><td class=\"n\">3.5</td></tr></tbody>");
    assertThat(count(s, "<tr><td class=\"nowrap\">")).isEqualTo(2);
  }

  @Test
  void anEmptyWatchListHasNoSectionNorLink() {
    String html = HtmlReport.render(sample());
    assertThat(html)
        .doesNotContain("id=\"watch\"", "href=\"#watch\"", "Watched")
        .contains("<nav><a href=\"#run\">Run</a>");
  }

  @Test
  void escapesEveryDataString() {
    String html = HtmlReport.render(sample());
    assertThat(html).contains("<td class=\"title\">" + HOSTILE_ESCAPED + "</td>");
    assertThat(html)
        .doesNotContain(HOSTILE, "<b onmouseover", "<svg onload", "<i>x</i>", "wire<", "<tables>");
    assertThat(html)
        .contains(
            "&lt;b onmouseover=alert(1)&gt;Evil &amp; Co&lt;/b&gt;",
            "ORG&quot;&gt;&lt;script&gt;",
            "&lt;svg onload=alert(1)&gt;",
            "&lt;i&gt;x&lt;/i&gt;",
            "/data/out/&lt;tables&gt;&amp;&#39;x&#39;",
            "wire&lt;",
            "Nvidia &amp; the &quot;curbs&quot;");
    // javascript: URLs are not linked; http(s) ones are, escaped.
    assertThat(html)
        .doesNotContain("javascript:")
        .contains("<a href=\"https://news.example/a?x=1&amp;y=2\" rel=\"noopener noreferrer\">");
    assertThat(html).contains("<em class=\"muted\">(untitled)</em>");
  }

  @Test
  void showsTheNewestRunQuarantineTopListsAndPairs() {
    String html = HtmlReport.render(sample());
    assertThat(html)
        .contains(
            "<code>20250324T101500Z-abc123</code>",
            "<code>0.1.0-SNAPSHOT</code>",
            "2025-03-03 to 2025-03-30",
            "<div class=\"v\">120</div><div class=\"k\">rows read</div>",
            "<div class=\"v\">100</div><div class=\"k\">accepted</div><div class=\"note\">83.3% of read</div>",
            "<div class=\"v\">15</div><div class=\"k\">quarantined</div>",
            "<div class=\"v\">5</div><div class=\"k\">duplicates</div>",
            "read = accepted + quarantined + duplicates");
    assertThat(html)
        .contains(
            "<td><code>NULL_TEXT</code></td><td class=\"n\">10</td><td class=\"n\">66.7%</td>",
            "<td>total</td><td class=\"n\">15</td>");
    // The failed older run is listed, but the newest one is the one shown; its message is not.
    assertThat(html).contains("<span class=\"status bad\">FAILED</span>").doesNotContain("boom");
    assertThat(count(html, "<table class=\"top entity\">")).isEqualTo(1);
    assertThat(html)
        .contains("<td>export controls</td>", "<td><span class=\"type\">ORG</span></td>");
    assertThat(html)
        .contains(
            "<span class=\"dim\">entity</span> Nvidia</td><td><span class=\"dim\">theme</span> "
                + "Export controls</td><td>2025-03</td><td class=\"n\">9</td>",
            "0.71</td>");
    assertThat(html)
        .contains(
            "<th scope=\"rowgroup\" rowspan=\"3\">Nvidia <span class=\"type\">ORG</span></th>");
  }

  @Test
  void anEmptyOutputStillRenders() {
    ReportData empty =
        new ReportData(
            Instant.EPOCH,
            "/x",
            "dev",
            null,
            null,
            new Totals(0, null, null),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            5,
            List.of(),
            List.of(),
            List.of(),
            List.of());
    String html = HtmlReport.render(empty);
    assertThat(html)
        .contains(
            "<title>NewsPulse report</title>",
            "The runs table is empty.",
            "No quarantined rows.",
            "No pair reaches 5 articles.",
            "No burst weeks.")
        .doesNotContain("<svg class=\"chart\"");
  }
}
