package com.newspulse.job;

import com.newspulse.config.NewsPulseConfig;
import com.newspulse.core.feed.BoilerplateSet;
import com.newspulse.ingest.BoilerplateRules;
import com.newspulse.ingest.FeedNoiseStage;
import com.newspulse.ingest.IngestStage;
import com.newspulse.ingest.InputFiles;
import com.newspulse.ingest.InputMissingException;
import com.newspulse.spark.InputContract;
import com.newspulse.spark.RunTransaction;
import com.newspulse.tables.Partitions;
import com.newspulse.tables.Tables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest step: the input → {@code quarantine}, {@code source_volume}, {@code source_lines},
 * {@code source_boilerplate} and {@code articles} (with near-duplicate clusters), and the row
 * accounting that must balance: rows read = accepted + quarantined + duplicates.
 */
final class IngestStep {
  private static final Logger LOG = LoggerFactory.getLogger(IngestStep.class);

  private final RunContext ctx;
  private final RunTransaction tx;
  private final NewsPulseConfig config;
  private final SparkSession spark;
  private final QualityGates gates;
  // Input files skipped as unreadable (input.unreadable-files = skip), each "path (size: error)".
  private List<String> skippedFiles = List.of();

  IngestStep(RunContext ctx) {
    this.ctx = ctx;
    this.tx = ctx.tx();
    this.config = ctx.config();
    this.spark = ctx.spark();
    this.gates = ctx.gates();
  }

  Ingested run(String input, LocalDate from, LocalDate to) {
    Dataset<Row> raw = readInput(input);
    Dataset<Row> conformed = InputContract.conform(raw, config.input(), input);
    IngestStage stage = new IngestStage(config.input());
    Dataset<Row> checked = stage.check(conformed).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      // One pass: the window (without --from/--to, the days spanned by the input's dated rows
      // within the given end) and the counts in it.
      Column inWindow = IngestStage.inWindow(from, to);
      Column dated = functions.col("date").isNotNull().and(inWindow);
      Row counts =
          checked
              .agg(
                  functions.count(functions.lit(1)).as("all"),
                  functions.sum(functions.when(inWindow, 1).otherwise(0)).as("read"),
                  functions
                      .sum(
                          functions
                              .when(inWindow.and(functions.col("reason").isNull()), 1)
                              .otherwise(0))
                      .as("valid"),
                  functions.min(functions.when(dated, functions.col("date"))),
                  functions.max(functions.when(dated, functions.col("date"))))
              .first();
      DateWindow window =
          from != null && to != null
              ? new DateWindow(from, to)
              : counts.isNullAt(3)
                  ? null
                  : new DateWindow(
                      from != null ? from : counts.getAs(3), to != null ? to : counts.getAs(4));
      Dataset<Row> inWindowRows = checked.filter(inWindow);
      long all = counts.getLong(0);
      long read = counts.isNullAt(1) ? 0 : counts.getLong(1);
      long valid = counts.isNullAt(2) ? 0 : counts.getLong(2);

      List<String> qParts = new ArrayList<>();
      String undated =
          window == null ? Tables.UNDATED : Tables.undatedPartition(window.from(), window.to());
      qParts.add(Partitions.of(Tables.QUARANTINE_PARTITION, undated));
      List<String> dayParts = new ArrayList<>();
      if (window != null) {
        for (LocalDate d : window.days()) {
          qParts.add(Partitions.of(Tables.QUARANTINE_PARTITION, d));
          dayParts.add(Partitions.of(Tables.PUBLISHED_DATE, d));
        }
      }
      Dataset<Row> articles =
          IngestStage.articles(inWindowRows).persist(StorageLevel.MEMORY_AND_DISK());
      Broadcast<BoilerplateSet> shipped = null;
      Dataset<Row> content = null;
      long duplicates;
      try {
        // Counted where they are dropped, not as a remainder: a row lost later (staging,
        // publishing) then breaks the balance below and fails the run instead of passing as a
        // "duplicate".
        duplicates = valid - articles.count();
        List<RunTransaction.Staging> tables = new ArrayList<>();
        tables.add(
            new RunTransaction.Staging(
                Tables.QUARANTINE,
                IngestStage.quarantine(inWindowRows, tx.runId(), undated),
                qParts));
        if (window != null) {
          tables.add(
              new RunTransaction.Staging(
                  Tables.SOURCE_VOLUME, FeedNoiseStage.sourceVolume(articles), dayParts));
          tables.add(
              new RunTransaction.Staging(
                  Tables.SOURCE_LINES, FeedNoiseStage.sourceLines(articles), dayParts));
        }
        tx.stageAll(tables);
        if (window != null) {
          learnBoilerplate(window);
        }
        shipped = ctx.broadcast(ctx.boilerplate());
        // Cached: the near-duplicate search and the articles table (boilerplate_chars) both read
        // it; without it every text was prepared twice (RSS 2022: 55 s of task time each).
        content = FeedNoiseStage.content(articles, shipped).persist(StorageLevel.MEMORY_AND_DISK());
        tx.stage(
            Tables.ARTICLES,
            withDuplicateClusters(articles.join(content, "article_id"), window, shipped),
            dayParts);
      } finally {
        if (content != null) {
          content.unpersist();
        }
        articles.unpersist();
        if (shipped != null) {
          shipped.destroy();
        }
      }
      // Accepted and quarantined as staged (what will be published), each counted on its own
      // table.
      long accepted =
          window == null ? 0 : tx.readDays(Tables.ARTICLES, window.from(), window.to()).count();
      Dataset<Row> myQuarantine =
          tx.read(Tables.QUARANTINE, qParts).filter(functions.col("run_id").equalTo(tx.runId()));
      long quarantined = myQuarantine.count();
      RunCounts c = RunCounts.balanced(read, all - read, accepted, quarantined, duplicates);
      gates.checkIngest(c, window, myQuarantine);
      LOG.info(
          "ingest {}: read {} = accepted {} + quarantined {} + duplicates {} (outside window {})",
          window,
          c.read(),
          c.accepted(),
          c.quarantined(),
          c.duplicates(),
          c.outsideWindow());
      return new Ingested(window, c, skippedFiles);
    } finally {
      checked.unpersist();
    }
  }

  /**
   * Stages {@code source_boilerplate} from the history of {@code source_lines} (the window and
   * {@code boilerplate.history-days} before it).
   */
  private void learnBoilerplate(DateWindow window) {
    LocalDate since = window.from().minusDays(config.feeds().boilerplateHistoryDays());
    List<String> kinds =
        java.util.stream.Stream.concat(
                java.util.Arrays.stream(com.newspulse.core.feed.FeedUnits.Kind.values())
                    .map(k -> k.name().toLowerCase(java.util.Locale.ROOT)),
                java.util.stream.Stream.of(FeedNoiseStage.KIND_LABEL))
            .map(k -> Partitions.of("kind", k))
            .toList();
    tx.stage(
        Tables.SOURCE_BOILERPLATE,
        BoilerplateRules.boilerplate(
            tx.readDays(Tables.SOURCE_LINES, since, window.to()),
            tx.readDays(Tables.SOURCE_VOLUME, since, window.to()),
            config.feeds(),
            new KnownNames(() -> ctx.resources().kb())),
        kinds);
  }

  /**
   * Near-duplicate clusters within the window's articles and with those published in the {@code
   * dedup.lookback-days} before it (docs/architecture.md: dedup).
   */
  private Dataset<Row> withDuplicateClusters(
      Dataset<Row> articles, DateWindow window, Broadcast<BoilerplateSet> boilerplate) {
    double threshold = config.analytics().dedupJaccardThreshold();
    int lookback = config.analytics().dedupLookbackDays();
    // Decided on content (the body without boilerplate), and only for articles with enough of it.
    org.apache.spark.sql.Column enough =
        functions.length(functions.col("text")).geq(config.feeds().dedupMinContentChars());
    Dataset<Row> mine =
        articles
            .select(functions.col("article_id"), functions.col("content").as("text"))
            .filter(enough);
    Dataset<Row> clusters;
    if (window == null || lookback == 0) {
      clusters = com.newspulse.dedup.DedupStage.clusters(spark, mine, threshold);
    } else {
      Dataset<Row> earlier =
          tx.readDays(
              Tables.ARTICLES, window.from().minusDays(lookback), window.from().minusDays(1));
      Dataset<Row> earlierContent =
          earlier
              .select("article_id", "duplicate_cluster")
              .join(FeedNoiseStage.content(earlier, boilerplate), "article_id")
              .select(
                  functions.col("article_id"),
                  functions.col("content").as("text"),
                  functions.col("duplicate_cluster"))
              .filter(enough);
      clusters = com.newspulse.dedup.DedupStage.clusters(spark, mine, earlierContent, threshold);
    }
    return articles
        .drop("duplicate_cluster", "content")
        .join(functions.broadcast(clusters), new String[] {"article_id"}, "left");
  }

  private Dataset<Row> readInput(String input) {
    var hadoop = spark.sparkContext().hadoopConfiguration();
    var reader = spark.read();
    String[] paths = {input};
    if (!config.input().skipUnreadableFiles()) {
      InputFiles.requireReadable(hadoop, input);
    } else {
      InputFiles.Listing files = InputFiles.check(hadoop, input);
      if (!files.unreadable().isEmpty()) {
        if (files.readable().isEmpty()) {
          throw new InputMissingException(
              "no input file under "
                  + input
                  + " is readable Parquet, nothing was processed: "
                  + String.join("; ", files.unreadable()),
              null);
        }
        skippedFiles = files.unreadable();
        LOG.warn(
            "skipping {} unreadable input file(s) (input.unreadable-files = skip): {}",
            skippedFiles.size(),
            String.join("; ", skippedFiles));
        // The readable files by name; basePath keeps the input's partition columns (date=...).
        reader = reader.option("basePath", input);
        paths = files.readable().stream().map(Object::toString).toArray(String[]::new);
      }
    }
    try {
      return reader.parquet(paths);
    } catch (Exception e) { // Scala throws AnalysisException without declaring it
      if (e instanceof org.apache.spark.sql.AnalysisException) {
        throw new InputMissingException(
            "cannot read input "
                + input
                + " as Parquet: "
                + e.getMessage()
                + " (check --input; convert JSON Lines or CSV with 'newspulse import')",
            e);
      }
      throw e;
    }
  }
}
