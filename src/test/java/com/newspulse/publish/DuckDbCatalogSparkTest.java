package com.newspulse.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newspulse.cli.CatalogCommand;
import com.newspulse.spark.SparkTestBase;
import com.newspulse.testing.Folders;
import com.newspulse.testing.SqlRows;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The DuckDB catalog over a real pipeline output (the JVM's shared run of the hand-written articles
 * of PipelineSparkTest, copied by each test: they change files), queried through DuckDB JDBC
 * exactly as a BI tool would: read-only, by view name.
 */
class DuckDbCatalogSparkTest extends SparkTestBase {

  @TempDir Path tmp;

  @Test
  void viewsAnswerExactlyWhatThePipelineWrote() throws Exception {
    Path out = knownOutputCopy(tmp.resolve("out"));
    Path db = DuckDbCatalog.defaultDbFile(out);
    DuckDbCatalog.write(out, db);

    try (Connection c = CatalogFile.openReadOnly(db)) {
      // Every contract table has a view, the ones without rows too (no quarantined input, no pair
      // reaching cooccurrence.min-articles, no boilerplate in four articles): they answer no rows.
      assertThat(
              query(
                  c, "SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY view_name"))
          .containsExactly(
              "amounts",
              "article_countries",
              "article_entities",
              "article_keywords",
              "article_terms",
              "article_themes",
              "article_tone",
              "article_topics",
              "articles",
              "candidate_days",
              "candidate_mentions",
              "cooccurrence",
              "daily_entity_mentions",
              "entity_candidates",
              "entity_mentions",
              "latest_run",
              "quarantine",
              "runs",
              "source_boilerplate",
              "source_lines",
              "source_volume",
              "top_entities",
              "topic_counts",
              "topics",
              "trend_counts",
              "trending_terms",
              "trends",
              "weekly_themes");
      assertThat(query(c, "SELECT count(*) FROM quarantine WHERE partition_date = 'undated'"))
          .containsExactly("0");
      assertThat(
              query(c, "SELECT count(*) FROM cooccurrence WHERE period_start >= DATE '2025-01-01'"))
          .containsExactly("0");
      assertThat(query(c, "SELECT count(*) FROM source_boilerplate")).containsExactly("0");
      assertThat(query(c, "SELECT count(*) FROM articles")).containsExactly("4");
      assertThat(query(c, "SELECT article_id FROM articles ORDER BY article_id"))
          .containsExactly("p1", "p2", "p3", "p4");
      assertThat(
              query(
                  c,
                  "SELECT entity_id, mentions FROM article_entities WHERE article_id = 'p1' ORDER BY entity_id"))
          .containsExactly("china|1", "h20|1", "jensen-huang|2", "nvidia|2");
      assertThat(
              query(
                  c,
                  "SELECT article_id, entity_id FROM article_entities ORDER BY article_id, entity_id"))
          .containsExactly(
              "p1|china",
              "p1|h20",
              "p1|jensen-huang",
              "p1|nvidia",
              "p2|bis",
              "p2|huawei",
              "p2|japan",
              "p2|united-states",
              "p3|toyota",
              "p4|apple",
              "p4|recep-erdogan");
      assertThat(
              query(c, "SELECT article_id, kind, value, currency FROM amounts ORDER BY article_id"))
          .containsExactly("p2|PERCENT|25.0|null", "p3|MONEY|5.5E9|USD");

      // Partition columns come out typed.
      assertThat(query(c, "SELECT typeof(published_date) FROM articles LIMIT 1"))
          .containsExactly("DATE");
      assertThat(query(c, "SELECT DISTINCT typeof(published_date) FROM article_entities"))
          .containsExactly("DATE");
      assertThat(query(c, "SELECT DISTINCT typeof(period_start), typeof(granularity) FROM trends"))
          .containsExactly("DATE|VARCHAR");
      assertThat(query(c, "SELECT DISTINCT typeof(run_id), typeof(window_from) FROM runs"))
          .containsExactly("VARCHAR|DATE");
      assertThat(query(c, "SELECT published_date, count(*) FROM articles GROUP BY ALL ORDER BY 1"))
          .containsExactly("2025-03-03|1", "2025-03-04|1", "2025-03-10|1", "2025-03-11|1");
      assertThat(
              query(
                  c,
                  "SELECT count(*) FROM articles WHERE published_date BETWEEN DATE '2025-03-03' AND"
                      + " DATE '2025-03-09'"))
          .containsExactly("2");

      // Convenience views.
      assertThat(
              query(
                  c,
                  "SELECT week, theme_id, label, articles, mentions, share, z_score, burst FROM weekly_themes"
                      + " WHERE theme_id = 'EXPORT_CONTROLS' AND week = DATE '2025-03-03'"))
          .containsExactly("2025-03-03|EXPORT_CONTROLS|Export controls|2|2|1.0|null|false");
      assertThat(query(c, "SELECT theme_id, articles FROM weekly_themes ORDER BY week, theme_id"))
          // every theme has a dense weekly series: zero rows in the second week
          .containsExactly(
              "EXPORT_CONTROLS|2",
              "SEMICONDUCTORS|1",
              "TARIFFS|1",
              "EXPORT_CONTROLS|0",
              "SEMICONDUCTORS|0",
              "TARIFFS|0");
      assertThat(
              query(
                  c,
                  "SELECT day, entity_id, label, entity_type, articles, mentions, share, z_score, burst"
                      + " FROM daily_entity_mentions WHERE entity_id = 'nvidia'"))
          .containsExactly("2025-03-03|nvidia|Nvidia|ORG|1|2|1.0|null|false");
      assertThat(query(c, "SELECT count(*), sum(articles) FROM daily_entity_mentions"))
          .containsExactly("11|11");
      assertThat(
              query(
                  c,
                  "SELECT entity_id, label, entity_type, articles, mentions FROM top_entities"
                      + " ORDER BY mentions DESC, entity_id LIMIT 3"))
          .containsExactly(
              "jensen-huang|Jensen Huang|PERSON|1|2",
              "nvidia|Nvidia|ORG|1|2",
              "apple|Apple Inc|ORG|1|1");
      assertThat(query(c, "SELECT count(*) FROM top_entities")).containsExactly("11");
      assertThat(
              query(
                  c,
                  "SELECT status, command, rows_read, rows_accepted, rows_quarantined, rows_duplicates,"
                      + " window_from, window_to FROM latest_run"))
          .containsExactly("SUCCEEDED|run|4|4|0|0|2025-03-03|2025-03-11");

      // Each view's comment names its folder; read-only means read-only.
      assertThat(query(c, "SELECT comment FROM duckdb_views() WHERE view_name = 'articles'"))
          .singleElement()
          .asString()
          .contains(out.resolve("articles").toAbsolutePath().toString());
      assertThatThrownBy(() -> query(c, "CREATE TABLE x AS SELECT 1"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("read-only");
    }
    try (Stream<Path> files = Files.list(out)) {
      assertThat(
              files
                  .map(p -> p.getFileName().toString())
                  .filter(n -> !Files.isDirectory(out.resolve(n))))
          .containsExactly(
              DuckDbCatalog.DEFAULT_FILE_NAME); // no temporary file, no WAL left behind
    }
    // Storage format readable by DuckDB 1.x clients: header magic "DUCK", then version number 64.
    ByteBuffer header =
        ByteBuffer.wrap(Files.readAllBytes(db), 8, 12).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(
            new String(
                new byte[] {header.get(), header.get(), header.get(), header.get()},
                StandardCharsets.US_ASCII))
        .isEqualTo("DUCK");
    assertThat(header.getLong()).isEqualTo(64L);
  }

  @Test
  void stagedAndHiddenFilesNeverShowUp() throws Exception {
    Path out = knownOutputCopy(tmp.resolve("out"));
    Path part = anyParquet(out.resolve("articles/published_date=2025-03-03"));
    // A run in progress (its staging folder) and leftovers of writers inside a table folder: valid
    // Parquet files with real rows, in partitions that do not exist in the published table.
    for (String dir :
        List.of(
            "_staging/20250311T000000Z-abcdef/articles/published_date=2025-03-20",
            "articles/_temporary/0/published_date=2025-03-21",
            "articles/.hidden/published_date=2025-03-22",
            "articles/published_date=2025-03-23")) {
      Files.createDirectories(out.resolve(dir));
      Files.copy(
          part,
          out.resolve(dir).resolve(dir.endsWith("23") ? "_part-0.parquet" : "part-0.parquet"));
    }
    Path db = DuckDbCatalog.defaultDbFile(out);
    DuckDbCatalog.write(out, db);
    try (Connection c = CatalogFile.openReadOnly(db)) {
      assertThat(query(c, "SELECT count(*) FROM articles")).containsExactly("4");
      assertThat(
              query(c, "SELECT count(*) FROM articles WHERE published_date >= DATE '2025-03-20'"))
          .containsExactly("0");
      assertThat(
              query(
                  c,
                  "SELECT count(*), count(DISTINCT article_id) FROM articles WHERE article_id = 'p1'"))
          .containsExactly("1|1");
    }

    // A table without rows (only its schema file) shows none of such files either.
    Files.createDirectories(out.resolve("quarantine/_temporary/partition_date=undated"));
    Files.copy(part, out.resolve("quarantine/_temporary/partition_date=undated/part-0.parquet"));
    DuckDbCatalog.write(out, db);
    assertThat(CatalogFile.rowCounts(db)).containsEntry("quarantine", 0L);

    // A folder holding only such files gets no view.
    Folders.delete(out.resolve("source_boilerplate"));
    Files.createDirectories(out.resolve("source_boilerplate/_temporary/kind=line"));
    Files.copy(part, out.resolve("source_boilerplate/_temporary/kind=line/part-0.parquet"));
    DuckDbCatalog.write(out, db);
    assertThat(CatalogFile.rowCounts(db)).doesNotContainKey("source_boilerplate");
  }

  @Test
  void viewsAreLiveAndRewritingReplacesTheFileUnderAnOpenReader() throws Exception {
    Path out = knownOutputCopy(tmp.resolve("out"));
    Path db = tmp.resolve("bi/catalog.duckdb"); // parent created on demand
    DuckDbCatalog.write(out, db);
    try (Connection before = CatalogFile.openReadOnly(db)) {
      assertThat(query(before, "SELECT count(*) FROM articles")).containsExactly("4");
      // A later run publishes a new partition: the views see it without a new catalog.
      Folders.copy(
          out.resolve("articles/published_date=2025-03-11"),
          out.resolve("articles/published_date=2025-03-12"));
      assertThat(
              query(
                  before, "SELECT count(*) FROM articles WHERE published_date = DATE '2025-03-12'"))
          .containsExactly("1");

      // Replacing the catalog while a reader has it open: a new file (inode) is renamed into place
      // and the reader keeps working on the old one.
      Object inode = Files.readAttributes(db, BasicFileAttributes.class).fileKey();
      Folders.delete(out.resolve("runs"));
      DuckDbCatalog.write(out, db);
      assertThat(Files.readAttributes(db, BasicFileAttributes.class).fileKey()).isNotEqualTo(inode);
      assertThat(query(before, "SELECT count(*) FROM articles")).containsExactly("5");
    }
    // (DuckDB shares one database instance per path inside a JVM: a new reader sees the new file
    // once
    // the old connections are closed; another process sees it at once.)
    try (Connection after = CatalogFile.openReadOnly(db)) {
      assertThat(
              query(
                  after,
                  "SELECT count(*) FROM duckdb_views() WHERE view_name IN ('runs', 'latest_run')"))
          .containsExactly("0");
      assertThat(query(after, "SELECT count(*) FROM articles")).containsExactly("5");
    }
    try (Stream<Path> files = Files.list(db.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("catalog.duckdb");
    }
  }

  @Test
  void missingOrEmptyOutputIsAnInputError() throws Exception {
    Path db = tmp.resolve("x.duckdb");
    assertThatThrownBy(() -> DuckDbCatalog.write(tmp.resolve("nope"), db))
        .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.exitCode()).isEqualTo(3))
        .hasMessageContaining("does not exist");
    Files.createDirectories(tmp.resolve("empty/articles"));
    assertThatThrownBy(() -> DuckDbCatalog.write(tmp.resolve("empty"), db))
        .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.exitCode()).isEqualTo(3))
        .hasMessageContaining("no NewsPulse table under");
    assertThat(db).doesNotExist();
    assertThat(DuckDbCatalog.localPath("hdfs://nn:8020/news/pulse")).isEmpty();
    assertThat(DuckDbCatalog.writeIfLocal("s3a://bucket/pulse")).isEmpty();
    assertThat(DuckDbCatalog.localPath("file:///data/pulse")).contains(Path.of("/data/pulse"));
    assertThat(DuckDbCatalog.localPath("/data/pulse")).contains(Path.of("/data/pulse"));
  }

  @Test
  void catalogCommandPrintsTheViewsWithTheirRowCounts() throws Exception {
    Path out = knownOutputCopy(tmp.resolve("out"));
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      code = new CommandLine(new CatalogCommand()).execute("--output", out.toString());
    } finally {
      System.setOut(old);
    }
    String printed = buf.toString(StandardCharsets.UTF_8);
    assertThat(code).as(printed).isZero();
    Path db = out.resolve("newspulse.duckdb").toAbsolutePath();
    assertThat(printed)
        .contains("catalog written: " + db + " (28 views over " + out.toAbsolutePath() + ")")
        .containsPattern("(?m)^  articles +4 rows$")
        .containsPattern("(?m)^  article_entities +11 rows$")
        .containsPattern("(?m)^  weekly_themes +6 rows$")
        .containsPattern("(?m)^  latest_run +1 rows$")
        .contains("connect read-only: jdbc:duckdb:" + db + ";duckdb.read_only=true");
    assertThat(printed.indexOf("  articles "))
        .isLessThan(printed.indexOf("  runs ")); // tables first
    assertThat(printed.indexOf("  runs ")).isLessThan(printed.indexOf("  daily_entity_mentions "));

    Path other = tmp.resolve("elsewhere/pulse.duckdb");
    assertThat(
            new CommandLine(new CatalogCommand())
                .execute("--output", out.toString(), "--db", other.toString()))
        .isZero();
    assertThat(CatalogFile.rowCounts(other)).containsEntry("articles", 4L);

    // A writer like run: refused while another command holds the output's lock.
    Path third = tmp.resolve("third/pulse.duckdb");
    try (var held =
        com.newspulse.spark.OutputLock.acquire(
            org.apache.hadoop.fs.FileSystem.getLocal(new org.apache.hadoop.conf.Configuration()),
            new org.apache.hadoop.fs.Path(out.toUri()),
            "run-other")) {
      CommandLine busy = new CommandLine(new CatalogCommand());
      busy.setErr(new java.io.PrintWriter(new ByteArrayOutputStream()));
      assertThat(busy.execute("--output", out.toString(), "--db", third.toString())).isNotZero();
    }
    assertThat(third).doesNotExist();

    assertThat(new CommandLine(new CatalogCommand()).execute("--output", "hdfs://nn/news/pulse"))
        .isEqualTo(2);
  }

  // ------------------------------------------------------------------ helpers

  private static List<String> query(Connection c, String sql) throws SQLException {
    return SqlRows.of(c, sql);
  }

  private static Path anyParquet(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".parquet"))
          .findFirst()
          .orElseThrow();
    }
  }
}
