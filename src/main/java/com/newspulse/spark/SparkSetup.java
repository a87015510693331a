package com.newspulse.spark;

import com.newspulse.config.NewsPulseConfig;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Creates the SparkSession. Under spark-submit the master and resources come from the submit
 * command; run directly (jobs/newspulse, tests) it falls back to {@code spark.master} from the
 * config. Session settings that the job's correctness depends on are always set here.
 */
public final class SparkSetup {
  private static final String CODEGEN_CACHE = "spark.sql.codegen.cache.maxEntries";

  private SparkSetup() {}

  public static SparkSession session(NewsPulseConfig config) {
    SparkConf submitted = new SparkConf();
    SparkSession.Builder b = SparkSession.builder().appName("newspulse");
    if (!submitted.contains("spark.master")) {
      b.master(config.sparkMaster())
          .config("spark.ui.enabled", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1");
    }
    if (!submitted.contains(CODEGEN_CACHE)) {
      // A run plans about 150 queries, each compiling several generated classes; Spark's default
      // cache of 100 classes evicts them before the run (or the next run in a long-lived driver:
      // tests, notebooks, the bench) needs them again. Measured on repeated runs of four articles:
      // Janino's compiler took 25% of the CPU samples, then none, and a run 9.2 s, then 7.7 s.
      b.config(CODEGEN_CACHE, "4000");
    }
    SparkSession spark =
        b
            // Dates of articles are UTC days everywhere: partitions, periods, windows.
            .config("spark.sql.session.timeZone", "UTC")
            // Rows carry java.time values (Instant, LocalDate), as the core code does.
            .config("spark.sql.datetime.java8API.enabled", "true")
            .config("spark.sql.shuffle.partitions", String.valueOf(config.shufflePartitions()))
            .config("spark.sql.files.maxRecordsPerFile", "1000000")
            // No _SUCCESS markers inside table folders: publishing is by rename, not by marker.
            .config("spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "false")
            .config("spark.hadoop.parquet.summary.metadata.level", "NONE")
            // Daily partitions: listing a table's few hundred folders on the driver is faster
            // than the extra Spark job Spark otherwise launches to list more than 32 paths.
            .config("spark.sql.sources.parallelPartitionDiscovery.threshold", "1024")
            // Tasks commit straight into the run's staging folder, which readers never see, so the
            // v1 committer's second round of renames buys nothing; publishing is our own rename.
            .config("spark.hadoop.mapreduce.fileoutputcommitter.algorithm.version", "2")
            // file: paths without a forked chmod per folder and file (see ForklessLocalFileSystem).
            .config("spark.hadoop.fs.file.impl", ForklessLocalFileSystem.class.getName())
            .getOrCreate();
    // Every write task carries a copy of this configuration: see HadoopConfSources for the cost.
    HadoopConfSources.drop(spark.sparkContext().hadoopConfiguration());
    return spark;
  }
}
