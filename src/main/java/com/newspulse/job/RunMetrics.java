package com.newspulse.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.newspulse.config.NewsPulseConfig;
import com.newspulse.spark.TableStore;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Machine-readable metrics of one run, {@code <output>/metrics/<run id>.json}, beside the {@code
 * runs} table: counts, seconds per stage, quality figures. Written for failed runs too. Monitoring
 * reads these without Spark.
 */
final class RunMetrics {
  private static final Logger LOG = LoggerFactory.getLogger(RunMetrics.class);
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private RunMetrics() {}

  /**
   * Seconds per stage as a JSON object ({@code runs.stage_seconds}), in the order the stages ran.
   */
  static String json(Map<String, Double> stageSeconds) {
    try {
      Map<String, Double> rounded = new LinkedHashMap<>();
      stageSeconds.forEach((k, v) -> rounded.put(k, Math.round(v * 1000) / 1000.0));
      return new ObjectMapper().writeValueAsString(rounded);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static void write(
      TableStore store,
      NewsPulseJob.RunResult r,
      String command,
      String status,
      String message,
      String failedStage,
      Instant started,
      NewsPulseConfig config) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("run_id", r.runId());
    m.put("command", command);
    m.put("status", status);
    m.put("message", message);
    m.put("failed_stage", failedStage);
    m.put("started_at", started.toString());
    m.put("finished_at", Instant.now().toString());
    m.put("code_version", NewsPulseJob.codeVersion());
    m.put("config_hash", config.hash());
    m.put("window_from", r.window() == null ? null : r.window().from().toString());
    m.put("window_to", r.window() == null ? null : r.window().to().toString());
    if (r.counts() != null) {
      RunCounts c = r.counts();
      m.put("rows_read", c.read());
      m.put("rows_accepted", c.accepted());
      m.put("rows_quarantined", c.quarantined());
      m.put("rows_duplicates", c.duplicates());
      m.put("rows_outside_window", c.outsideWindow());
      m.put("quarantined_share", c.read() == 0 ? 0.0 : (double) c.quarantined() / c.read());
      m.put("duplicate_share", c.read() == 0 ? 0.0 : (double) c.duplicates() / c.read());
    }
    m.put("stage_seconds", new LinkedHashMap<>(r.stageSeconds()));
    m.put("skipped_input_files", r.skippedFiles());
    Path dir = new Path(store.root(), "metrics");
    Path tmp = new Path(dir, "." + r.runId() + ".json.tmp");
    Path target = new Path(dir, r.runId() + ".json");
    try {
      FileSystem fs =
          store.root().getFileSystem(store.spark().sparkContext().hadoopConfiguration());
      fs.mkdirs(dir);
      try (OutputStream out = fs.create(tmp, true)) {
        JSON.writeValue(out, m);
      }
      fs.delete(target, false);
      if (!fs.rename(tmp, target)) {
        throw new IOException("rename " + tmp + " -> " + target + " failed");
      }
    } catch (IOException e) {
      // Metrics must never fail a run that published, or mask the error of one that did not.
      LOG.warn("could not write run metrics {}: {}", target, e.toString());
    }
  }
}
