package com.newspulse.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newspulse.config.ConfigLoader;
import com.newspulse.core.generate.GeneratorSettings;
import com.newspulse.corpus.SyntheticCorpus;
import com.newspulse.job.NewsPulseJob;
import com.newspulse.spark.SparkTestBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every SQL query of the analyst notebooks ({@code notebooks/*.ipynb}) runs, through DuckDB JDBC,
 * against the catalog of a real pipeline output, and returns rows. The output comes from a
 * synthetic corpus with planted trends (two months, so the trailing baselines fill and the planted
 * EXPORT_CONTROLS burst is flagged), run with the default knowledge base and taxonomy.
 *
 * <p>Queries are found as the triple-quoted strings passed to {@code con.sql(...)} or {@code
 * con.execute(...)}; {@code $name} parameters take the value of {@code NAME} in the notebook's
 * parameters cell (the code cell tagged {@code parameters}).
 */
class NotebookSqlSparkTest extends SparkTestBase {
  /** Queries per notebook: a query that stops matching the extraction pattern changes these. */
  private static final Map<String, Integer> EXPECTED_QUERIES =
      Map.of("explore_trends.ipynb", 10, "bursts_and_cooccurrence.ipynb", 9);

  private static final Pattern QUERY =
      Pattern.compile("con\\.(?:sql|execute)\\(\\s*\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
  private static final Pattern PARAMETER =
      Pattern.compile("(?m)^([A-Z][A-Z0-9_]*)\\s*=\\s*(\"[^\"]*\"|'[^']*'|-?\\d+(?:\\.\\d+)?)");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$([a-z][a-z0-9_]*)");

  @TempDir static Path tmp;

  private static Path db;

  @BeforeAll
  static void pipelineAndCatalog() {
    GeneratorSettings settings =
        new GeneratorSettings(1200, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 28), 7, true);
    String input = tmp.resolve("in").toString();
    SyntheticCorpus.write(spark(), settings, input);
    Path out = tmp.resolve("out");
    new NewsPulseJob(
            ConfigLoader.load(null, List.of("spark.shuffle-partitions=2")), spark(), out.toString())
        .run(input, null, null);
    db = DuckDbCatalog.defaultDbFile(out);
    DuckDbCatalog.write(out, db);
  }

  record Query(String notebook, int cell, String sql) {}

  @Test
  void everyNotebookQueryRunsAndReturnsRows() throws Exception {
    List<Query> all = new ArrayList<>();
    for (String name : EXPECTED_QUERIES.keySet().stream().sorted().toList()) {
      List<Query> queries = queries(Path.of("notebooks", name));
      assertThat(queries).as("queries extracted from %s", name).hasSize(EXPECTED_QUERIES.get(name));
      all.addAll(queries);
    }
    try (Connection c = DuckDbCatalog.openReadOnly(db);
        Statement s = c.createStatement()) {
      // The catalog has every view the notebooks use, cooccurrence and quarantine included.
      assertThat(DuckDbCatalog.rowCounts(db))
          .containsKeys(
              "cooccurrence", "quarantine", "weekly_themes", "top_entities", "latest_run");
      for (Query q : all) {
        int rows = 0;
        try (ResultSet r = s.executeQuery(q.sql())) {
          while (r.next()) {
            rows++;
          }
        } catch (SQLException e) {
          throw new AssertionError(
              q.notebook() + " cell " + q.cell() + " failed: " + e.getMessage() + "\n" + q.sql(),
              e);
        }
        assertThat(rows)
            .as("rows of %s cell %d:%n%s", q.notebook(), q.cell(), q.sql())
            .isPositive();
      }
    }
  }

  @Test
  void theKeyQueriesAnswerWhatThePlantedCorpusHolds() throws Exception {
    Map<String, Query> found = new LinkedHashMap<>();
    for (String name : EXPECTED_QUERIES.keySet()) {
      for (Query q : queries(Path.of("notebooks", name))) {
        found.put(name + ":" + q.cell(), q);
      }
    }
    try (Connection c = DuckDbCatalog.openReadOnly(db)) {
      // The daily EXPORT_CONTROLS series of explore_trends has burst days: the planted ones.
      Query daily = find(found, "explore_trends.ipynb", "LEFT JOIN trends t");
      List<String> burstDays =
          DuckDbCatalogSparkTest.query(
              c, "SELECT day FROM (" + daily.sql() + ") WHERE burst ORDER BY day");
      assertThat(burstDays).isNotEmpty();
      assertThat(
              DuckDbCatalogSparkTest.query(
                  c,
                  "SELECT count(DISTINCT day), sum(day_articles) = (SELECT count(*)"
                      + " FROM articles) FROM ("
                      + daily.sql()
                      + ")"))
          .containsExactly(
              DuckDbCatalogSparkTest.query(c, "SELECT count(DISTINCT published_date) FROM articles")
                      .get(0)
                  + "|true");
      // The burst table of bursts_and_cooccurrence lists those days for the theme.
      Query bursts =
          find(
              found,
              "bursts_and_cooccurrence.ipynb",
              "WHERE burst AND granularity = 'day'\nORDER BY");
      assertThat(
              DuckDbCatalogSparkTest.query(
                  c,
                  "SELECT DISTINCT period_start FROM ("
                      + bursts.sql()
                      + ") WHERE key = 'EXPORT_CONTROLS' ORDER BY 1"))
          .isSubsetOf(burstDays)
          .isNotEmpty();
    }
  }

  private static Query find(Map<String, Query> queries, String notebook, String fragment) {
    return queries.values().stream()
        .filter(q -> q.notebook().equals(notebook) && q.sql().contains(fragment))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no query of " + notebook + " contains " + fragment));
  }

  /** The notebook's queries, parameters substituted, in cell order. */
  static List<Query> queries(Path notebook) throws IOException {
    JsonNode nb = new ObjectMapper().readTree(Files.readString(notebook));
    assertThat(nb.path("nbformat").asInt()).isEqualTo(4);
    Map<String, String> params = new LinkedHashMap<>();
    List<Query> out = new ArrayList<>();
    JsonNode cells = nb.path("cells");
    for (int i = 0; i < cells.size(); i++) {
      JsonNode cell = cells.get(i);
      if (!"code".equals(cell.path("cell_type").asText())) {
        continue;
      }
      String code = source(cell);
      boolean isParameters = false;
      for (JsonNode tag : cell.path("metadata").path("tags")) {
        isParameters |= "parameters".equals(tag.asText());
      }
      if (isParameters) {
        Matcher m = PARAMETER.matcher(code);
        while (m.find()) {
          params.put(m.group(1).toLowerCase(Locale.ROOT), sqlLiteral(m.group(2)));
        }
        assertThat(params).as("parameters cell of %s", notebook).containsKey("db");
      }
      Matcher m = QUERY.matcher(code);
      while (m.find()) {
        out.add(
            new Query(
                notebook.getFileName().toString(), i, substitute(m.group(1), params, notebook)));
      }
    }
    return out;
  }

  private static String source(JsonNode cell) {
    JsonNode src = cell.path("source");
    if (src.isTextual()) {
      return src.asText();
    }
    StringBuilder b = new StringBuilder();
    src.forEach(line -> b.append(line.asText()));
    return b.toString();
  }

  private static String substitute(String sql, Map<String, String> params, Path notebook) {
    Matcher m = PLACEHOLDER.matcher(sql);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String value = params.get(m.group(1));
      assertThat(value)
          .as(
              "%s: parameter $%s has no %s in the parameters cell",
              notebook, m.group(1), m.group(1).toUpperCase(Locale.ROOT))
          .isNotNull();
      m.appendReplacement(b, Matcher.quoteReplacement(value));
    }
    m.appendTail(b);
    return b.toString().strip();
  }

  private static String sqlLiteral(String python) {
    if (python.startsWith("\"") || python.startsWith("'")) {
      return "'" + python.substring(1, python.length() - 1).replace("'", "''") + "'";
    }
    return python;
  }
}
