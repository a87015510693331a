package com.newspulse.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newspulse.cli.ReportCommand;
import com.newspulse.config.ConfigLoader;
import com.newspulse.job.NewsPulseJob;
import com.newspulse.spark.SparkTestBase;
import com.newspulse.tables.Tables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The report as a reader meets it: the pipeline on hand-written articles (one with a hostile
 * title), then {@code report}, then the page opened by headless Chromium from a file:// URL with no
 * network. Checks the rendered DOM, the screenshot and the console. Skipped only when
 * /usr/bin/chromium is absent ({@code .ci/install-chromium} installs it).
 *
 * <p>A surefire test, not an IT: it needs Chromium, not the packaged jar, and in a surefire fork
 * its pipeline run and report use the fork's warm session (as ReportBrowserIT, in a cold JVM of its
 * own for a run of 99 input rows, it took 30-45 s of the failsafe phase; issue 18).
 */
class ReportBrowserSparkTest extends SparkTestBase {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final String HOSTILE =
      "<script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\">";

  /** How Chromium serializes that title as a text node: &amp; &lt; &gt; escaped, quotes not. */
  static final String HOSTILE_IN_DOM =
      "&lt;script&gt;document.title='pwned'&lt;/script&gt;&lt;img src=x onerror=\"document.title='pwned'\"&gt;";

  /** The input contract's first six columns (to url; lang left out: it is optional). */
  static final StructType INPUT = new StructType(java.util.Arrays.copyOf(Tables.INPUT.fields(), 6));

  @TempDir Path tmp;

  /**
   * Eight weeks of ten everyday articles, a burst of export-control news in the seventh week.
   * Articles fall on Mondays and Wednesdays only: fewer daily partitions, a faster pipeline.
   */
  static List<Row> corpus() {
    LocalDate monday = LocalDate.of(2025, 1, 6);
    List<String> everyday =
        List.of(
            "Apple unveiled a new iPhone in week %d. Tim Cook presented it in Cupertino.",
            "Toyota sold bonds worth $1.%d billion. Japanese investors bought most of them.",
            "The US raised tariffs on Japanese steel in round %d of the dispute.",
            "Nvidia sold more chips to Chinese buyers, survey %d found.",
            "Recep Tayyip Erdogan met business leaders in Ankara for meeting %d.",
            "China and Japan held trade talks, round %d.",
            "Huawei said the entity list still limits its suppliers, update %d.",
            "Apple shares rose as iPhone sales grew in quarter %d.",
            "Toyota opened plant %d in the United States.",
            "Jensen Huang said Nvidia demand stayed strong in week %d.");
    List<Row> rows = new ArrayList<>();
    for (int w = 0; w < 8; w++) {
      LocalDate day = monday.plusWeeks(w);
      for (int i = 0; i < everyday.size(); i++) {
        String at = String.format("%sT%02d:00:00Z", day.plusDays(2L * (i % 2)), 8 + i);
        rows.add(
            RowFactory.create(
                "w" + w + "-" + i,
                at,
                "Story " + i + " of week " + (w + 1),
                String.format(java.util.Locale.ROOT, everyday.get(i), w + 1),
                i % 2 == 0 ? "wire" : "ledger",
                "https://news.example/w" + w + "/" + i));
      }
    }
    LocalDate burst = monday.plusWeeks(6);
    for (int i = 0; i < 15; i++) {
      String at = String.format("%sT%02d:30:00Z", burst.plusDays(2L * (i % 2)), 7 + i % 10);
      rows.add(
          RowFactory.create(
              "burst-" + i,
              at,
              "Export curbs widen, part " + (i + 1),
              "The Commerce Department added Huawei affiliate "
                  + (i + 1)
                  + " to the entity list. Nvidia said new "
                  + "export controls on H20 chips would hit sales in China.",
              "wire",
              null));
    }
    // The newest article: its title is an XSS attempt, its URL a javascript: link.
    rows.add(
        RowFactory.create(
            "hostile",
            "2025-02-28T12:00:00Z",
            HOSTILE,
            "Nvidia and Huawei face more export controls, officials said on Friday.",
            "wire<b>",
            "javascript:document.title='pwned'"));
    // Row accounting: two quarantined rows and one duplicate.
    // No visible text in the body nor the headline (a headline alone would make an article).
    rows.add(RowFactory.create("blank", "2025-02-27T12:00:00Z", " ", "   ", "wire", null));
    rows.add(
        RowFactory.create(
            "baddate", "last Tuesday", "Bad date", "Apple unveiled an iPad.", "wire", null));
    rows.add(
        RowFactory.create(
            "w0-0",
            "2025-01-06T08:00:00Z",
            "Story 0 of week 1",
            "Apple unveiled a new iPhone in week 1. Tim Cook presented it in Cupertino.",
            "wire",
            null));
    return rows;
  }

  @Test
  void theReportOpensOfflineInHeadlessChromiumWithChartsAndInertHostileTitles() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM),
        "/usr/bin/chromium is not installed: skipping the browser check of report.html (run .ci/install-chromium)");

    String in = tmp.resolve("in").toString();
    spark().createDataFrame(corpus(), INPUT).coalesce(1).write().parquet(in);
    String out = tmp.resolve("out").toString();
    NewsPulseJob job = new NewsPulseJob(testConfig(), spark(), out);
    job.run(in, null, null);
    assertThat(
            job.store()
                .read(Tables.TRENDS)
                .filter(
                    "granularity = 'week' AND dimension = 'theme' "
                        + "AND key = 'EXPORT_CONTROLS' AND burst")
                .select("period_start")
                .collectAsList())
        .as("the planted burst")
        .extracting(r -> r.get(0).toString())
        .containsExactly("2025-02-17");

    Path html = tmp.resolve("site/report.html");
    int code =
        new CommandLine(new ReportCommand())
            .execute(
                "--output",
                out,
                "--out",
                html.toString(),
                "--pair-min-articles",
                "3",
                "spark.master=\"local[2]\"",
                "spark.shuffle-partitions=2");
    assertThat(code).isZero();
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page)
        .contains(HtmlReportTest.HOSTILE_ESCAPED)
        .doesNotContain("<script", "javascript:");

    // What the page should show, read independently from the tables (the command's watch list: the
    // default one).
    ReportData data =
        ReportCollector.collect(
            spark(),
            out,
            new ReportCollector.Options(
                8, 15, 5, 3, 5, null, null, ConfigLoader.load(null, List.of()).report().watch()));
    long watchedCharted = data.watched().stream().filter(ReportData.Watched::found).count();
    long watchedBursts = data.watched().stream().mapToLong(w -> w.series().bursts()).sum();
    assertThat(watchedCharted).as("watched keys with articles").isPositive();
    assertThat(watchedBursts).as("the planted burst, watched").isPositive();
    long chartedBurstRows =
        job.store()
            .read(Tables.TRENDS)
            .filter(
                functions
                    .col("granularity")
                    .equalTo("week")
                    .and(functions.col("burst"))
                    .and(
                        functions
                            .col("dimension")
                            .equalTo("entity")
                            .and(functions.col("key").isin(keys(data.entitySeries())))
                            .or(
                                functions
                                    .col("dimension")
                                    .equalTo("theme")
                                    .and(functions.col("key").isin(keys(data.themeSeries()))))))
            .count();
    assertThat(chartedBurstRows).isPositive();

    Path target = Path.of(System.getProperty("basedir", ".")).resolve("target");
    Files.createDirectories(target);
    Path shot = tmp.resolve("report-screenshot.png");
    Browser b = chromium(html, shot);

    assertThat(b.exitCode()).as("chromium exit code; stderr:%n%s", b.stderr()).isZero();
    assertThat(shot).exists();
    Path kept = target.resolve("report-screenshot.png");
    Files.copy(shot, kept, StandardCopyOption.REPLACE_EXISTING);
    Files.copy(html, target.resolve("report-browser.html"), StandardCopyOption.REPLACE_EXISTING);
    System.out.println("ReportBrowserSparkTest screenshot: " + kept.toAbsolutePath().normalize());
    assertThat(Files.size(shot)).as("screenshot bytes").isGreaterThan(10 * 1024);

    String dom = b.stdout();
    assertThat(count(dom, "<svg")).isGreaterThanOrEqualTo(2);
    assertThat(count(dom, "<svg class=\"chart\"")).isEqualTo(4 + 2 * watchedCharted);
    assertThat(count(dom, "class=\"burst-marker\""))
        .isEqualTo(2 * (chartedBurstRows + watchedBursts));
    assertThat(dom.indexOf("<section id=\"watch\">"))
        .isPositive()
        .isLessThan(dom.indexOf("<section id=\"run\">"));
    // The planted burst in the watch list; the last week (Monday 2025-02-24) has articles to Friday
    // only.
    assertThat(dom)
        .contains(
            "<tbody><tr><td class=\"nowrap\">2025-02-17</td><td class=\"n\">",
            " The last week (week of <span class=\"nowrap\">2025-02-24</span>) has articles to "
                + "<span class=\"nowrap\">2025-02-28</span> only: compare its share, not its count.</p>");
    assertThat(dom).contains(HOSTILE_IN_DOM);
    Matcher title = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL).matcher(dom);
    assertThat(title.find()).as("the page has a title").isTrue();
    assertThat(title.group(1))
        .startsWith("NewsPulse report")
        .doesNotContain("pwned", "<script>document.title");
    assertThat(dom).doesNotContain("<script", "<img", "javascript:");
    assertThat(dom)
        .contains(
            "Export controls",
            "Nvidia",
            "<td><code>BLANK_TEXT</code></td>",
            "<td><code>UNPARSABLE_DATE</code></td>",
            "<div class=\"v\">99</div><div class=\"k\">rows read</div>",
            "<div class=\"v\">1</div><div class=\"k\">duplicates</div>",
            "wire&lt;b&gt;",
            // The burst list (top 15 by z): the planted week's Huawei; the theme itself is in the
            // watch list
            // above (its z on stable_share is lower: the wire, which carries the burst, always
            // writes about it).
            "<td class=\"nowrap\">2025-02-17</td><td><span class=\"dim\">entity</span> Huawei</td>");

    List<String> console =
        b.stderr()
            .lines()
            .filter(
                l ->
                    l.contains(":CONSOLE")
                        || l.contains("Uncaught")
                        || l.contains("Content Security Policy"))
            .toList();
    assertThat(console)
        .as("browser console messages (the page runs no script, so any is an error)")
        .isEmpty();
  }

  @Test
  void anOutputWithoutTablesIsABadInputError() {
    String nothing = tmp.resolve("nothing").toString();
    assertThatThrownBy(
            () -> ReportCollector.collect(spark(), nothing, ReportCollector.Options.defaults()))
        .isInstanceOf(ReportInputException.class)
        .hasMessageContaining("no NewsPulse tables under " + nothing)
        .satisfies(e -> assertThat(((ReportInputException) e).exitCode()).isEqualTo(3));
  }

  private static Object[] keys(List<ReportData.Series> series) {
    return series.stream().map(ReportData.Series::key).toArray();
  }

  static int count(String s, String needle) {
    int n = 0;
    for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + needle.length())) {
      n++;
    }
    return n;
  }

  record Browser(int exitCode, String stdout, String stderr) {}

  /**
   * One headless run: screenshot to {@code shot}, the rendered DOM on stdout, console on stderr.
   */
  private Browser chromium(Path html, Path shot) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(tmp, "chromium-profile-");
    Path stdout = tmp.resolve("chromium.out");
    Path stderr = tmp.resolve("chromium.err");
    List<String> cmd =
        List.of(
            CHROMIUM.toString(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--hide-scrollbars",
            "--user-data-dir=" + profile,
            "--enable-logging=stderr",
            "--v=0",
            "--screenshot=" + shot,
            "--window-size=1280,2000",
            "--dump-dom",
            html.toUri().toString());
    Process p =
        new ProcessBuilder(cmd)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
      throw new AssertionError(
          "chromium did not finish in 180 s; stderr:\n" + Files.readString(stderr));
    }
    p.descendants().forEach(ProcessHandle::destroyForcibly); // stray helpers, if any
    return new Browser(
        p.exitValue(),
        Files.readString(stdout, StandardCharsets.UTF_8),
        Files.readString(stderr, StandardCharsets.UTF_8));
  }
}
