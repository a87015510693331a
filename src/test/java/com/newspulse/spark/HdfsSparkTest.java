package com.newspulse.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.newspulse.tables.TableContract;
import com.newspulse.tables.Tables;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newspulse run} with input, output, knowledge base and taxonomy on HDFS: an in-process
 * MiniDFSCluster (one datanode on 127.0.0.1), reached by the shared Spark session through the
 * Hadoop client like any cluster's HDFS.
 */
class HdfsSparkTest extends SparkTestBase {
  @TempDir static Path tmp;

  private static MiniDFSCluster cluster;
  private static FileSystem hdfs;
  private static String base;

  @BeforeAll
  static void startHdfs() throws Exception {
    Configuration conf = new Configuration();
    conf.set("dfs.namenode.http-address", "127.0.0.1:0");
    conf.set("dfs.datanode.http.address", "127.0.0.1:0");
    conf.setInt("dfs.replication", 1);
    cluster =
        new MiniDFSCluster.Builder(conf, tmp.resolve("dfs").toFile())
            .numDataNodes(1)
            .format(true)
            .build();
    cluster.waitActive();
    hdfs = cluster.getFileSystem();
    base = "hdfs://127.0.0.1:" + cluster.getNameNodePort();
    // The knowledge base and taxonomy come from HDFS too (Locations copies them to the driver).
    hdfs.copyFromLocalFile(
        new org.apache.hadoop.fs.Path(resource("fixtures/kb").toUri()),
        new org.apache.hadoop.fs.Path(base + "/conf/kb"));
    hdfs.copyFromLocalFile(
        new org.apache.hadoop.fs.Path(resource("fixtures/themes.conf").toUri()),
        new org.apache.hadoop.fs.Path(base + "/conf/themes.conf"));
  }

  @AfterAll
  static void stopHdfs() throws Exception {
    if (cluster != null) {
      cluster.shutdown(true);
    }
  }

  private static Outcome run(String in, String out) {
    return cli(
        "run",
        "--input",
        in,
        "--output",
        out,
        "kb.path=\"" + base + "/conf/kb\"",
        "themes.path=\"" + base + "/conf/themes.conf\"",
        "spark.master=\"local[2]\"",
        "spark.shuffle-partitions=2");
  }

  @Test
  void runReadsAndPublishesOnHdfs() throws Exception {
    String in = base + "/in";
    String out = base + "/out";
    TestCorpus.write(in, TestCorpus.knownArticles());

    Outcome first = run(in, out);
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out())
        .contains(
            "run finished",
            "output " + out,
            "rows read 4 = accepted 4 + quarantined 0 + duplicates 0");
    // The DuckDB catalog is for local outputs only: skipped quietly, no warning, no file.
    assertThat(first.out()).doesNotContain("BI catalog", "warning");
    assertThat(hdfs.exists(new org.apache.hadoop.fs.Path(out + "/newspulse.duckdb"))).isFalse();

    TableStore store = new TableStore(spark(), out);
    assertThat(lines(store.read(Tables.ARTICLES), "article_id"))
        .containsExactlyInAnyOrder("p1", "p2", "p3", "p4");
    assertThat(lines(store.read(Tables.ARTICLE_ENTITIES), "article_id", "entity_id", "mentions"))
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
    assertThat(lines(store.read(Tables.ARTICLE_THEMES), "article_id", "theme_id", "hits"))
        .containsExactlyInAnyOrder(
            "p1|EXPORT_CONTROLS|1", "p1|SEMICONDUCTORS|1", "p2|EXPORT_CONTROLS|1", "p2|TARIFFS|1");
    assertThat(
            lines(store.read(Tables.AMOUNTS), "article_id", "kind", "value", "currency", "surface"))
        .containsExactlyInAnyOrder("p2|PERCENT|25.0|null|25%", "p3|MONEY|5.5E9|USD|$5.5 billion");
    assertThat(
            lines(
                store
                    .read(Tables.TRENDS)
                    .filter("granularity = 'week' AND dimension = 'theme' AND articles > 0"),
                "period_start",
                "key",
                "articles"))
        .containsExactlyInAnyOrder(
            "2025-03-03|EXPORT_CONTROLS|2", "2025-03-03|SEMICONDUCTORS|1", "2025-03-03|TARIFFS|1");
    // Partitions are real HDFS folders, published by rename out of an emptied staging area.
    assertThat(
            hdfs.exists(new org.apache.hadoop.fs.Path(out + "/articles/published_date=2025-03-03")))
        .isTrue();
    assertThat(hdfs.listStatus(new org.apache.hadoop.fs.Path(out + "/_staging"))).isEmpty();
    List<String> before = snapshot(store);

    Outcome second = run(in, out);
    assertThat(second.code()).as(second.err()).isZero();
    assertThat(snapshot(store)).isEqualTo(before);
    assertThat(hdfs.listStatus(new org.apache.hadoop.fs.Path(out + "/_staging"))).isEmpty();
    assertThat(lines(store.read(Tables.RUNS), "status"))
        .containsExactlyInAnyOrder("SUCCEEDED", "SUCCEEDED");
  }

  private static List<String> snapshot(TableStore store) {
    List<String> all = new ArrayList<>();
    for (TableContract t : Tables.ALL) {
      if (t == Tables.RUNS || t == Tables.QUARANTINE) {
        continue;
      }
      Dataset<Row> d = store.read(t);
      all.add(
          t.name()
              + ":"
              + d.count()
              + ":"
              + d.select(
                      functions.sort_array(
                          functions.collect_list(
                              functions.to_json(functions.struct(functions.col("*"))))))
                  .first()
                  .get(0));
    }
    return all;
  }
}
