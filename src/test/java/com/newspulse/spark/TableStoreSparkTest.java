package com.newspulse.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.newspulse.tables.Tables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing, and what readers see when a run dies before or during it. */
class TableStoreSparkTest extends SparkTestBase {
  @TempDir Path tmp;

  private static final LocalDate D1 = LocalDate.of(2025, 1, 1);
  private static final LocalDate D2 = LocalDate.of(2025, 1, 2);

  private static Dataset<Row> themes(Object[]... rows) {
    return spark()
        .createDataFrame(
            java.util.Arrays.stream(rows).map(r -> row(r)).toList(),
            Tables.ARTICLE_THEMES.schema());
  }

  private static List<String> ids(TableStore store) {
    return store.read(Tables.ARTICLE_THEMES).orderBy("article_id").collectAsList().stream()
        .map(r -> r.getString(0) + "@" + r.getAs(Tables.PUBLISHED_DATE))
        .toList();
  }

  private static final List<String> BOTH_DAYS =
      List.of("published_date=" + D1, "published_date=" + D2);

  private TableStore publishedV1() {
    TableStore store = new TableStore(spark(), tmp.toString());
    RunTransaction v1 = store.begin("run-1");
    v1.stage(
        Tables.ARTICLE_THEMES,
        themes(
            new Object[] {"a", "T", "T", 1, 0, 0, 1.0, false, D1},
            new Object[] {"b", "T", "T", 1, 0, 0, 1.0, false, D2}),
        BOTH_DAYS);
    v1.commit();
    return store;
  }

  @Test
  void aRunKilledBeforePublishingLeavesTablesUnchangedAndIsDiscarded() throws Exception {
    TableStore store = publishedV1();
    RunTransaction dead = store.begin("run-2");
    dead.stage(
        Tables.ARTICLE_THEMES,
        themes(new Object[] {"c", "T", "T", 1, 0, 0, 1.0, false, D1}),
        BOTH_DAYS);
    // The run dies here: no journal. Readers still see v1 ...
    assertThat(ids(store)).containsExactly("a@" + D1, "b@" + D2);
    // ... and the next run discards the leftovers, naming the run it discarded (no runs row
    // staged: it died before its publish).
    RunTransaction next = store.begin("run-3");
    assertThat(next.abandoned())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.runId()).isEqualTo("run-2");
              assertThat(a.stagedRun()).isNull();
              assertThat(a.lastWrite()).isPositive();
            });
    next.abort();
    try (var s = Files.list(tmp.resolve("_staging"))) {
      assertThat(s.count()).isZero();
    }
    assertThat(ids(store)).containsExactly("a@" + D1, "b@" + D2);
  }

  /** Writes model.bin with {@code content} into the folder {@code tx} stages for {@code path}. */
  private static void writeStagedFile(RunTransaction tx, String path, String content)
      throws java.io.IOException {
    Path dir = Files.createDirectories(Path.of(tx.stageFolder(path).toUri().getPath()));
    Files.writeString(dir.resolve("model.bin"), content);
  }

  @Test
  void emptyTableFilesAreWhatSparkWritesForNoRows(@TempDir Path tmp) throws Exception {
    var conf = spark().sparkContext().hadoopConfiguration();
    for (var t : Tables.ALL) {
      var data =
          new org.apache.spark.sql.types.StructType(
              java.util.Arrays.stream(t.schema().fields())
                  .filter(f -> !t.partitionColumns().contains(f.name()))
                  .toArray(org.apache.spark.sql.types.StructField[]::new));
      var ours = new org.apache.hadoop.fs.Path(tmp.resolve("ours-" + t.name()).toUri());
      EmptyParquetFile.write(spark(), data, ours, conf);
      Path sparks = tmp.resolve("spark-" + t.name());
      spark().createDataFrame(List.of(), data).coalesce(1).write().parquet(sparks.toString());
      Path sparkFile;
      try (var files = Files.list(sparks)) {
        sparkFile =
            files.filter(f -> f.getFileName().toString().endsWith(".parquet")).findFirst().get();
      }
      var a = footer(ours, conf);
      var b = footer(new org.apache.hadoop.fs.Path(sparkFile.toUri()), conf);
      assertThat(a.getFileMetaData().getSchema())
          .as(t.name())
          .isEqualTo(b.getFileMetaData().getSchema());
      assertThat(a.getFileMetaData().getKeyValueMetaData())
          .as(t.name())
          .isEqualTo(b.getFileMetaData().getKeyValueMetaData());
      assertThat(a.getBlocks()).isEmpty();
      assertThat(spark().read().parquet(ours.toString()).schema())
          .isEqualTo(spark().read().parquet(sparkFile.toString()).schema());
    }
  }

  private static org.apache.parquet.hadoop.metadata.ParquetMetadata footer(
      org.apache.hadoop.fs.Path file, org.apache.hadoop.conf.Configuration conf) throws Exception {
    try (var r =
        org.apache.parquet.hadoop.ParquetFileReader.open(
            org.apache.parquet.hadoop.util.HadoopInputFile.fromPath(file, conf))) {
      return r.getFooter();
    }
  }

  @Test
  void localTablesAreWrittenByTheForklessFileSystemWithHadoopsModes() throws Exception {
    assertThat(
            org.apache.hadoop.fs.FileSystem.get(
                java.net.URI.create("file:///"), spark().sparkContext().hadoopConfiguration()))
        .isInstanceOf(ForklessLocalFileSystem.class);
    publishedV1();
    java.nio.file.Path day = tmp.resolve("article_themes/published_date=" + D1);
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(day)))
        .isEqualTo("rwxr-xr-x");
    try (var files = java.nio.file.Files.list(day)) {
      java.nio.file.Path parquet =
          files.filter(f -> f.toString().endsWith(".parquet")).findFirst().orElseThrow();
      assertThat(
              java.nio.file.attribute.PosixFilePermissions.toString(
                  java.nio.file.Files.getPosixFilePermissions(parquet)))
          .isEqualTo("rw-r--r--");
    }
  }

  @Test
  void stagedFoldersAndPointersArePublishedWithTheRunOrNotAtAll() throws Exception {
    TableStore store = publishedV1();
    RunTransaction dead = store.begin("run-2");
    writeStagedFile(dead, "_models/m/run-2", "two");
    dead.stagePointer("_models/m/CURRENT", "run-2");
    // Killed before its journal: the next run discards both.
    store.begin("run-3").abort();
    assertThat(tmp.resolve("_models")).doesNotExist();

    RunTransaction tx = store.begin("run-4");
    writeStagedFile(tx, "_models/m/run-4", "four");
    tx.stagePointer("_models/m/CURRENT", "run-4");
    tx.writeJournal();
    assertThat(tmp.resolve("_models")).doesNotExist(); // committed, not yet applied
    store.recover();
    store.recover(); // a second replay is harmless
    assertThat(tmp.resolve("_models/m/run-4/model.bin")).hasContent("four");
    assertThat(tmp.resolve("_models/m/CURRENT")).hasContent("run-4");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> tx.stagePointer("../x", "y"))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> tx.stagePointer("p", "two\nlines"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRunKilledWhilePublishingIsCompletedByTheNextOne() {
    TableStore store = publishedV1();
    RunTransaction dying = store.begin("run-2");
    // New rows for day 1; day 2 owned but empty: publishing deletes it.
    dying.stage(
        Tables.ARTICLE_THEMES,
        themes(new Object[] {"c", "T", "T", 1, 0, 0, 1.0, false, D1}),
        BOTH_DAYS);
    dying.writeJournal();
    // The run dies after writing its journal, before any rename; a second replay is harmless.
    store.recover();
    store.recover();
    assertThat(ids(store)).containsExactly("c@" + D1);
  }

  @Test
  void aRunThatFailsAfterItsJournalIsKeptByAbortAndCompletedByTheNextOne() throws Exception {
    TableStore store = publishedV1();
    RunTransaction failing = store.begin("run-2");
    failing.stage(
        Tables.ARTICLE_THEMES,
        themes(new Object[] {"c", "T", "T", 1, 0, 0, 1.0, false, D1}),
        BOTH_DAYS);
    failing.writeJournal();
    // Publishing failed part-way (e.g. an Iceberg write): the run is committed, abort keeps it.
    failing.abort();
    assertThat(Files.exists(tmp.resolve("_staging/run-2/" + TableStore.JOURNAL))).isTrue();
    store.begin("run-3").abort();
    assertThat(ids(store)).containsExactly("c@" + D1);
    try (var s = Files.list(tmp.resolve("_staging"))) {
      assertThat(s.count()).isZero();
    }
  }

  @Test
  void aRunKilledWhileWritingItsJournalNeverCommittedAndIsDiscarded() throws Exception {
    for (String journal : List.of(TableStore.JOURNAL + ".tmp", TableStore.JOURNAL)) {
      TableStore store = publishedV1();
      RunTransaction dying = store.begin("run-2");
      dying.stage(
          Tables.ARTICLE_THEMES,
          themes(new Object[] {"c", "T", "T", 1, 0, 0, 1.0, false, D1}),
          BOTH_DAYS);
      // Killed while writing: a temporary journal, or (on a file system without atomic rename) a
      // journal cut before its END line. Neither publishes anything; the next run discards it.
      Files.writeString(
          tmp.resolve("_staging/run-2/" + journal),
          "article_themes\tpublished_date=" + D1 + "\tN\n");
      store.begin("run-3").abort();
      assertThat(ids(store)).as(journal).containsExactly("a@" + D1, "b@" + D2);
      try (var s = Files.list(tmp.resolve("_staging"))) {
        assertThat(s.count()).as(journal).isZero();
      }
    }
  }

  @Test
  void theJournalIsWrittenWholeUnderItsOwnName() throws Exception {
    TableStore store = publishedV1();
    RunTransaction tx = store.begin("run-2");
    tx.stage(
        Tables.ARTICLE_THEMES,
        themes(new Object[] {"c", "T", "T", 1, 0, 0, 1.0, false, D1}),
        BOTH_DAYS);
    tx.writeJournal();
    assertThat(Files.readAllLines(tmp.resolve("_staging/run-2/" + TableStore.JOURNAL)))
        .containsExactly(
            "article_themes\tpublished_date=" + D1 + "\tN",
            "article_themes\tpublished_date=" + D2 + "\tD",
            "END\t2");
    assertThat(Files.exists(tmp.resolve("_staging/run-2/" + TableStore.JOURNAL + ".tmp")))
        .isFalse();
    tx.abort(); // committed: kept for the next run
    store.recover();
    assertThat(ids(store)).containsExactly("c@" + D1);
  }

  @Test
  void readsInsideATransactionSeeStagedPartitionsOverPublishedOnes() {
    TableStore store = publishedV1();
    RunTransaction tx = store.begin("run-2");
    tx.stage(
        Tables.ARTICLE_THEMES,
        themes(new Object[] {"c", "T", "T", 1, 0, 0, 1.0, false, D1}),
        List.of("published_date=" + D1));
    assertThat(
            tx.read(Tables.ARTICLE_THEMES).orderBy("article_id").collectAsList().stream()
                .map(r -> r.getString(0))
                .toList())
        .containsExactly("b", "c");
    tx.abort();
    assertThat(ids(store)).containsExactly("a@" + D1, "b@" + D2);
  }

  @Test
  void readsOfNamedPartitionsSeeOnlyThoseStagedOverPublished() {
    TableStore store = publishedV1();
    LocalDate d3 = D2.plusDays(1);
    RunTransaction tx = store.begin("run-2");
    // The run owns D1 (one new row) and D3 (no rows): D1 reads staged, D2 published, D3 nothing.
    tx.stage(
        Tables.ARTICLE_THEMES,
        themes(new Object[] {"c", "T", "T", 1, 0, 0, 1.0, false, D1}),
        List.of("published_date=" + D1, "published_date=" + d3));
    assertThat(names(tx.readDays(Tables.ARTICLE_THEMES, D1, d3))).containsExactly("b", "c");
    assertThat(names(tx.readDays(Tables.ARTICLE_THEMES, D2, D2))).containsExactly("b");
    assertThat(names(tx.readDays(Tables.ARTICLE_THEMES, D1, D1))).containsExactly("c");
    // Days the table does not hold, published or staged, read as no rows with the table's schema.
    Dataset<Row> none = tx.readDays(Tables.ARTICLE_THEMES, d3, d3.plusDays(30));
    assertThat(none.schema()).isEqualTo(Tables.ARTICLE_THEMES.schema());
    assertThat(none.count()).isZero();
    // A folder of another column would read as no rows: rejected.
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> tx.read(Tables.QUARANTINE, List.of("published_date=" + D1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("partitioned by [partition_date], not published_date=" + D1);
    // Outside a transaction: the published folders named.
    assertThat(names(store.read(Tables.ARTICLE_THEMES, List.of("published_date=" + D1))))
        .containsExactly("a");
    tx.abort();
  }

  private static List<String> names(Dataset<Row> rows) {
    return rows.orderBy("article_id").collectAsList().stream().map(r -> r.getString(0)).toList();
  }
}
