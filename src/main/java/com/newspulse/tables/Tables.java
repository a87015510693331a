package com.newspulse.tables;

import static org.apache.spark.sql.types.DataTypes.BinaryType;
import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The contracts of every table NewsPulse writes. Column docs live in docs/tables.md. */
public final class Tables {
  private Tables() {}

  public static final String PUBLISHED_DATE = "published_date";
  public static final String QUARANTINE_PARTITION = "partition_date";

  /**
   * Prefix of the quarantine partitions for rows whose date is missing, unparsable or implausible.
   * Each window has its own ({@link #undatedPartition}): a run replaces the undated rows of its own
   * window (a re-run of the same dates gives the same rows) and never those of another window.
   */
  public static final String UNDATED = "undated";

  /**
   * The undated quarantine partition of a run over {@code [from, to]}; {@link #UNDATED} without a
   * window.
   */
  public static String undatedPartition(java.time.LocalDate from, java.time.LocalDate to) {
    return from == null || to == null ? UNDATED : UNDATED + "_" + from + "_" + to;
  }

  /**
   * The input articles as {@code import} and {@code generate} write them (the one definition of the
   * input's columns; {@code published_at} as an ISO-8601 string). {@link
   * com.newspulse.spark.InputContract} says which are required and which other types it accepts.
   */
  public static final StructType INPUT =
      new StructType()
          .add("id", StringType)
          .add("published_at", StringType)
          .add("title", StringType)
          .add("text", StringType)
          .add("source", StringType)
          .add("url", StringType)
          .add("lang", StringType);

  public static final TableContract ARTICLES =
      new TableContract(
          "articles",
          new StructType()
              .add("article_id", StringType, false)
              .add("published_at", TimestampType, false)
              .add("title", StringType)
              .add("text", StringType, false)
              .add("source", StringType)
              .add("url", StringType)
              .add("lang", StringType)
              .add("text_chars", IntegerType, false)
              .add("content_hash", StringType, false)
              .add("boilerplate_chars", IntegerType)
              .add("gold", StringType)
              .add("dateline", StringType)
              .add("duplicate_cluster", StringType)
              .add(PUBLISHED_DATE, DateType, false),
          List.of(PUBLISHED_DATE));

  public static final TableContract QUARANTINE =
      new TableContract(
          "quarantine",
          new StructType()
              .add("reason", StringType, false)
              .add("detail", StringType)
              .add("id", StringType)
              .add("published_at_raw", StringType)
              .add("title", StringType)
              .add("text", StringType)
              .add("source", StringType)
              .add("url", StringType)
              .add("lang", StringType)
              .add("raw_record", BinaryType)
              .add("run_id", StringType, false)
              .add(QUARANTINE_PARTITION, StringType, false),
          List.of(QUARANTINE_PARTITION));

  public static final TableContract ENTITY_MENTIONS =
      new TableContract(
          "entity_mentions",
          new StructType()
              .add("article_id", StringType, false)
              .add("entity_id", StringType, false)
              .add("entity_type", StringType, false)
              .add("start", IntegerType, false)
              .add("end", IntegerType, false)
              .add("field", StringType, false)
              .add("surface", StringType, false)
              .add("sentence", IntegerType, false)
              .add("method", StringType, false)
              .add("tone", DoubleType)
              .add(PUBLISHED_DATE, DateType, false),
          List.of(PUBLISHED_DATE));

  public static final TableContract ARTICLE_ENTITIES =
      new TableContract(
          "article_entities",
          new StructType()
              .add("article_id", StringType, false)
              .add("entity_id", StringType, false)
              .add("entity_type", StringType, false)
              .add("label", StringType, false)
              .add("mentions", IntegerType, false)
              .add("first_offset", IntegerType, false)
              .add("avg_tone", DoubleType)
              .add(PUBLISHED_DATE, DateType, false),
          List.of(PUBLISHED_DATE));

  public static final TableContract ARTICLE_THEMES =
      new TableContract(
          "article_themes",
          new StructType()
              .add("article_id", StringType, false)
              .add("theme_id", StringType, false)
              .add("label", StringType, false)
              .add("hits", IntegerType, false)
              .add("first_offset", IntegerType, false)
              .add("title_hits", IntegerType, false)
              .add("salience", DoubleType, false)
              .add("primary", BooleanType, false)
              .add(PUBLISHED_DATE, DateType, false),
          List.of(PUBLISHED_DATE));

  public static final TableContract ARTICLE_KEYWORDS =
      new TableContract(
          "article_keywords",
          new StructType()
              .add("article_id", StringType, false)
              .add("keyword", StringType, false)
              .add("score", DoubleType, false)
              .add("rank", IntegerType, false)
              .add(PUBLISHED_DATE, DateType, false),
          List.of(PUBLISHED_DATE));

  public static final TableContract AMOUNTS =
      new TableContract(
          "amounts",
          new StructType()
              .add("article_id", StringType, false)
              .add("kind", StringType, false)
              .add("value", DoubleType, false)
              .add("currency", StringType)
              .add("number", DoubleType, false)
              .add("scale", StringType)
              .add("qualifier", StringType)
              .add("start", IntegerType, false)
              .add("end", IntegerType, false)
              .add("field", StringType, false)
              .add("surface", StringType, false)
              .add(PUBLISHED_DATE, DateType, false),
          List.of(PUBLISHED_DATE));

  public static final TableContract ARTICLE_COUNTRIES =
      new TableContract(
          "article_countries",
          new StructType()
              .add("article_id", StringType, false)
              .add("country_id", StringType, false)
              .add("label", StringType, false)
              .add("score", DoubleType, false)
              .add("named", IntegerType, false)
              .add("linked", IntegerType, false)
              .add("dateline", BooleanType, false)
              .add(PUBLISHED_DATE, DateType, false),
          List.of(PUBLISHED_DATE));

  /** Topics of each article (up to topics.max-per-article, weight >= topics.min-weight). */
  public static final TableContract ARTICLE_TOPICS =
      new TableContract(
          "article_topics",
          new StructType()
              .add("article_id", StringType, false)
              .add("topic_id", IntegerType, false)
              .add("weight", DoubleType, false)
              .add("rank", IntegerType, false)
              .add("model_version", StringType, false)
              .add(PUBLISHED_DATE, DateType, false),
          List.of(PUBLISHED_DATE));

  /** One row per topic of each fitted model version; a refit adds a partition, older ones stay. */
  public static final TableContract TOPICS =
      new TableContract(
          "topics",
          new StructType()
              .add("topic_id", IntegerType, false)
              .add("label", StringType, false)
              .add("description", StringType, false)
              .add("top_terms", StringType, false)
              .add("terms", DataTypes.createArrayType(StringType, false), false)
              .add("term_weights", DataTypes.createArrayType(DoubleType, false), false)
              .add("top_entities", StringType)
              .add("top_themes", StringType)
              .add("articles", LongType, false)
              .add("coherence", DoubleType)
              .add("fitted_at", TimestampType, false)
              .add("model_version", StringType, false),
          List.of("model_version"));

  /**
   * Per model version and day, the counts the {@code topics} rows' sizes and associated entities
   * and themes are summed from (the rows of every day of the version), so a run re-reads small
   * per-day rows instead of joining every {@code article_topics} row of the version with the entity
   * and theme tables of all its days. Written with the day's {@code article_topics}. Four kinds of
   * row: articles per topic ({@code kind} null), articles with any topic ({@code topic_id} and
   * {@code kind} null), articles per topic and item ({@code kind} entity or theme), and articles
   * with any topic per item and label ({@code topic_id} null).
   */
  public static final TableContract TOPIC_COUNTS =
      new TableContract(
          "topic_counts",
          new StructType()
              .add("model_version", StringType, false)
              .add("topic_id", IntegerType)
              .add("kind", StringType)
              .add("key", StringType)
              .add("label", StringType)
              .add("articles", LongType, false)
              .add(PUBLISHED_DATE, DateType, false),
          List.of(PUBLISHED_DATE));

  public static final TableContract TRENDS =
      new TableContract(
          "trends",
          new StructType()
              .add("dimension", StringType, false)
              .add("key", StringType, false)
              .add("label", StringType)
              .add("entity_type", StringType)
              .add("articles", LongType, false)
              .add("mentions", LongType, false)
              .add("period_articles", LongType, false)
              .add("share", DoubleType, false)
              .add("baseline_share", DoubleType)
              .add("z_score", DoubleType)
              .add("burst", BooleanType, false)
              .add("articles_dedup", LongType)
              .add("avg_tone", DoubleType)
              .add("stable_articles", LongType)
              .add("stable_period_articles", LongType)
              .add("stable_share", DoubleType)
              .add("stable_baseline_share", DoubleType)
              .add("mix_change", DoubleType)
              .add("mix_changed", BooleanType)
              .add("granularity", StringType, false)
              .add("period_start", DateType, false),
          List.of("granularity", "period_start"));

  public static final TableContract COOCCURRENCE =
      new TableContract(
          "cooccurrence",
          new StructType()
              .add("dimension_a", StringType, false)
              .add("key_a", StringType, false)
              .add("label_a", StringType)
              .add("dimension_b", StringType, false)
              .add("key_b", StringType, false)
              .add("label_b", StringType)
              .add("articles", LongType, false)
              .add("articles_a", LongType, false)
              .add("articles_b", LongType, false)
              .add("period_articles", LongType, false)
              .add("npmi", DoubleType, false)
              .add("granularity", StringType, false)
              .add("period_start", DateType, false),
          List.of("granularity", "period_start"));

  public static final TableContract ARTICLE_TONE =
      new TableContract(
          "article_tone",
          new StructType()
              .add("article_id", StringType, false)
              .add("tone", DoubleType, false)
              .add("tone_sum", DoubleType, false)
              .add("positive_hits", IntegerType, false)
              .add("negative_hits", IntegerType, false)
              .add(PUBLISHED_DATE, DateType, false),
          List.of(PUBLISHED_DATE));

  public static final TableContract ARTICLE_TERMS =
      new TableContract(
          "article_terms",
          new StructType()
              .add("article_id", StringType, false)
              .add("term", StringType, false)
              .add(PUBLISHED_DATE, DateType, false),
          List.of(PUBLISHED_DATE));

  public static final TableContract CANDIDATE_MENTIONS =
      new TableContract(
          "candidate_mentions",
          new StructType()
              .add("article_id", StringType, false)
              .add("key", StringType, false)
              .add("surface", StringType, false)
              .add("suggested_type", StringType, false)
              .add("cue", StringType, false)
              .add("start", IntegerType, false)
              .add("end", IntegerType, false)
              .add("field", StringType, false)
              .add("sentence", IntegerType, false)
              .add(PUBLISHED_DATE, DateType, false),
          List.of(PUBLISHED_DATE));

  /** Whole-history aggregate of candidate_mentions; every run replaces all its partitions. */
  public static final TableContract ENTITY_CANDIDATES =
      new TableContract(
          "entity_candidates",
          new StructType()
              .add("key", StringType, false)
              .add("surface", StringType, false)
              .add("mentions", LongType, false)
              .add("articles", LongType, false)
              .add("first_seen", DateType, false)
              .add("last_seen", DateType, false)
              .add("sources", StringType)
              .add("example_article_ids", StringType, false)
              .add("capitalised_share", DoubleType)
              .add("suggested_type", StringType, false),
          List.of("suggested_type"));

  /** A (value, count) pair of the {@link #CANDIDATE_DAYS} count lists. */
  public static final StructType VALUE_COUNT =
      new StructType().add("value", StringType, false).add("n", LongType, false);

  /**
   * Per candidate key and day, its mentions counted: what {@code entity_candidates} (over every
   * published day) is summed from, so a run re-reads small per-day rows instead of every mention of
   * the history. Each run writes its window's days. {@code term_articles}: the day's articles with
   * the key among their terms, in any case (null in days written before it was counted).
   */
  public static final TableContract CANDIDATE_DAYS =
      new TableContract(
          "candidate_days",
          new StructType()
              .add("key", StringType, false)
              .add("mentions", LongType, false)
              .add("articles", LongType, false)
              .add("example_article_ids", DataTypes.createArrayType(StringType, false), false)
              .add("surfaces", DataTypes.createArrayType(VALUE_COUNT, false), false)
              .add("types", DataTypes.createArrayType(VALUE_COUNT, false), false)
              .add("sources", DataTypes.createArrayType(VALUE_COUNT, false), false)
              .add("term_articles", LongType)
              .add(PUBLISHED_DATE, DateType, false),
          List.of(PUBLISHED_DATE));

  public static final TableContract TRENDING_TERMS =
      new TableContract(
          "trending_terms",
          new StructType()
              .add("term", StringType, false)
              .add("articles", LongType, false)
              .add("sources", LongType, false)
              .add("period_articles", LongType, false)
              .add("background_articles", LongType, false)
              .add("background_total", LongType, false)
              .add("llr", DoubleType, false)
              .add("rate_ratio", DoubleType, false)
              .add("rank", IntegerType, false)
              .add("granularity", StringType, false)
              .add("period_start", DateType, false),
          List.of("granularity", "period_start"));

  /**
   * Per period, key and source, what {@code trends} and {@code trending_terms} are summed from: day
   * rows written by the run that counted the day (its window, and its dedup look-back, whose
   * stories a window copy can join), and week and month roll-ups of them (not for terms and
   * keywords, a long tail that roll-ups barely compress) rewritten whenever one of their days is,
   * so a baseline reads 28 days, 8 weeks and 6 months of small rows instead of months of
   * article-level tables (docs/scaling.md, "Daily runs cost a day"). {@code dimension} is a trends
   * dimension or {@code term} (an {@code article_terms} term: only {@code articles} and {@code
   * source} are set). {@code stories} holds the near-duplicate keys of the row's clustered
   * articles, {@code unclustered} counts the others, so a period's {@code articles_dedup} is {@code
   * unclustered} summed plus the distinct {@code stories}.
   */
  public static final TableContract TREND_COUNTS =
      new TableContract(
          "trend_counts",
          new StructType()
              .add("dimension", StringType, false)
              .add("key", StringType, false)
              .add("source", StringType, false)
              .add("label", StringType)
              .add("entity_type", StringType)
              .add("articles", LongType, false)
              .add("mentions", LongType, false)
              .add("tone_sum", DoubleType, false)
              .add("tone_count", LongType, false)
              .add("unclustered", LongType, false)
              .add("stories", DataTypes.createArrayType(StringType, false), false)
              .add("granularity", StringType, false)
              .add("period_start", DateType, false),
          List.of("granularity", "period_start"));

  public static final TableContract RUNS =
      new TableContract(
          "runs",
          new StructType()
              .add("command", StringType, false)
              .add("started_at", TimestampType, false)
              .add("finished_at", TimestampType, false)
              .add("status", StringType, false)
              .add("message", StringType)
              .add("code_version", StringType, false)
              .add("config_hash", StringType, false)
              .add("input", StringType)
              .add("output", StringType, false)
              .add("window_from", DateType)
              .add("window_to", DateType)
              .add("rows_read", LongType)
              .add("rows_outside_window", LongType)
              .add("rows_accepted", LongType)
              .add("rows_quarantined", LongType)
              .add("rows_duplicates", LongType)
              .add("stage_seconds", StringType)
              .add("failed_stage", StringType)
              .add("run_id", StringType, false),
          List.of("run_id"));

  /** Articles per source and day: the feed mix, which trends normalise against. */
  public static final TableContract SOURCE_VOLUME =
      new TableContract(
          "source_volume",
          new StructType()
              .add("source", StringType, false)
              .add("articles", LongType, false)
              .add("first_seen", TimestampType, false)
              .add("last_seen", TimestampType, false)
              .add(PUBLISHED_DATE, DateType, false),
          List.of(PUBLISHED_DATE));

  /**
   * Per source and day, the articles each normalised body line or sentence occurs in: the history
   * from which boilerplate is decided (a daily run sees the source's past, not only its day).
   */
  public static final TableContract SOURCE_LINES =
      new TableContract(
          "source_lines",
          new StructType()
              .add("source", StringType, false)
              .add("line_key", StringType, false)
              .add("line", StringType, false)
              .add("kind", StringType, false)
              .add("articles", LongType, false)
              .add("stories", LongType, false)
              .add(PUBLISHED_DATE, DateType, false),
          List.of(PUBLISHED_DATE));

  /**
   * The boilerplate in force after the latest run, per source; every run replaces all its
   * partitions.
   */
  public static final TableContract SOURCE_BOILERPLATE =
      new TableContract(
          "source_boilerplate",
          new StructType()
              .add("source", StringType, false)
              .add("line_key", StringType, false)
              .add("line", StringType, false)
              .add("articles", LongType, false)
              .add("stories", LongType, false)
              .add("days", LongType, false)
              .add("source_articles", LongType, false)
              .add("first_seen", DateType, false)
              .add("last_seen", DateType, false)
              .add("kind", StringType, false),
          List.of("kind"));

  /** Every output table, in the order the catalog creates their views (docs/tables.md). */
  public static final List<TableContract> ALL =
      List.of(
          ARTICLES,
          QUARANTINE,
          ENTITY_MENTIONS,
          ARTICLE_ENTITIES,
          ARTICLE_THEMES,
          ARTICLE_KEYWORDS,
          AMOUNTS,
          ARTICLE_COUNTRIES,
          ARTICLE_TONE,
          ARTICLE_TERMS,
          CANDIDATE_MENTIONS,
          ENTITY_CANDIDATES,
          CANDIDATE_DAYS,
          ARTICLE_TOPICS,
          TOPICS,
          TOPIC_COUNTS,
          TRENDS,
          TRENDING_TERMS,
          COOCCURRENCE,
          TREND_COUNTS,
          RUNS,
          SOURCE_VOLUME,
          SOURCE_LINES,
          SOURCE_BOILERPLATE);

  /** The contract of the table with this name, or null. */
  public static TableContract byName(String name) {
    return ALL.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
  }
}
