package com.newspulse.job;

import com.newspulse.config.QualityConfig;
import com.newspulse.tables.Tables;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * The checks a run must pass before it publishes. Each failure says what was measured, the limit
 * and the key that sets it; the run then publishes nothing and exits 4.
 */
final class QualityGates {
  private final QualityConfig config;

  QualityGates(QualityConfig config) {
    this.config = config;
  }

  /** After ingest: share of quarantined rows, and an empty window. */
  void checkIngest(RunCounts c, DateWindow w, Dataset<Row> quarantine) {
    if (c.read() > 0 && (double) c.quarantined() / c.read() > config.maxQuarantinedShare()) {
      String reasons =
          quarantine
              .groupBy("reason")
              .count()
              .orderBy(functions.desc("count"))
              .collectAsList()
              .stream()
              .map(r -> r.getString(0) + " " + r.getLong(1))
              .collect(Collectors.joining(", "));
      throw new QualityGateException(
          String.format(
              Locale.ROOT,
              "quality gate: %d of %d rows (%.1f%%) of window %s were quarantined (%s), above"
                  + " quality.max-quarantined-share = %s. Nothing was published. Fix the input, or raise the limit"
                  + " if this is expected.",
              c.quarantined(),
              c.read(),
              100.0 * c.quarantined() / c.read(),
              w == null ? "(undated)" : w,
              reasons,
              config.maxQuarantinedShare()));
    }
    if (config.failOnEmptyWindow() && c.accepted() == 0) {
      throw new QualityGateException(
          "quality gate: window "
              + (w == null ? "(no dated rows)" : w)
              + " has no accepted article ("
              + c.read()
              + " rows read, "
              + c.quarantined()
              + " quarantined). Nothing"
              + " was published. Check the input and --from/--to, or set quality.fail-on-empty-window = false.");
    }
  }

  /** After trends: no entity's daily count may jump beyond the sanity bound. */
  void checkTrends(Dataset<Row> trends) {
    if (config.entityJumpMaxRatio() <= 0) {
      return;
    }
    List<Row> jumps =
        trends
            .filter(
                functions
                    .col("granularity")
                    .equalTo("day")
                    .and(functions.col("dimension").equalTo("entity"))
                    .and(functions.col("baseline_share").isNotNull())
                    .and(functions.col("articles").geq(config.entityJumpMinArticles()))
                    .and(
                        functions
                            .col("articles")
                            .gt(
                                functions
                                    .col("baseline_share")
                                    .multiply(functions.col("period_articles"))
                                    .multiply(config.entityJumpMaxRatio()))))
            .orderBy(functions.desc("articles"))
            .limit(5)
            .collectAsList();
    if (!jumps.isEmpty()) {
      String list =
          jumps.stream()
              .map(
                  r ->
                      String.format(
                          Locale.ROOT,
                          "%s on %s: %d articles, expected %.1f",
                          r.getAs("key"),
                          r.getAs(Tables.TRENDS.partitionColumns().get(1)),
                          (long) r.getAs("articles"),
                          (double) r.getAs("baseline_share") * (long) r.getAs("period_articles")))
              .collect(Collectors.joining("; "));
      throw new QualityGateException(
          "quality gate: entity daily counts beyond quality.entity-daily-jump.max-ratio = "
              + config.entityJumpMaxRatio()
              + " (min-articles "
              + config.entityJumpMinArticles()
              + "): "
              + list
              + ". Nothing was published. Check the input for duplicated feeds or a matching error.");
    }
  }
}
