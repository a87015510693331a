package com.newspulse.ingest;

import com.newspulse.config.InputConfig;
import com.newspulse.core.geo.Datelines;
import com.newspulse.core.ingest.ArticleValidator;
import com.newspulse.core.ingest.QuarantineReason;
import com.newspulse.core.text.TextChecks;
import com.newspulse.spark.Iterators;
import com.newspulse.tables.Tables;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Ingest: contract-conformed input rows → accepted {@code articles} and {@code quarantine}.
 *
 * <p>Steps: 1) validate each row with the core {@link ArticleValidator} (one reason per bad row);
 * 2) keep rows of the run's window (undated rows always belong to the run: they cannot be placed in
 * any window); 3) drop exact duplicates: first the same id, then the same normalised title+text,
 * keeping the earliest copy (ties broken by content hash, then id, so re-runs keep the same row).
 */
public final class IngestStage {
  static final StructType CHECKED =
      new StructType()
          .add("id", DataTypes.StringType)
          .add("published_at", DataTypes.TimestampType)
          .add("title", DataTypes.StringType)
          .add("text", DataTypes.StringType)
          .add("source", DataTypes.StringType)
          .add("url", DataTypes.StringType)
          .add("lang", DataTypes.StringType)
          .add("gold", DataTypes.StringType)
          .add("dateline", DataTypes.StringType)
          .add("published_at_raw", DataTypes.StringType)
          .add("date", DataTypes.DateType)
          .add("reason", DataTypes.StringType)
          .add("detail", DataTypes.StringType)
          .add("content_hash", DataTypes.StringType)
          .add("raw_record", DataTypes.BinaryType);

  private final InputConfig config;

  public IngestStage(InputConfig config) {
    this.config = config;
  }

  /**
   * Rows after validation, with {@code date} (null when undated) and {@code reason} (null when
   * good).
   */
  public Dataset<Row> check(Dataset<Row> conformed) {
    ArticleValidator validator =
        new ArticleValidator(
            config.plausibleFrom(),
            config.plausibleTo(),
            config.maxTextChars(),
            config.acceptHeadlineOnly());
    return conformed.mapPartitions(
        (MapPartitionsFunction<Row, Row>) rows -> checkAll(rows, validator), Encoders.row(CHECKED));
  }

  private static Iterator<Row> checkAll(Iterator<Row> rows, ArticleValidator validator) {
    MessageDigest sha = sha256();
    return Iterators.map(
        rows,
        r -> {
          String id = r.getAs("id");
          Object published = r.getAs("published_at");
          String title = r.getAs("title");
          String text = r.getAs("text");
          String problem = r.getAs(com.newspulse.corpus.CrawlImport.IMPORT_PROBLEM);
          ArticleValidator.Verdict v =
              problem != null
                  ? importProblem(problem)
                  : validator.validate(id, published, title, text);
          Instant when = validator.plausibleDate(published).orElse(null);
          LocalDate date = when == null ? null : LocalDate.ofInstant(when, ZoneOffset.UTC);
          String hash = v.accepted() ? contentHash(sha, title, text) : null;
          // A headline-only item is an article with an empty body (articles.text is never null).
          String body = v.accepted() && text == null ? "" : text;
          return RowFactory.create(
              id,
              v.accepted() ? v.publishedAt() : null,
              title,
              body,
              r.getAs("source"),
              r.getAs("url"),
              r.getAs("lang"),
              r.getAs("gold"),
              dateline(r.getAs("dateline"), text),
              published == null ? null : published.toString(),
              date,
              v.accepted() ? null : v.reason().name(),
              v.detail(),
              hash,
              problem == null ? null : r.getAs(com.newspulse.corpus.CrawlImport.RAW_RECORD));
        });
  }

  /**
   * The verdict on a line 'import' flagged: quarantined, its original text in {@code raw_record}.
   */
  private static ArticleValidator.Verdict importProblem(String problem) {
    return problem.equals(QuarantineReason.MALFORMED_RECORD.name())
        ? ArticleValidator.Verdict.reject(
            QuarantineReason.MALFORMED_RECORD,
            "the input line is not a JSON object or not valid UTF-8; raw_record keeps it as it was")
        : ArticleValidator.Verdict.reject(
            QuarantineReason.INVALID_CHARACTERS,
            "the input line has a lone surrogate escape (no character; it would become '?');"
                + " raw_record keeps it as it was");
  }

  /**
   * The input's dateline when it has one, else the one that opens the text (wire copy), else null.
   */
  static String dateline(String given, String text) {
    return given != null && !given.isBlank() ? given.trim() : Datelines.find(text);
  }

  static String contentHash(MessageDigest sha, String title, String text) {
    byte[] d =
        sha.digest(TextChecks.normalizeForDedup(title, text).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(d, 0, 16);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Whether a checked row belongs to the window given by its ends (either may be null: open):
   * undated, or dated within them. A window taken from the input's dated rows (no --from/--to)
   * spans exactly the dated rows within the given ends, so the rows are the same.
   */
  public static Column inWindow(LocalDate from, LocalDate to) {
    Column date = functions.col("date");
    Column within = functions.lit(true);
    if (from != null) {
      within = within.and(date.geq(from));
    }
    if (to != null) {
      within = within.and(date.leq(to));
    }
    return date.isNull().or(within);
  }

  /**
   * Quarantine rows in the table's contract; undated rows go to the partition {@code undated}
   * ({@link Tables#undatedPartition}), dated ones to their day.
   */
  public static Dataset<Row> quarantine(Dataset<Row> checked, String runId, String undated) {
    return checked
        .filter(functions.col("reason").isNotNull())
        .select(
            functions.col("reason"),
            functions.col("detail"),
            functions.col("id"),
            functions.col("published_at_raw"),
            functions.col("title"),
            functions.col("text"),
            functions.col("source"),
            functions.col("url"),
            functions.col("lang"),
            functions.col("raw_record"),
            functions.lit(runId).as("run_id"),
            functions
                .coalesce(
                    functions.date_format(functions.col("date"), "yyyy-MM-dd"),
                    functions.lit(undated))
                .as(Tables.QUARANTINE_PARTITION));
  }

  /** Accepted, de-duplicated articles in the table's contract. */
  public static Dataset<Row> articles(Dataset<Row> checked) {
    Dataset<Row> good = checked.filter(functions.col("reason").isNull());
    // A total order: two rows with one id, time and text keep the same one on every run.
    Dataset<Row> byId =
        keepFirst(
            good,
            "id",
            functions.col("published_at"),
            functions.col("content_hash"),
            functions.col("title").asc_nulls_first(),
            functions.col("source").asc_nulls_first(),
            functions.col("url").asc_nulls_first(),
            functions.col("lang").asc_nulls_first(),
            functions.col("dateline").asc_nulls_first(),
            functions.col("gold").asc_nulls_first());
    Dataset<Row> byContent =
        keepFirst(byId, "content_hash", functions.col("published_at"), functions.col("id"));
    return byContent.select(
        functions.col("id").as("article_id"),
        functions.col("published_at"),
        functions.col("title"),
        functions.col("text"),
        functions.col("source"),
        functions.col("url"),
        functions.col("lang"),
        functions.length(functions.col("text")).as("text_chars"),
        functions.col("content_hash"),
        functions.col("gold"),
        functions.col("dateline"),
        functions
            .lit(null)
            .cast(org.apache.spark.sql.types.DataTypes.StringType)
            .as("duplicate_cluster"),
        functions.col("date").as(Tables.PUBLISHED_DATE));
  }

  private static Dataset<Row> keepFirst(Dataset<Row> rows, String key, Column... order) {
    List<Column> o = new ArrayList<>(List.of(order));
    return rows.withColumn(
            "_rn",
            functions.row_number().over(Window.partitionBy(key).orderBy(o.toArray(Column[]::new))))
        .filter(functions.col("_rn").equalTo(1))
        .drop("_rn");
  }
}
