package com.newspulse.ingest;

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
  static final String KIND_LINE = FeedUnits.Kind.LINE.name().toLowerCase(java.util.Locale.ROOT);
  static final String KIND_LINK = FeedUnits.Kind.LINK.name().toLowerCase(java.util.Locale.ROOT);
  static final String KIND_CREDIT = FeedUnits.Kind.CREDIT.name().toLowerCase(java.util.Locale.ROOT);
  static final String KIND_TITLE = FeedUnits.Kind.TITLE.name().toLowerCase(java.util.Locale.ROOT);

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
