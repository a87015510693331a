package com.newspulse.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.newspulse.tables.Tables;
import com.newspulse.testing.OutputTables;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
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

    // Every table equals the same articles' run on the local file system (PipelineSparkTest
    // checks that one row by row), read back by DuckDB from a local copy.
    assertThat(tables(out, "first")).isEqualTo(tables(knownOutput()));
    // Partitions are real HDFS folders, published by rename out of an emptied staging area.
    assertThat(
            hdfs.exists(new org.apache.hadoop.fs.Path(out + "/articles/published_date=2025-03-03")))
        .isTrue();
    assertThat(hdfs.listStatus(new org.apache.hadoop.fs.Path(out + "/_staging"))).isEmpty();

    Outcome second = run(in, out);
    assertThat(second.code()).as(second.err()).isZero();
    assertThat(tables(out, "second")).isEqualTo(tables(knownOutput()));
    assertThat(hdfs.listStatus(new org.apache.hadoop.fs.Path(out + "/_staging"))).isEmpty();
    assertThat(lines(new TableStore(spark(), out).read(Tables.RUNS), "status"))
        .containsExactlyInAnyOrder("SUCCEEDED", "SUCCEEDED");
  }

  /** The tables of an HDFS output, copied to the local disk. */
  private static Map<String, List<String>> tables(String out, String name) throws IOException {
    Path local = tmp.resolve("copies").resolve(name);
    hdfs.copyToLocalFile(
        false,
        new org.apache.hadoop.fs.Path(out),
        new org.apache.hadoop.fs.Path(local.toUri()),
        true);
    return tables(local);
  }

  /** Every table's rows without the columns that name a run; {@code runs} as its outcomes. */
  private static Map<String, List<String>> tables(Path out) {
    return OutputTables.withoutRunIds(
        out,
        "SELECT DISTINCT command, status, rows_read, rows_accepted, rows_quarantined,"
            + " rows_duplicates FROM t");
  }
}
