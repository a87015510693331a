package com.newspulse.ingest;

import com.newspulse.config.FeedsConfig;
import com.newspulse.core.feed.HeadlineLabel;
import com.newspulse.tables.Tables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

/**
 * The boilerplate in force, learned from the history of {@code source_lines}: the units a source
 * repeats across many of its stories (by share of its articles, or over several days), and its
 * headline labels ({@link HeadlineLabel}). The rules and their settings: docs/tables.md,
 * "source_boilerplate".
 */
public final class BoilerplateRules {
  private BoilerplateRules() {}

  /**
   * The boilerplate in force: {@link Tables#SOURCE_LINES} and {@link Tables#SOURCE_VOLUME} rows of
   * the history → {@link Tables#SOURCE_BOILERPLATE} rows.
   */
  public static Dataset<Row> boilerplate(
      Dataset<Row> lines, Dataset<Row> volume, FeedsConfig c, Predicate<String> knownName) {
    Dataset<Row> perSource =
        volume.groupBy("source").agg(functions.sum("articles").as("source_articles"));
    // Every rule below needs a unit in at least `least` stories, and most units of a history are
    // one story's own lines: a first, narrow aggregation (keys and counts, no text) finds the keys
    // that reach it, and only their rows (with their echo rows) are aggregated in full, so the
    // spellings (`line`, a string minimum that makes Spark sort) are not shuffled for every unit.
    int least =
        c.labelMinArticles() > 0
            ? Math.min(c.boilerplateMinArticles(), c.labelMinArticles())
            : c.boilerplateMinArticles();
    Dataset<Row> frequent =
        lines
            .filter(functions.col("kind").notEqual(FeedNoiseStage.KIND_ECHO))
            .groupBy("source", "line_key", "kind")
            .agg(functions.sum("stories").as("stories"))
            .filter(functions.col("stories").geq(least))
            .select("source", "line_key")
            .distinct()
            .persist(StorageLevel.MEMORY_AND_DISK());
    // Broadcast while small (each frequent key stands for several stories, so they are usually a
    // few per source); a history where they are not gets a shuffled join instead of a driver OOM.
    Dataset<Row> keys =
        frequent.count() <= MAX_BROADCAST_KEYS ? functions.broadcast(frequent) : frequent;
    // The history is aggregated once, and what any rule can keep (with the echo rows the labels
    // weigh) is collected in one pass: it is small (a few rows per source, broadcast to every task
    // anyway), and one query costs one set of jobs where a query per rule paid each its own.
    Column nonEcho = functions.col("kind").notEqual(FeedNoiseStage.KIND_ECHO);
    Column byRules =
        nonEcho
            .and(functions.col("stories").geq(c.boilerplateMinArticles()))
            .and(
                byShare(c)
                    .or(
                        functions
                            .col("kind")
                            .isin(
                                FeedNoiseStage.KIND_LINE,
                                FeedNoiseStage.KIND_LINK,
                                FeedNoiseStage.KIND_CREDIT)
                            .and(functions.col("days").geq(c.boilerplateMinDays()))));
    Column labelCandidate =
        c.labelMinArticles() > 0
            ? functions
                .col("kind")
                .equalTo(FeedNoiseStage.KIND_TITLE)
                .and(functions.col("stories").geq(c.labelMinArticles()))
                .and(functions.not(byShare(c)))
                .or(functions.not(nonEcho))
            : functions.lit(false);
    Dataset<Row> kept =
        lines
            .join(keys, new String[] {"source", "line_key"}, "left_semi")
            .groupBy("source", "line_key", "kind")
            .agg(
                functions.sum("articles").as("articles"),
                functions.sum("stories").as("stories"),
                // source_lines has one row per (source, line_key, kind) and day, so its rows are
                // its days: a plain count, without the distinct aggregation's extra shuffle.
                functions.count(functions.lit(1)).as("days"),
                functions.min(Tables.PUBLISHED_DATE).as("first_seen"),
                functions.max(Tables.PUBLISHED_DATE).as("last_seen"),
                functions.min("line").as("line"))
            .join(functions.broadcast(perSource), "source")
            .filter(byRules.or(labelCandidate));
    try {
      Dataset<Row> units = kept.select(COLUMNS);
      Dataset<Row> withVerdict = units.withColumn(BY_RULES, byRules);
      List<Row> rows = new ArrayList<>();
      List<Row> titles = new ArrayList<>();
      Map<List<String>, Long> echoes = new HashMap<>();
      for (Row r : withVerdict.collectAsList()) {
        String kind = r.getAs("kind");
        if (Boolean.TRUE.equals(r.getAs(BY_RULES))) {
          rows.add(RowFactory.create(columnValues(r)));
        } else if (kind.equals(FeedNoiseStage.KIND_ECHO)) {
          echoes.put(List.of(r.getAs("source"), r.getAs("line_key")), r.getAs("articles"));
        } else {
          titles.add(r);
        }
      }
      rows.addAll(labels(titles, echoes, c, knownName));
      return lines.sparkSession().createDataFrame(rows, units.schema());
    } finally {
      frequent.unpersist();
    }
  }

  private static final String BY_RULES = "by_rules";

  private static Object[] columnValues(Row r) {
    Object[] values = new Object[COLUMNS.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = r.get(i);
    }
    return values;
  }

  /** Frequent unit keys broadcast to the history's tasks, at most (about 20 MB of keys). */
  private static final long MAX_BROADCAST_KEYS = 200_000;

  private static final Column[] COLUMNS =
      java.util.stream.Stream.of(
              "source",
              "line_key",
              "line",
              "articles",
              "stories",
              "days",
              "source_articles",
              "first_seen",
              "last_seen",
              "kind")
          .map(functions::col)
          .toArray(Column[]::new);

  private static Column byShare(FeedsConfig c) {
    return functions
        .col("stories")
        .geq(functions.col("source_articles").multiply(c.boilerplateMinShare()));
  }

  /**
   * The headline labels ({@link HeadlineLabel}) among the sources' recurring headline prefixes that
   * are not boilerplate by share already ({@code titles}, with the articles that echo each in
   * {@code echoes}), as {@link #COLUMNS} rows of kind {@link FeedNoiseStage#KIND_LABEL}. Decided on
   * the driver: the candidates are a few per source, and the knowledge-base check needs the whole
   * alias list, which is better not shipped to every task.
   */
  private static List<Row> labels(
      List<Row> titles,
      Map<List<String>, Long> echoes,
      FeedsConfig c,
      Predicate<String> knownName) {
    List<Row> out = new ArrayList<>();
    for (Row r : titles) {
      String key = r.getAs("line_key");
      long articles = r.<Long>getAs("articles");
      Long echoed = echoes.get(List.of(r.<String>getAs("source"), key));
      // Counted in stories (as all boilerplate is: a story syndicated twenty times under one
      // prefix is one item), its echo share over every item.
      if (HeadlineLabel.isLabelForm(key)
          && HeadlineLabel.isLabel(
              r.<Long>getAs("stories"),
              articles,
              echoed == null ? 0 : echoed,
              c.labelMinArticles(),
              c.labelMaxEcho())
          && !knownName.test(HeadlineLabel.name(r.getAs("line")))) {
        out.add(
            RowFactory.create(
                r.getAs("source"),
                key,
                r.getAs("line"),
                articles,
                r.getAs("stories"),
                r.getAs("days"),
                r.getAs("source_articles"),
                r.getAs("first_seen"),
                r.getAs("last_seen"),
                FeedNoiseStage.KIND_LABEL));
      }
    }
    return out;
  }
}
