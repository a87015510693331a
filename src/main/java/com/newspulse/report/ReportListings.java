package com.newspulse.report;

import static com.newspulse.report.ReportCollector.keys;
import static com.newspulse.report.ReportCollector.orKey;
import static com.newspulse.report.ReportCollector.window;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import com.newspulse.core.trendstats.PeriodCalendar;
import com.newspulse.report.ReportData.EntityHeadlines;
import com.newspulse.report.ReportData.Headline;
import com.newspulse.report.ReportData.Pair;
import com.newspulse.report.ReportData.ReasonCount;
import com.newspulse.report.ReportData.RunInfo;
import com.newspulse.report.ReportData.TopItem;
import com.newspulse.spark.TableStore;
import com.newspulse.tables.Tables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;

/**
 * The report's lists read straight from one table each: the latest bursts, the strongest
 * co-occurring pairs, the recent runs and the quarantine by reason ({@link ReportCollector} reads
 * the rest: totals, top items and the charted series).
 */
final class ReportListings {
  private ReportListings() {}

  /** The latest weekly bursts of entities, themes and keywords, strongest first within a week. */
  static List<ReportData.Burst> bursts(Dataset<Row> weekly, int rows) {
    List<ReportData.Burst> bursts = new ArrayList<>();
    for (Row r :
        weekly
            .filter(col("burst").and(col("dimension").isin("entity", "theme", "keyword")))
            .orderBy(
                col("period_start").desc(), col("z_score").desc(), col("dimension"), col("key"))
            .limit(rows)
            .select(
                "period_start",
                "dimension",
                "key",
                "label",
                "articles",
                "share",
                "baseline_share",
                "z_score")
            .collectAsList()) {
      bursts.add(
          new ReportData.Burst(
              date(r.get(0)),
              r.getString(1),
              r.getString(2),
              orKey(r.getString(3), r.getString(2)),
              r.getLong(4),
              r.getDouble(5),
              r.isNullAt(6) ? null : r.getDouble(6),
              r.isNullAt(7) ? null : r.getDouble(7)));
    }
    return bursts;
  }

  /** Per pair its best month (by NPMI) in the window, pairs with enough articles, best first. */
  static List<Pair> pairs(TableStore store, ReportCollector.Options o) {
    Dataset<Row> co =
        store
            .read(Tables.COOCCURRENCE)
            .filter(
                col("granularity")
                    .equalTo(PeriodCalendar.MONTH.id())
                    .and(col("articles").geq(o.pairMinArticles()))
                    .and(
                        window(
                            col("period_start"),
                            o.from() == null ? null : PeriodCalendar.MONTH.start(o.from()),
                            o.to())));
    List<Pair> pairs = new ArrayList<>();
    for (Row r :
        co.withColumn(
                "_rn",
                functions
                    .row_number()
                    .over(
                        Window.partitionBy("dimension_a", "key_a", "dimension_b", "key_b")
                            .orderBy(
                                col("npmi").desc(),
                                col("articles").desc(),
                                col("period_start").desc())))
            .filter(col("_rn").equalTo(1))
            .orderBy(col("npmi").desc(), col("articles").desc(), col("key_a"), col("key_b"))
            .limit(o.rows())
            .select(
                "period_start",
                "dimension_a",
                "label_a",
                "key_a",
                "dimension_b",
                "label_b",
                "key_b",
                "articles",
                "articles_a",
                "articles_b",
                "npmi")
            .collectAsList()) {
      pairs.add(
          new Pair(
              date(r.get(0)),
              r.getString(1),
              orKey(r.getString(2), r.getString(3)),
              r.getString(4),
              orKey(r.getString(5), r.getString(6)),
              r.getLong(7),
              r.getLong(8),
              r.getLong(9),
              r.getDouble(10)));
    }
    return pairs;
  }

  /** The latest {@code n} runs, newest first. */
  static List<RunInfo> runs(TableStore store, int n) {
    List<RunInfo> runs = new ArrayList<>();
    for (Row r :
        store
            .read(Tables.RUNS)
            .orderBy(col("started_at").desc(), col("run_id").desc())
            .limit(n)
            .collectAsList()) {
      runs.add(
          new RunInfo(
              r.getAs("run_id"),
              r.getAs("command"),
              r.getAs("status"),
              r.getAs("message"),
              instant(r.getAs("started_at")),
              instant(r.getAs("finished_at")),
              r.getAs("code_version"),
              date(r.getAs("window_from")),
              date(r.getAs("window_to")),
              r.getAs("rows_read"),
              r.getAs("rows_accepted"),
              r.getAs("rows_quarantined"),
              r.getAs("rows_duplicates"),
              r.getAs("rows_outside_window")));
    }
    return runs;
  }

  /** Quarantined rows per reason, of the window's days and of the undated partitions. */
  static List<ReasonCount> quarantine(TableStore store, LocalDate from, LocalDate to) {
    Column q = lit(true);
    if (from != null || to != null) {
      Column p = col(Tables.QUARANTINE_PARTITION);
      Column undated = p.startsWith(Tables.UNDATED);
      Column dated = functions.not(undated);
      if (from != null) {
        dated = dated.and(p.geq(from.toString()));
      }
      if (to != null) {
        dated = dated.and(p.leq(to.toString()));
      }
      q = undated.or(dated);
    }
    List<ReasonCount> quarantine = new ArrayList<>();
    for (Row r :
        store
            .read(Tables.QUARANTINE)
            .filter(q)
            .groupBy("reason")
            .count()
            .orderBy(col("count").desc(), col("reason"))
            .collectAsList()) {
      quarantine.add(new ReasonCount(r.getString(0), r.getLong(1)));
    }
    return quarantine;
  }

  /** The newest {@code n} headlines of each top entity in the window. */
  static List<EntityHeadlines> headlines(
      TableStore store, Column days, List<TopItem> entities, int n) {
    if (entities.isEmpty() || n == 0) {
      return List.of();
    }
    Dataset<Row> mentions =
        store
            .read(Tables.ARTICLE_ENTITIES)
            .filter(days.and(col("entity_id").isin(keys(entities))))
            .select("article_id", "entity_id")
            .distinct();
    Dataset<Row> articles =
        store
            .read(Tables.ARTICLES)
            .filter(days)
            .select("article_id", "published_at", "title", "source", "url");
    Map<String, List<Headline>> byEntity = new LinkedHashMap<>();
    for (Row r :
        mentions
            .join(articles, "article_id")
            .withColumn(
                "_rn",
                functions
                    .row_number()
                    .over(
                        Window.partitionBy("entity_id")
                            .orderBy(col("published_at").desc(), col("article_id").desc())))
            .filter(col("_rn").leq(n))
            .orderBy(col("entity_id"), col("_rn"))
            .select("entity_id", "published_at", "title", "source", "url")
            .collectAsList()) {
      byEntity
          .computeIfAbsent(r.getString(0), k -> new ArrayList<>())
          .add(new Headline(instant(r.get(1)), r.getString(2), r.getString(3), r.getString(4)));
    }
    List<EntityHeadlines> out = new ArrayList<>();
    for (TopItem e : entities) {
      out.add(
          new EntityHeadlines(
              e.key(), e.label(), e.type(), byEntity.getOrDefault(e.key(), List.of())));
    }
    return out;
  }

  /**
   * A date column's value (LocalDate, java.sql.Date or its text) as a LocalDate; null stays null.
   */
  static LocalDate date(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof LocalDate d) {
      return d;
    }
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    return LocalDate.parse(v.toString());
  }

  /**
   * A timestamp column's value (java.time.Instant or Timestamp) as an java.time.Instant; null stays
   * null.
   */
  static java.time.Instant instant(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof java.time.Instant i) {
      return i;
    }
    if (v instanceof java.sql.Timestamp ts) {
      return ts.toInstant();
    }
    throw new IllegalArgumentException("not a timestamp: " + v.getClass().getName());
  }
}
