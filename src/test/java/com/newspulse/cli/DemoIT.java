package com.newspulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.newspulse.core.generate.ArticleFactory;
import com.newspulse.core.generate.GeneratorSettings;
import com.newspulse.publish.CatalogFile;
import com.newspulse.publish.DuckDbCatalog;
import com.newspulse.testing.NotebookQueries;
import com.newspulse.testing.NotebookQueries.Query;
import com.newspulse.testing.SqlRows;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, {@code jobs/newspulse demo}, started once as a user starts it (its
 * own JVM, the default knowledge base and taxonomy, a generated corpus with planted trends and bad
 * rows), and its output read through the BI catalog it publishes: what it prints, the planted
 * trends the tables must show, and every query of the analyst notebooks.
 *
 * <p>This is the suite's one run of the default pipeline on a planted corpus: the checks of the
 * planted trends and of the notebooks share it instead of each running their own (issue 18).
 */
class DemoIT {
  /** Two months, so the trailing baselines fill before the planted burst at 2/3 of the range. */
  private static final GeneratorSettings DEMO =
      new GeneratorSettings(3000, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 28), 42, true);

  /** Queries per notebook: a query that stops matching the extraction pattern changes these. */
  private static final Map<String, Integer> NOTEBOOK_QUERIES =
      Map.of("explore_trends.ipynb", 10, "bursts_and_cooccurrence.ipynb", 9);

  @TempDir static Path tmp;
  private static int exitCode;
  private static String printed;
  private static Path db;

  @BeforeAll
  static void runTheDemo() throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(
                List.of(
                    "jobs/newspulse",
                    "demo",
                    "--dir",
                    tmp.resolve("demo").toString(),
                    "--articles",
                    String.valueOf(DEMO.articles()),
                    "--from",
                    DEMO.from().toString(),
                    "--to",
                    DEMO.to().toString()))
            .directory(new File("."))
            .redirectErrorStream(true);
    pb.environment().remove("SPARK_HOME");
    pb.environment().put("NEWSPULSE_DRIVER_MEMORY", "2g");
    pb.environment().put("NEWSPULSE_JVM", "short"); // short runs: jobs/spark-java-opens
    Process p = pb.start();
    printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    exitCode = p.exitValue();
    db = DuckDbCatalog.defaultDbFile(tmp.resolve("demo/tables"));
  }

  @Test
  void printsTheRowAccountingTheTopEntitiesAndTheWeeklyBurst() {
    assertThat(exitCode).as(printed).isZero();
    assertThat(printed)
        .contains(
            "generated 3,000 sample articles",
            "Top entities",
            "EXPORT_CONTROLS weekly trend",
            "* BURST");
    // Dirty rows: 1 in 40 cycles through 9 defect kinds; 2 of them are duplicates, 7 quarantined.
    Matcher m =
        Pattern.compile(
                "rows read ([\\d,]+) = accepted ([\\d,]+) \\+ quarantined ([\\d,]+)"
                    + " \\+ duplicates ([\\d,]+)")
            .matcher(printed);
    assertThat(m.find()).as(printed).isTrue();
    long[] n = new long[4];
    for (int i = 0; i < 4; i++) {
      n[i] = Long.parseLong(m.group(i + 1).replace(",", ""));
    }
    assertThat(n[0]).isEqualTo(3000);
    assertThat(n[2]).isPositive();
    assertThat(n[3]).isPositive();
    assertThat(n[1] + n[2] + n[3]).isEqualTo(n[0]);
  }

  @Test
  void plantedBurstIsFlaggedAndQuietEntityIsNot() throws SQLException {
    ArticleFactory truth = new ArticleFactory(DEMO);
    try (Connection c = CatalogFile.openReadOnly(db)) {
      assertThat(SqlRows.of(c, "SELECT count(DISTINCT reason) FROM quarantine"))
          .containsExactly("7");
      List<LocalDate> burstDays =
          SqlRows.of(
                  c,
                  "SELECT period_start FROM trends WHERE granularity = 'day'"
                      + " AND dimension = 'theme' AND key = '"
                      + truth.burstThemeId()
                      + "' AND burst ORDER BY period_start")
              .stream()
              .map(LocalDate::parse)
              .toList();
      assertThat(burstDays).isEqualTo(truth.exportControlsBurstDays());
      // The weeks flagged are exactly those holding a planted day (the 3 days may span two).
      List<String> burstWeeks =
          burstDays.stream()
              .map(d -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString())
              .distinct()
              .toList();
      assertThat(
              SqlRows.of(
                  c,
                  "SELECT period_start FROM trends WHERE granularity = 'week'"
                      + " AND dimension = 'theme' AND key = 'EXPORT_CONTROLS' AND burst"
                      + " ORDER BY period_start"))
          .containsExactlyElementsOf(burstWeeks);
      // Steady Toyota: counted most days, never a burst.
      assertThat(
              SqlRows.of(
                  c,
                  "SELECT count(*) FILTER (WHERE granularity = 'day') > 50,"
                      + " count(*) FILTER (WHERE burst) FROM trends"
                      + " WHERE dimension = 'entity' AND key = 'toyota'"))
          .containsExactly("true|0");
    }
  }

  @Test
  void everyNotebookQueryRunsAndReturnsRows() throws Exception {
    List<Query> all = new ArrayList<>();
    for (String name : NOTEBOOK_QUERIES.keySet().stream().sorted().toList()) {
      List<Query> queries = NotebookQueries.of(Path.of("notebooks", name));
      assertThat(queries).as("queries extracted from %s", name).hasSize(NOTEBOOK_QUERIES.get(name));
      all.addAll(queries);
    }
    // The catalog has every view the notebooks use, cooccurrence and quarantine included.
    assertThat(CatalogFile.rowCounts(db))
        .containsKeys("cooccurrence", "quarantine", "weekly_themes", "top_entities", "latest_run");
    try (Connection c = CatalogFile.openReadOnly(db)) {
      for (Query q : all) {
        List<String> rows;
        try {
          rows = SqlRows.of(c, q.sql());
        } catch (SQLException e) {
          throw new AssertionError(
              q.notebook() + " cell " + q.cell() + " failed: " + e.getMessage() + "\n" + q.sql(),
              e);
        }
        assertThat(rows)
            .as("rows of %s cell %d:%n%s", q.notebook(), q.cell(), q.sql())
            .isNotEmpty();
      }
    }
  }

  @Test
  void theNotebooksKeyQueriesAnswerWhatThePlantedCorpusHolds() throws Exception {
    ArticleFactory truth = new ArticleFactory(DEMO);
    try (Connection c = CatalogFile.openReadOnly(db)) {
      // The daily EXPORT_CONTROLS series of explore_trends flags the planted days and covers
      // every day and article.
      Query daily =
          NotebookQueries.find(
              NotebookQueries.of(Path.of("notebooks", "explore_trends.ipynb")),
              "LEFT JOIN trends t");
      assertThat(SqlRows.of(c, "SELECT day FROM (" + daily.sql() + ") WHERE burst ORDER BY day"))
          .containsExactlyElementsOf(
              truth.exportControlsBurstDays().stream().map(LocalDate::toString).toList());
      assertThat(
              SqlRows.of(
                  c,
                  "SELECT count(DISTINCT day) = (SELECT count(DISTINCT published_date) FROM"
                      + " articles), sum(day_articles) = (SELECT count(*) FROM articles) FROM ("
                      + daily.sql()
                      + ")"))
          .containsExactly("true|true");
      // The burst table of bursts_and_cooccurrence lists those days for the theme.
      Query bursts =
          NotebookQueries.find(
              NotebookQueries.of(Path.of("notebooks", "bursts_and_cooccurrence.ipynb")),
              "WHERE burst AND granularity = 'day'\nORDER BY");
      assertThat(
              SqlRows.of(
                  c,
                  "SELECT DISTINCT period_start FROM ("
                      + bursts.sql()
                      + ") WHERE key = 'EXPORT_CONTROLS' ORDER BY 1"))
          .isNotEmpty()
          .isSubsetOf(truth.exportControlsBurstDays().stream().map(LocalDate::toString).toList());
    }
  }
}
