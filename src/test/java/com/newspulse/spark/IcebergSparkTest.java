package com.newspulse.spark;

import static com.newspulse.spark.TestCorpus.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newspulse.config.InvalidConfigException;
import com.newspulse.job.NewsPulseJob;
import com.newspulse.tables.TableContract;
import com.newspulse.tables.Tables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code output.format = iceberg} in local mode: every result table is an Iceberg table of a Hadoop
 * catalog under {@code <output>/iceberg}, holding exactly the rows of the Parquet folder, one
 * snapshot per table per run. Each test uses its own catalog name: Spark caches a catalog per
 * session, and the tests share one session.
 */
class IcebergSparkTest extends SparkTestBase {
  /**
   * Every table a run writes here: topics need a fitted model, which this 4-article corpus cannot
   * give.
   */
  private static final List<TableContract> TABLES =
      Tables.ALL.stream()
          .filter(t -> t != Tables.TOPICS && t != Tables.ARTICLE_TOPICS && t != Tables.TOPIC_COUNTS)
          .toList();

  private static final LocalDate MAR3 = LocalDate.of(2025, 3, 3);
  private static final LocalDate MAR4 = LocalDate.of(2025, 3, 4);
  private static final LocalDate MAR10 = LocalDate.of(2025, 3, 10);
  private static final LocalDate MAR11 = LocalDate.of(2025, 3, 11);

  @TempDir Path tmp;

  private String input() {
    return TestCorpus.write(
        tmp.resolve("in"),
        article(
            "p1",
            "2025-03-03T09:00:00Z",
            "Chip curbs",
            "Nvidia’s H20 chips face new export controls. Jensen Huang said Nvidia would comply.",
            "wire"),
        article(
            "p2",
            "2025-03-04T09:00:00Z",
            "Entity list",
            "The BIS added Huawei to the entity list. The US said tariffs on Japanese cars would rise 25%.",
            "wire"),
        article(
            "p3",
            "2025-03-10T09:00:00Z",
            "Markets",
            "Apple shares rose. Toyota sold $5.5 billion of bonds.",
            "ledger"),
        article(
            "p4",
            "2025-03-11T09:00:00Z",
            "Phones",
            "Apple unveiled a new iPhone. Recep Tayyip Erdogan spoke in Ankara.",
            "ledger"));
  }

  /** A corrected feed for 2025-03-10..11: p3 replaced by p3b, and 2025-03-11 now has no article. */
  private String fix() {
    return TestCorpus.write(
        tmp.resolve("fix"),
        article(
            "p3b", "2025-03-10T12:00:00Z", "Fixed", "Huawei and Toyota signed a deal.", "ledger"));
  }

  private NewsPulseJob job(String catalog) {
    return new NewsPulseJob(
        testConfig(
            "output.format=iceberg",
            "topics.enabled=false",
            "output.iceberg.catalog=" + catalog,
            "quality.fail-on-empty-window=false"),
        spark(),
        tmp.resolve("out").toString());
  }

  private static Dataset<Row> iceberg(NewsPulseJob job, TableContract t) {
    return spark().table(job.store().iceberg().tableName(t));
  }

  /** Row count and every row as JSON, sorted: equal strings mean equal tables. */
  private static String contents(Dataset<Row> d, TableContract t) {
    Dataset<Row> ordered =
        d.select(
            java.util.Arrays.stream(t.schema().fieldNames())
                .map(functions::col)
                .toArray(org.apache.spark.sql.Column[]::new));
    Row r =
        ordered
            .agg(
                functions.count(functions.lit(1)),
                functions.sort_array(
                    functions.collect_list(
                        functions.to_json(functions.struct(functions.col("*"))))))
            .first();
    return r.getLong(0) + ":" + r.getList(1);
  }

  private static Map<String, String> icebergTables(NewsPulseJob job) {
    return allContents(t -> iceberg(job, t));
  }

  private static Map<String, String> parquetTables(NewsPulseJob job) {
    return allContents(t -> job.store().read(t));
  }

  /**
   * {@link #contents} of every table in one Spark query (a union of the tables' rows as JSON,
   * grouped by table): a query per table cost the class about a third of its time.
   */
  private static Map<String, String> allContents(
      java.util.function.Function<TableContract, Dataset<Row>> read) {
    Dataset<Row> all = null;
    for (TableContract t : TABLES) {
      Dataset<Row> rows =
          read.apply(t)
              .select(
                  functions.lit(t.name()).as("table_name"),
                  functions
                      .to_json(
                          functions.struct(
                              java.util.Arrays.stream(t.schema().fieldNames())
                                  .map(functions::col)
                                  .toArray(org.apache.spark.sql.Column[]::new)))
                      .as("json"));
      all = all == null ? rows : all.unionAll(rows);
    }
    Map<String, String> byTable = new LinkedHashMap<>();
    for (TableContract t : TABLES) {
      byTable.put(t.name(), "0:[]");
    }
    for (Row r :
        all.groupBy("table_name")
            .agg(
                functions.count(functions.lit(1)),
                functions.sort_array(functions.collect_list(functions.col("json"))))
            .collectAsList()) {
      byTable.put(r.getString(0), r.getLong(1) + ":" + r.getList(2));
    }
    return byTable;
  }

  private static long snapshots(NewsPulseJob job, TableContract t) {
    return spark().table(job.store().iceberg().tableName(t) + ".snapshots").count();
  }

  private static List<String> ids(Dataset<Row> articles) {
    return articles.orderBy("article_id").collectAsList().stream()
        .map(r -> r.<String>getAs("article_id"))
        .toList();
  }

  @Test
  void aRunPublishesEveryTableAsIcebergAndARerunGivesTheSameRowsInOneNewSnapshot() {
    NewsPulseJob job = job("ice_rerun");
    String in = input();
    job.run(in, null, null);

    Map<String, String> before = icebergTables(job);
    assertThat(before).isEqualTo(parquetTables(job));
    assertThat(ids(iceberg(job, Tables.ARTICLES))).containsExactly("p1", "p2", "p3", "p4");
    assertThat(iceberg(job, Tables.ARTICLE_ENTITIES).count()).isEqualTo(10);
    assertThat(
            iceberg(job, Tables.TRENDS)
                .filter("granularity = 'week' AND dimension = 'theme' AND articles > 0")
                .select("key")
                .as(Encoders.STRING())
                .collectAsList())
        .containsExactlyInAnyOrder("EXPORT_CONTROLS", "SEMICONDUCTORS", "TARIFFS");
    assertThat(iceberg(job, Tables.RUNS).select("status").as(Encoders.STRING()).collectAsList())
        .containsExactly("SUCCEEDED");
    // Identity partitions as in the contract: one per day for articles.
    assertThat(
            spark().table(job.store().iceberg().tableName(Tables.ARTICLES) + ".partitions").count())
        .isEqualTo(4);
    assertThat(
            spark()
                .table(job.store().iceberg().tableName(Tables.TRENDS) + ".partitions")
                .filter(
                    "partition.granularity = 'week' AND partition.period_start = DATE'2025-03-03'")
                .count())
        .isEqualTo(1);
    assertThat(Files.isDirectory(tmp.resolve("out/iceberg/newspulse/articles/metadata"))).isTrue();
    for (TableContract t : TABLES) {
      assertThat(snapshots(job, t)).as(t.name()).isEqualTo(1);
    }

    job.run(in, null, null);

    Map<String, String> after = icebergTables(job);
    for (TableContract t : TABLES) {
      if (t != Tables.RUNS) {
        assertThat(after.get(t.name())).as(t.name()).isEqualTo(before.get(t.name()));
      }
      assertThat(snapshots(job, t)).as(t.name()).isEqualTo(2);
    }
    assertThat(iceberg(job, Tables.ARTICLES).count()).isEqualTo(4);
    assertThat(iceberg(job, Tables.RUNS).count()).isEqualTo(2);
    assertThat(after).isEqualTo(parquetTables(job));
  }

  /**
   * An Iceberg table written by an older version lacks a column added since (here {@code
   * articles.boilerplate_chars}): the publish adds it before writing, and the rows carry it as the
   * Parquet folder does.
   */
  @Test
  void aColumnAddedToAContractIsAddedToTheExistingIcebergTable() {
    NewsPulseJob job = job("ice_evolve");
    String name = job.store().iceberg().tableName(Tables.ARTICLES);
    spark().sql("CREATE NAMESPACE IF NOT EXISTS " + name.substring(0, name.lastIndexOf('.')));
    org.apache.spark.sql.types.StructType older =
        new org.apache.spark.sql.types.StructType(
            java.util.Arrays.stream(Tables.ARTICLES.schema().fields())
                .filter(f -> !f.name().equals("boilerplate_chars"))
                .toArray(org.apache.spark.sql.types.StructField[]::new));
    spark()
        .sql(
            "CREATE TABLE "
                + name
                + " ("
                + older.toDDL()
                + ") USING iceberg PARTITIONED BY (published_date)");
    assertThat(spark().table(name).columns()).doesNotContain("boilerplate_chars");

    job.run(input(), MAR3, MAR4);
    assertThat(spark().table(name).columns()).contains("boilerplate_chars");
    assertThat(contents(iceberg(job, Tables.ARTICLES), Tables.ARTICLES))
        .isEqualTo(contents(job.store().read(Tables.ARTICLES), Tables.ARTICLES));
    assertThat(
            iceberg(job, Tables.ARTICLES)
                .filter("boilerplate_chars = 0")
                .select("article_id")
                .as(Encoders.STRING())
                .collectAsList())
        .containsExactlyInAnyOrder("p1", "p2");
  }

  @Test
  void aLaterWindowAppendsAndACorrectedWindowReplacesExactlyItsPartitions() {
    NewsPulseJob job = job("ice_windows");
    String in = input();
    job.run(in, MAR3, MAR4);
    assertThat(ids(iceberg(job, Tables.ARTICLES))).containsExactly("p1", "p2");

    job.run(in, MAR10, MAR11);
    assertThat(ids(iceberg(job, Tables.ARTICLES))).containsExactly("p1", "p2", "p3", "p4");
    assertThat(icebergTables(job)).isEqualTo(parquetTables(job));

    // The corrected feed owns 03-10..03-11: p3 becomes p3b and 03-11 is emptied (an
    // overwritePartitions() of the new rows alone would have kept p4).
    job.run(fix(), MAR10, MAR11);
    assertThat(ids(iceberg(job, Tables.ARTICLES))).containsExactly("p1", "p2", "p3b");
    assertThat(
            iceberg(job, Tables.ARTICLE_ENTITIES)
                .filter("published_date >= '2025-03-10'")
                .select("entity_id")
                .as(Encoders.STRING())
                .collectAsList())
        .containsExactlyInAnyOrder("huawei", "toyota");
    assertThat(iceberg(job, Tables.RUNS).count()).isEqualTo(3);
    assertThat(icebergTables(job)).isEqualTo(parquetTables(job));
  }

  @Test
  void aRunKilledWhilePublishingLeavesEveryTableAtACommittedSnapshotAndIsRolledForward()
      throws Exception {
    NewsPulseJob job = job("ice_killed");
    job.run(input(), null, null);
    Map<String, String> before = icebergTables(job);
    long trendsSnapshot =
        spark()
            .table(job.store().iceberg().tableName(Tables.TRENDS) + ".snapshots")
            .select("snapshot_id")
            .first()
            .getLong(0);

    NewsPulseJob dying = job("ice_killed");
    // The write of trends fails in its tasks, as a killed executor or driver would leave it.
    dying
        .store()
        .iceberg()
        .beforeWrite(
            (t, rows) ->
                t == Tables.TRENDS
                    ? rows.filter(
                        functions.expr("raise_error('killed while writing trends') IS NULL"))
                    : rows);
    assertThatThrownBy(() -> dying.run(fix(), MAR10, MAR11))
        .hasStackTraceContaining("killed while writing trends");

    // Tables published before trends show the new run, trends and the tables after it the previous
    // one; every table reads a committed snapshot.
    Map<String, String> parquet = parquetTables(job);
    Map<String, String> now = icebergTables(job);
    assertThat(ids(iceberg(job, Tables.ARTICLES))).containsExactly("p1", "p2", "p3b");
    assertThat(now.get("articles")).isEqualTo(parquet.get("articles"));
    assertThat(now.get("article_entities")).isEqualTo(parquet.get("article_entities"));
    for (TableContract t : List.of(Tables.TRENDS, Tables.COOCCURRENCE, Tables.RUNS)) {
      assertThat(now.get(t.name())).as(t.name()).isEqualTo(before.get(t.name()));
    }
    assertThat(now.get("trends")).isNotEqualTo(parquet.get("trends"));
    assertThat(
            spark()
                .table(job.store().iceberg().tableName(Tables.TRENDS) + ".snapshots")
                .select("snapshot_id")
                .collectAsList())
        .extracting(r -> r.getLong(0))
        .containsExactly(trendsSnapshot);
    // The killed run's journal is kept for the next run.
    try (var s = Files.list(tmp.resolve("out/_staging"))) {
      assertThat(s.count()).isEqualTo(1);
    }

    // The next run (here: its recovery step) completes the publish: Iceberg equals Parquet again.
    dying.store().iceberg().beforeWrite(null);
    job.store().recover();
    assertThat(icebergTables(job)).isEqualTo(parquetTables(job));
    assertThat(snapshots(job, Tables.TRENDS)).isEqualTo(2);
    try (var s = Files.list(tmp.resolve("out/_staging"))) {
      assertThat(s.count()).isZero();
    }
  }

  @Test
  void partitionFiltersNameEachOwnedPartitionWithTypedValues() {
    assertThat(
            IcebergPublisher.partitionFilter(
                    Tables.ARTICLES,
                    List.of("published_date=2025-03-03", "published_date=2025-03-04"))
                .toString())
        .isEqualTo("(published_date IN (DATE '2025-03-03', DATE '2025-03-04'))");
    assertThat(
            IcebergPublisher.partitionFilter(
                    Tables.TRENDS,
                    List.of(
                        "granularity=day/period_start=2025-03-03",
                        "granularity=week/period_start=2025-03-03",
                        "granularity=day/period_start=2025-03-04"))
                .toString())
        .isEqualTo(
            "(((granularity = day) AND (period_start IN (DATE '2025-03-03', DATE '2025-03-04'))) "
                + "OR ((granularity = week) AND (period_start IN (DATE '2025-03-03'))))");
  }

  @Test
  void anExternalCatalogMustBeConfiguredAndAHadoopOneCannotBeRepointed() {
    assertThatThrownBy(
            () ->
                new NewsPulseJob(
                    testConfig(
                        "output.format=iceberg",
                        "output.iceberg.catalog=not_configured",
                        "output.iceberg.catalog-type=external"),
                    spark(),
                    tmp.resolve("a").toString()))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("Spark catalog 'not_configured' is not configured");
    new NewsPulseJob(
        testConfig("output.format=iceberg", "output.iceberg.catalog=ice_once"),
        spark(),
        tmp.resolve("a").toString());
    assertThatThrownBy(
            () ->
                new NewsPulseJob(
                    testConfig("output.format=iceberg", "output.iceberg.catalog=ice_once"),
                    spark(),
                    tmp.resolve("b").toString()))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("is already defined in this session");
    assertThatThrownBy(() -> testConfig("output.format=orc"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("newspulse.output.format must be one of parquet, iceberg, got 'orc'");
  }
}
