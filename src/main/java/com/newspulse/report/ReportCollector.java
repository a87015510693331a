package com.newspulse.report;

import static com.newspulse.report.ReportListings.date;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import com.newspulse.config.ReportConfig.WatchKey;
import com.newspulse.core.trendstats.PeriodCalendar;
import com.newspulse.job.NewsPulseJob;
import com.newspulse.report.ReportData.EntityHeadlines;
import com.newspulse.report.ReportData.Pair;
import com.newspulse.report.ReportData.Point;
import com.newspulse.report.ReportData.ReasonCount;
import com.newspulse.report.ReportData.RunInfo;
import com.newspulse.report.ReportData.Series;
import com.newspulse.report.ReportData.TopItem;
import com.newspulse.report.ReportData.Totals;
import com.newspulse.report.ReportData.Watched;
import com.newspulse.spark.TableStore;
import com.newspulse.tables.Tables;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Reads what the report shows from the published tables. Every query aggregates or limits in Spark,
 * so only a few hundred rows reach the driver whatever the size of the tables.
 */
public final class ReportCollector {
  /**
   * @param series lines per chart (top entities, top themes)
   * @param rows rows of the top lists and of the co-occurrence table
   * @param headlines newest articles shown per top entity
   * @param pairMinArticles least shared articles of a co-occurrence highlight
   * @param runs newest {@code runs} rows listed
   * @param from first day (UTC) of the data shown, or null
   * @param to last day, or null
   * @param watch the {@code trends} keys charted first ({@code report.watch}), in this order
   */
  public record Options(
      int series,
      int rows,
      int headlines,
      long pairMinArticles,
      int runs,
      LocalDate from,
      LocalDate to,
      List<WatchKey> watch) {
    public Options {
      if (series < 1 || rows < 1 || headlines < 0 || pairMinArticles < 1 || runs < 1) {
        throw new IllegalArgumentException(
            "report options must be positive: "
                + series
                + ", "
                + rows
                + ", "
                + headlines
                + ", "
                + pairMinArticles
                + ", "
                + runs);
      }
      watch = List.copyOf(watch);
    }

    /** The command's default options, without a watch list. */
    public static Options defaults() {
      return new Options(8, 15, 5, 5, 5, null, null, List.of());
    }
  }

  private ReportCollector() {}

  public static ReportData collect(SparkSession spark, String output, Options o) {
    TableStore store = new TableStore(spark, output);
    if (!store.exists(Tables.ARTICLES) && !store.exists(Tables.RUNS)) {
      throw new ReportInputException(
          "no NewsPulse tables under "
              + output
              + " (no articles or runs table): run 'newspulse run --input ... --output "
              + output
              + "' first");
    }
    Column days = window(col(Tables.PUBLISHED_DATE), o.from(), o.to());

    // The window's articles, and the days of all articles: the weekly trend rows count whole weeks
    // of the output, so a week is partial only where the output's data starts or ends.
    Column day = col(Tables.PUBLISHED_DATE);
    Row t =
        store
            .read(Tables.ARTICLES)
            .agg(
                functions.count(functions.when(days, lit(1))),
                functions.min(functions.when(days, day)),
                functions.max(functions.when(days, day)),
                functions.min(day),
                functions.max(day))
            .first();
    Totals totals =
        new Totals(t.getLong(0), date(t.get(1)), date(t.get(2)), date(t.get(3)), date(t.get(4)));

    int take = Math.max(o.rows(), o.series());
    List<TopItem> entities =
        top(
            store.read(Tables.ARTICLE_ENTITIES).filter(days),
            "entity_id",
            "label",
            "entity_type",
            take);
    List<TopItem> themes =
        top(store.read(Tables.ARTICLE_THEMES).filter(days), "theme_id", "label", null, take);
    List<TopItem> keywords =
        top(store.read(Tables.ARTICLE_KEYWORDS).filter(days), "keyword", "keyword", null, o.rows());
    List<TopItem> entityKeys = entities.subList(0, Math.min(o.series(), entities.size()));
    List<TopItem> themeKeys = themes.subList(0, Math.min(o.series(), themes.size()));

    Dataset<Row> weekly =
        store
            .read(Tables.TRENDS)
            .filter(
                col("granularity")
                    .equalTo(PeriodCalendar.WEEK.id())
                    .and(
                        window(
                            col("period_start"),
                            o.from() == null ? null : PeriodCalendar.WEEK.start(o.from()),
                            o.to())));
    Row span = weekly.agg(functions.min("period_start"), functions.max("period_start")).first();
    List<LocalDate> weeks = new ArrayList<>();
    if (span.get(0) != null) {
      for (LocalDate w = date(span.get(0)); !w.isAfter(date(span.get(1))); w = w.plusWeeks(1)) {
        weeks.add(w);
      }
    }
    Map<String, List<Point>> points = new LinkedHashMap<>();
    Map<String, String[]> names = new LinkedHashMap<>();
    Column wanted = lit(false);
    for (WatchKey k : o.watch()) {
      wanted = wanted.or(col("dimension").equalTo(k.dimension()).and(col("key").equalTo(k.key())));
    }
    if (!entityKeys.isEmpty()) {
      wanted = wanted.or(col("dimension").equalTo("entity").and(col("key").isin(keys(entityKeys))));
    }
    if (!themeKeys.isEmpty()) {
      wanted = wanted.or(col("dimension").equalTo("theme").and(col("key").isin(keys(themeKeys))));
    }
    // Rows with 0 articles (weeks a charted key went quiet) are real zero points.
    for (Row r :
        weekly
            .filter(wanted)
            .select(
                "dimension",
                "key",
                "period_start",
                "articles",
                "share",
                "z_score",
                "burst",
                "label",
                "entity_type")
            .orderBy("period_start")
            .collectAsList()) {
      String id = r.getString(0) + "\u0000" + r.getString(1);
      points
          .computeIfAbsent(id, k -> new ArrayList<>())
          .add(
              new Point(
                  date(r.get(2)),
                  r.getLong(3),
                  r.isNullAt(4) ? 0.0 : r.getDouble(4),
                  r.isNullAt(5) ? null : r.getDouble(5),
                  !r.isNullAt(6) && r.getBoolean(6)));
      if (r.getString(7) != null && !r.getString(7).isBlank()) {
        names.putIfAbsent(id, new String[] {r.getString(7), r.getString(8)});
      }
    }
    List<Watched> watched = new ArrayList<>();
    for (WatchKey k : o.watch()) {
      String id = k.dimension() + "\u0000" + k.key();
      List<Point> ps = points.getOrDefault(id, List.of());
      String[] name = names.getOrDefault(id, new String[] {k.key(), null});
      watched.add(
          new Watched(
              k.dimension(),
              new Series(
                  k.key(), name[0], name[1], ps.stream().mapToLong(Point::articles).sum(), ps)));
    }

    List<ReportData.Burst> bursts = ReportListings.bursts(weekly, o.rows());

    List<Pair> pairs = ReportListings.pairs(store, o);
    List<RunInfo> runs = ReportListings.runs(store, o.runs());
    List<ReasonCount> quarantine = ReportListings.quarantine(store, o.from(), o.to());

    List<EntityHeadlines> headlines =
        ReportListings.headlines(store, days, entityKeys, o.headlines());

    return new ReportData(
        Instant.now(),
        output,
        NewsPulseJob.codeVersion(),
        o.from(),
        o.to(),
        totals,
        weeks,
        watched,
        series(entityKeys, "entity", points),
        series(themeKeys, "theme", points),
        bursts,
        entities.subList(0, Math.min(o.rows(), entities.size())),
        themes.subList(0, Math.min(o.rows(), themes.size())),
        keywords,
        o.pairMinArticles(),
        pairs,
        runs,
        quarantine,
        headlines);
  }

  private static List<TopItem> top(
      Dataset<Row> t, String keyCol, String labelCol, String typeCol, int n) {
    Column type = typeCol == null ? lit(null).cast("string") : functions.max(typeCol);
    List<TopItem> out = new ArrayList<>();
    for (Row r :
        t.groupBy(keyCol)
            .agg(functions.max(labelCol), type, functions.countDistinct("article_id").as("_n"))
            .orderBy(col("_n").desc(), col(keyCol))
            .limit(n)
            .collectAsList()) {
      out.add(
          new TopItem(
              r.getString(0), orKey(r.getString(1), r.getString(0)), r.getString(2), r.getLong(3)));
    }
    return out;
  }

  private static List<Series> series(
      List<TopItem> keys, String dimension, Map<String, List<Point>> points) {
    List<Series> out = new ArrayList<>();
    for (TopItem k : keys) {
      out.add(
          new Series(
              k.key(),
              k.label(),
              k.type(),
              k.articles(),
              points.getOrDefault(dimension + "\u0000" + k.key(), List.of())));
    }
    return out;
  }

  static Column window(Column day, LocalDate from, LocalDate to) {
    Column c = lit(true);
    if (from != null) {
      c = c.and(day.geq(lit(from)));
    }
    if (to != null) {
      c = c.and(day.leq(lit(to)));
    }
    return c;
  }

  static Object[] keys(List<TopItem> items) {
    return items.stream().map(TopItem::key).toArray();
  }

  static String orKey(String label, String key) {
    return label == null || label.isBlank() ? key : label;
  }
}
