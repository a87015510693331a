package com.newspulse.spark;

import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress lines on long runs: every {@code interval} seconds, the pipeline stage, Spark tasks done
 * of the running Spark stages, rows read so far, the rate and an ETA from the task rate. Quiet on
 * short runs: nothing is printed before the first interval passes.
 */
public final class ProgressReporter extends SparkListener implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ProgressReporter.class);

  private final SparkSession spark;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "newspulse-progress");
            t.setDaemon(true);
            return t;
          });

  /** Running Spark stages: id → {tasks, tasks done}. */
  private final java.util.concurrent.ConcurrentHashMap<Integer, int[]> running =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final AtomicLong rows = new AtomicLong();
  private volatile String stage = "starting";
  private volatile long stageStartNanos = System.nanoTime();
  private volatile long stageStartRows;

  public ProgressReporter(SparkSession spark, int intervalSeconds) {
    this.spark = spark;
    spark.sparkContext().addSparkListener(this);
    timer.scheduleAtFixedRate(this::report, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
  }

  /** Names the pipeline stage shown in progress lines and in the Spark UI. */
  public void stage(String name) {
    stage = name;
    stageStartNanos = System.nanoTime();
    stageStartRows = rows.get();
    spark.sparkContext().setJobDescription("newspulse " + name);
  }

  @Override
  public void onStageSubmitted(SparkListenerStageSubmitted e) {
    running.put(e.stageInfo().stageId(), new int[] {e.stageInfo().numTasks(), 0});
  }

  @Override
  public void onStageCompleted(SparkListenerStageCompleted e) {
    running.remove(e.stageInfo().stageId());
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd e) {
    int[] counts = running.get(e.stageId());
    if (counts != null) {
      synchronized (counts) {
        counts[1]++;
      }
    }
    if (e.taskMetrics() != null) {
      rows.addAndGet(e.taskMetrics().inputMetrics().recordsRead());
    }
  }

  void report() {
    double secs = (System.nanoTime() - stageStartNanos) / 1e9;
    long stageRows = rows.get() - stageStartRows;
    int total = 0;
    int done = 0;
    for (int[] c : running.values()) {
      synchronized (c) {
        total += c[0];
        done += Math.min(c[1], c[0]);
      }
    }
    String eta = "";
    if (done > 0 && total > done) {
      eta =
          String.format(
              Locale.ROOT, ", ETA %.0f s for running Spark stages", secs / done * (total - done));
    }
    LOG.info(
        String.format(
            Locale.ROOT,
            "progress [%s] %.0f s: %,d rows read (%,.0f rows/s), tasks %d/%d%s",
            stage,
            secs,
            stageRows,
            stageRows / Math.max(secs, 1e-9),
            done,
            total,
            eta));
  }

  @Override
  public void close() {
    timer.shutdownNow();
    spark.sparkContext().removeSparkListener(this);
  }
}
