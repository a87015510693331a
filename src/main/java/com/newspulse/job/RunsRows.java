package com.newspulse.job;

import com.newspulse.config.NewsPulseConfig;
import com.newspulse.spark.RunTransaction;
import com.newspulse.spark.TableStore;
import com.newspulse.tables.Partitions;
import com.newspulse.tables.Tables;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job's rows of the {@code runs} table: each run's own row (staged with its tables, so it is
 * published with them), the FAILED row of a run that failed, and the FAILED rows of runs found
 * killed before they committed. A run never vanishes from {@code runs}.
 */
final class RunsRows {
  private static final Logger LOG = LoggerFactory.getLogger(RunsRows.class);

  private final NewsPulseConfig config;
  private final SparkSession spark;
  private final TableStore store;

  RunsRows(NewsPulseConfig config, SparkSession spark, TableStore store) {
    this.config = config;
    this.spark = spark;
    this.store = store;
  }

  /** A failed run leaves its tables untouched but still leaves a FAILED row in {@code runs}. */
  void recordFailure(
      String command,
      String runId,
      Instant started,
      String input,
      DateWindow requested,
      Throwable e,
      List<TableStore.Abandoned> abandoned,
      Map<String, Double> stageSeconds,
      String failedStage) {
    try {
      RunTransaction tx = store.begin(runId);
      stageAbandoned(tx, abandoned); // the failed run had staged them; its abort discarded them
      stage(
          tx,
          command,
          started,
          "FAILED",
          String.valueOf(e),
          input,
          requested,
          null,
          stageSeconds,
          failedStage);
      tx.commit();
    } catch (RuntimeException second) {
      LOG.warn("could not record the failed run in runs: {}", second.toString());
    }
  }

  /**
   * Records, in this transaction, each run its begin discarded (killed or lost before it committed)
   * as FAILED in {@code runs}: with what that run had staged of its own row when it got that far
   * (it stages it just before publishing, so its failed stage is then {@code publish}), and which
   * run discarded it. A killed run never vanishes from {@code runs}.
   */
  void stageAbandoned(RunTransaction tx, List<TableStore.Abandoned> abandoned) {
    if (abandoned.isEmpty()) {
      return;
    }
    List<Row> rows = new java.util.ArrayList<>();
    List<String> parts = new java.util.ArrayList<>();
    for (TableStore.Abandoned a : abandoned) {
      Row s = a.stagedRun();
      Instant lastWrite = Instant.ofEpochMilli(a.lastWrite());
      rows.add(
          RowFactory.create(
              s == null ? "unknown" : s.getAs("command"),
              s == null ? lastWrite : s.getAs("started_at"),
              lastWrite,
              "FAILED",
              "killed or lost before it committed (its last write at "
                  + lastWrite
                  + "): nothing of it was published; run "
                  + tx.runId()
                  + " discarded its staged output",
              s == null ? "unknown" : s.getAs("code_version"),
              s == null ? "unknown" : s.getAs("config_hash"),
              s == null ? null : s.getAs("input"),
              store.root().toString(),
              s == null ? null : s.getAs("window_from"),
              s == null ? null : s.getAs("window_to"),
              null,
              null,
              null,
              null,
              null,
              s == null ? null : s.getAs("stage_seconds"),
              s == null ? null : "publish",
              a.runId()));
      parts.add(Partitions.of("run_id", a.runId()));
      LOG.warn("recording run {} as FAILED: it was killed before it committed", a.runId());
    }
    tx.stage(Tables.RUNS, spark.createDataFrame(rows, Tables.RUNS.schema()).coalesce(1), parts);
  }

  /** Stages this run's row; {@code failedStage} is recorded only when {@code status} is FAILED. */
  void stage(
      RunTransaction tx,
      String command,
      Instant started,
      String status,
      String message,
      String input,
      DateWindow w,
      RunCounts c,
      Map<String, Double> stageSeconds,
      String failedStage) {
    Row row =
        RowFactory.create(
            command,
            started,
            Instant.now(),
            status,
            message,
            NewsPulseJob.codeVersion(),
            config.hash(),
            input,
            store.root().toString(),
            w == null ? null : w.from(),
            w == null ? null : w.to(),
            c == null ? null : c.read(),
            c == null ? null : c.outsideWindow(),
            c == null ? null : c.accepted(),
            c == null ? null : c.quarantined(),
            c == null ? null : c.duplicates(),
            RunMetrics.json(stageSeconds),
            "FAILED".equals(status) ? failedStage : null,
            tx.runId());
    tx.stage(
        Tables.RUNS,
        spark.createDataFrame(List.of(row), Tables.RUNS.schema()).coalesce(1),
        List.of(Partitions.of("run_id", tx.runId())));
  }
}
