package com.newspulse.job;

import com.newspulse.core.ingest.QuarantineReason;
import com.newspulse.spark.RunTransaction;
import com.newspulse.tables.Partitions;
import com.newspulse.tables.Tables;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the articles enrich could not analyse ({@code failure} set by {@code EnrichStage}) from
 * {@code articles} to {@code quarantine} under the row's {@code failure_reason} ({@code
 * ANALYSIS_FAILED}, {@code UNSUPPORTED_LANGUAGE}), keeping their original values, so one
 * pathological article never stops a run and the row accounting still adds up.
 */
final class AnalysisFailures {
  private static final Logger LOG = LoggerFactory.getLogger(AnalysisFailures.class);

  private AnalysisFailures() {}

  /**
   * @return how many articles were moved (0: nothing staged, the common case)
   */
  static long quarantine(RunTransaction tx, Dataset<Row> enriched, DateWindow w) {
    Dataset<Row> failures =
        enriched
            .filter(functions.col("failure").isNotNull())
            .select("article_id", "failure", "failure_reason");
    long n = failures.count();
    if (n == 0) {
      return 0;
    }
    // A sample in the log (the quarantine table has them all); failures first, they are the rarer.
    for (Row r :
        failures
            .filter(
                functions.col("failure_reason").equalTo(QuarantineReason.ANALYSIS_FAILED.name()))
            .limit(5)
            .collectAsList()) {
      LOG.warn(
          "analysis failed on article {}: {} (quarantined as ANALYSIS_FAILED)",
          r.getString(0),
          r.getString(1));
    }
    Dataset<Row> articles = tx.readDays(Tables.ARTICLES, w.from(), w.to());
    Dataset<Row> bad =
        articles
            .join(failures, "article_id")
            .select(
                functions.col("failure_reason").as("reason"),
                functions.col("failure").as("detail"),
                functions.col("article_id").as("id"),
                functions
                    .date_format(functions.col("published_at"), "yyyy-MM-dd'T'HH:mm:ss'Z'")
                    .as("published_at_raw"),
                functions.col("title"),
                functions.col("text"),
                functions.col("source"),
                functions.col("url"),
                functions.col("lang"),
                functions
                    .lit(null)
                    .cast(org.apache.spark.sql.types.DataTypes.BinaryType)
                    .as("raw_record"),
                functions.lit(tx.runId()).as("run_id"),
                functions
                    .date_format(functions.col(Tables.PUBLISHED_DATE), "yyyy-MM-dd")
                    .as(Tables.QUARANTINE_PARTITION));
    List<String> qParts = Partitions.days(Tables.QUARANTINE_PARTITION, w.from(), w.to());
    List<String> dayParts = Partitions.days(w.from(), w.to());
    // Materialise before restaging: both read the staged tables they replace.
    Dataset<Row> kept =
        tx.materialise(
            "articles-analysed",
            articles.join(
                failures,
                articles.col("article_id").equalTo(failures.col("article_id")),
                "left_anti"));
    if (tx.owns(Tables.QUARANTINE)) {
      tx.stage(Tables.QUARANTINE, bad, qParts); // appends to this run's quarantine rows
    } else {
      tx.stage(
          Tables.QUARANTINE,
          tx.materialise(
              "quarantine-analysed", tx.read(Tables.QUARANTINE, qParts).unionByName(bad)),
          qParts);
    }
    tx.restage(Tables.ARTICLES, kept, dayParts);
    LOG.warn("{} article(s) quarantined by enrich (ANALYSIS_FAILED, UNSUPPORTED_LANGUAGE)", n);
    return n;
  }
}
