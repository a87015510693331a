package com.newspulse.ingest;

import com.newspulse.config.FeedsConfig;
import com.newspulse.core.feed.ArticleText;
import com.newspulse.core.feed.BoilerplateKey;
import com.newspulse.core.feed.BoilerplateSet;
import com.newspulse.core.feed.FeedUnits;
import com.newspulse.core.feed.HeadlineLabel;
import com.newspulse.core.feed.HtmlText;
import com.newspulse.spark.Iterators;
import com.newspulse.tables.Tables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Learns each source's boilerplate from the data and measures the feed mix.
 *
 * <p>Steps: 1) {@link #sourceVolume}: articles per source and day; 2) {@link #sourceLines}: per
 * source and day, the articles each normalised body line/sentence ({@link FeedUnits}) occurs in; 3)
 * {@link #boilerplate}: over the history (the window and {@code boilerplate.history-days} before
 * it, published and staged alike), the whole lines (and link lines and caption credit templates)
 * repeated in at least {@code boilerplate.min-articles} stories of a source (articles with
 * different headlines, counted per day: boilerplate is attached to many stories, a story's own
 * lines only to its copies) that span {@code min-days} days or make up {@code min-share} of its
 * articles, and the sentences inside longer lines that reach {@code min-articles} and {@code
 * min-share} (a recurring sentence inside paragraphs is mostly shared background, which is content,
 * unless a large share of the feed carries it), and likewise headline prefixes and suffixes ("-
 * CNET") by share only; headline labels ("Show HN:", "WATCH:") are recurring prefixes whose words
 * the items rarely repeat ({@link HeadlineLabel}, kind {@code label}); 4) {@link #content}: each
 * article's body without them (near-duplicates are decided on it) and {@code boilerplate_chars}.
 *
 * <p>No phrase list: what counts is repetition within one source, so a feed never seen before is
 * handled the same way, on a first run of one day (by share) as on a daily run with history.
 */
public final class FeedNoiseStage {
  // Whole lines, link lines and credit templates may be boilerplate by days (a footer or a photo
  // credit recurs for weeks); sentences inside a line, line templates and headline affixes by share
  // only.
  private static final String KIND_LINE =
      FeedUnits.Kind.LINE.name().toLowerCase(java.util.Locale.ROOT);
  private static final String KIND_LINK =
      FeedUnits.Kind.LINK.name().toLowerCase(java.util.Locale.ROOT);
  private static final String KIND_CREDIT =
      FeedUnits.Kind.CREDIT.name().toLowerCase(java.util.Locale.ROOT);
  private static final String KIND_TITLE =
      FeedUnits.Kind.TITLE.name().toLowerCase(java.util.Locale.ROOT);

  /**
   * {@code source_lines} kind of the evidence for headline labels: one per item whose label-form
   * headline prefix (the line key) has a word that comes back in the rest of the item ({@link
   * HeadlineLabel#echoed}). Never boilerplate itself.
   */
  public static final String KIND_ECHO = "echo";

  /** {@code source_boilerplate} kind of a headline label ({@link HeadlineLabel}). */
  public static final String KIND_LABEL = "label";

  /** Stands for a missing source in the per-source tables. */
  public static final String NO_SOURCE = "";

  static final StructType LINE =
      new StructType()
          .add("source", DataTypes.StringType, false)
          .add("line_key", DataTypes.StringType, false)
          .add("line", DataTypes.StringType, false)
          .add("kind", DataTypes.StringType, false)
          .add(Tables.PUBLISHED_DATE, DataTypes.DateType, false)
          .add("story", DataTypes.StringType, false);
  public static final StructType CONTENT =
      new StructType()
          .add("article_id", DataTypes.StringType, false)
          .add("content", DataTypes.StringType, false)
          .add("boilerplate_chars", DataTypes.IntegerType, false);

  private FeedNoiseStage() {}

  private static Column source() {
    return functions.coalesce(functions.col("source"), functions.lit(NO_SOURCE)).as("source");
  }

  /** Articles (source, published_at, published_date) → {@link Tables#SOURCE_VOLUME} rows. */
  public static Dataset<Row> sourceVolume(Dataset<Row> articles) {
    return articles
        .groupBy(source(), functions.col(Tables.PUBLISHED_DATE))
        .agg(
            functions.count(functions.lit(1)).as("articles"),
            functions.min("published_at").as("first_seen"),
            functions.max("published_at").as("last_seen"));
  }

  /**
   * Articles (article_id, source, title, text, published_date) → {@link Tables#SOURCE_LINES} rows;
   * {@code stories} counts the distinct headlines ({@link BoilerplateKey#story}; an article without
   * a headline is a story of its own).
   */
  public static Dataset<Row> sourceLines(Dataset<Row> articles) {
    Dataset<Row> perArticle =
        articles
            .select(
                source(),
                functions.col("text"),
                functions.col(Tables.PUBLISHED_DATE),
                functions.col("title"),
                functions.col("article_id"))
            .flatMap((FlatMapFunction<Row, Row>) FeedNoiseStage::linesOf, Encoders.row(LINE));
    return perArticle
        .groupBy("source", "line_key", "kind", Tables.PUBLISHED_DATE)
        .agg(
            functions.count(functions.lit(1)).as("articles"),
            functions.countDistinct("story").as("stories"),
            functions.min("line").as("line"));
  }

  // One row per distinct unit key of the article (an article repeating a line counts once).
  private static Iterator<Row> linesOf(Row r) {
    Map<String, Row> seen = new HashMap<>(); // by kind and key
    String headline = BoilerplateKey.story(r.getString(3));
    String story = headline != null ? headline : "id:" + r.getString(4);
    String text = r.getString(1);
    String body = null;
    if (text != null && !text.isEmpty()) {
      body = HtmlText.strip(text).text();
      addUnits(r, story, body, UNITS.units(body), seen);
    }
    String title = r.getString(3);
    if (title != null && !title.isEmpty()) {
      String t = HtmlText.strip(title).text();
      List<FeedUnits.Unit> units = UNITS.titleUnits(t);
      addUnits(r, story, t, units, seen);
      for (FeedUnits.Unit u : units) {
        if (u.start() == 0
            && HeadlineLabel.isLabelForm(u.key())
            && HeadlineLabel.echoed(t, u.end(), body)) {
          seen.put(
              KIND_ECHO + u.key(),
              RowFactory.create(
                  r.getString(0), u.key(), t.substring(0, u.end()), KIND_ECHO, r.get(2), story));
        }
      }
    }
    return new ArrayList<>(seen.values()).iterator();
  }

  private static void addUnits(
      Row r, String story, String text, List<FeedUnits.Unit> units, Map<String, Row> seen) {
    for (FeedUnits.Unit u : units) {
      if (u.key() != null && !seen.containsKey(u.kind() + u.key())) {
        seen.put(
            u.kind() + u.key(),
            RowFactory.create(
                r.getString(0),
                u.key(),
                text.substring(u.start(), u.end()),
                u.kind().name().toLowerCase(java.util.Locale.ROOT),
                r.get(2),
                story));
      }
    }
  }

  // Stateless and thread-safe (its segmenter is), so one instance serves every task of an executor.
  private static final FeedUnits UNITS = new FeedUnits();

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
            .filter(functions.col("kind").notEqual(KIND_ECHO))
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
    // The history is aggregated once: the rules and the labels both read it, and the result is
    // small (a few rows per source: it is broadcast to every task anyway), so it is collected.
    Dataset<Row> units =
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
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> byRules =
          units
              .filter(functions.col("kind").notEqual(KIND_ECHO))
              .filter(functions.col("stories").geq(c.boilerplateMinArticles()))
              .join(perSource, "source")
              .filter(
                  byShare(c)
                      .or(
                          functions
                              .col("kind")
                              .isin(KIND_LINE, KIND_LINK, KIND_CREDIT)
                              .and(functions.col("days").geq(c.boilerplateMinDays()))))
              .select(COLUMNS);
      List<Row> rows = new ArrayList<>(byRules.collectAsList());
      if (c.labelMinArticles() > 0) {
        rows.addAll(labels(units, perSource, c, knownName));
      }
      return lines.sparkSession().createDataFrame(rows, byRules.schema());
    } finally {
      units.unpersist();
      frequent.unpersist();
    }
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
   * are not boilerplate by share already, as {@link #COLUMNS} rows of kind {@link #KIND_LABEL}.
   * Decided on the driver: the candidates are a few per source, and the knowledge-base check needs
   * the whole alias list, which is better not shipped to every task.
   */
  private static List<Row> labels(
      Dataset<Row> units, Dataset<Row> perSource, FeedsConfig c, Predicate<String> knownName) {
    Dataset<Row> echoes =
        units
            .filter(functions.col("kind").equalTo(KIND_ECHO))
            .select(
                functions.col("source"),
                functions.col("line_key"),
                functions.col("articles").as("echoes"));
    List<Row> candidates =
        units
            .filter(functions.col("kind").equalTo(KIND_TITLE))
            .filter(functions.col("stories").geq(c.labelMinArticles()))
            .join(perSource, "source")
            .filter(functions.not(byShare(c)))
            .join(echoes, new String[] {"source", "line_key"}, "left")
            .collectAsList();
    List<Row> out = new ArrayList<>();
    for (Row r : candidates) {
      String key = r.getAs("line_key");
      long articles = r.<Long>getAs("articles");
      Long echoed = r.getAs("echoes");
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
                KIND_LABEL));
      }
    }
    return out;
  }

  /** The boilerplate rows as the set the extractors use (small: a few lines per source). */
  public static BoilerplateSet collect(Dataset<Row> boilerplate) {
    BoilerplateSet.Builder b = new BoilerplateSet.Builder();
    for (Row r : boilerplate.select("source", "line_key").collectAsList()) {
      b.add(r.getString(0), r.getString(1));
    }
    return b.build();
  }

  /**
   * Articles (article_id, source, title, text) → {@link #CONTENT}: the body as the extractors read
   * it.
   */
  public static Dataset<Row> content(Dataset<Row> articles, Broadcast<BoilerplateSet> boilerplate) {
    Broadcast<BoilerplateSet> b = boilerplate;
    return articles
        .select("article_id", "source", "text")
        .mapPartitions(
            (MapPartitionsFunction<Row, Row>) rows -> contentOf(rows, b.value()),
            Encoders.row(CONTENT));
  }

  private static Iterator<Row> contentOf(Iterator<Row> rows, BoilerplateSet boilerplate) {
    return Iterators.map(
        rows,
        r -> {
          ArticleText t =
              ArticleText.prepare(null, r.getString(2), r.getString(1), boilerplate, UNITS);
          return RowFactory.create(r.getString(0), t.body().strip(), t.boilerplateChars());
        });
  }
}
