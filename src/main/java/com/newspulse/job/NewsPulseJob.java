package com.newspulse.job;

import com.newspulse.config.NewsPulseConfig;
import com.newspulse.core.enrich.ArticleEnricher;
import com.newspulse.core.feed.BoilerplateSet;
import com.newspulse.core.trendstats.PeriodCalendar;
import com.newspulse.enrich.EnrichStage;
import com.newspulse.ingest.FeedNoiseStage;
import com.newspulse.ingest.IngestStage;
import com.newspulse.ingest.InputMissingException;
import com.newspulse.ner.NerModelStore;
import com.newspulse.ner.NerTagger;
import com.newspulse.spark.InputContract;
import com.newspulse.spark.OutputLock;
import com.newspulse.spark.ProgressReporter;
import com.newspulse.spark.RunTransaction;
import com.newspulse.spark.TableStore;
import com.newspulse.tables.TableContract;
import com.newspulse.tables.Tables;
import com.newspulse.topics.TopicModelStore;
import com.newspulse.topics.TopicsStage;
import com.newspulse.trends.TrendsStage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job: wires the stages to the table store. Each public method is one CLI command; {@link #run}
 * chains ingest → enrich → trends in one transaction so a run publishes all its tables together or
 * none of them.
 */
public final class NewsPulseJob {
  private static final Logger LOG = LoggerFactory.getLogger(NewsPulseJob.class);

  private final NewsPulseConfig config;
  private final SparkSession spark;
  private final TableStore store;
  private final Map<String, Double> stageSeconds = new LinkedHashMap<>();
  private final QualityGates gates;
  private ProgressReporter progress;
  private EnrichResources resources;
  // The stage a failed run was in (the innermost one that threw); null while nothing failed.
  private String failedStage;
  // The running transaction's boilerplate: learned by ingest, or read once from the published
  // table.
  private BoilerplateSet boilerplate;

  public NewsPulseJob(NewsPulseConfig config, SparkSession spark, String output) {
    this.config = config;
    this.spark = spark;
    this.store = new TableStore(spark, output, config.output());
    this.gates = new QualityGates(config.quality());
  }

  public TableStore store() {
    return store;
  }

  /** What one command did; printed by the CLI and stored in {@code runs}. */
  public record RunResult(
      String runId, DateWindow window, RunCounts counts, Map<String, Double> stageSeconds) {}

  public RunResult run(String input, LocalDate from, LocalDate to) {
    return transact(
        "run",
        input,
        from,
        to,
        tx -> {
          Ingested in = ingest(tx, input, from, to);
          if (in.window() != null) {
            long failed = enrich(tx, in.window());
            topics(tx, in.window(), false);
            trends(tx, in.window());
            return new Ingested(in.window(), in.counts().withAnalysisFailed(failed));
          }
          return in;
        });
  }

  public RunResult ingestOnly(String input, LocalDate from, LocalDate to) {
    return transact("ingest", input, from, to, tx -> ingest(tx, input, from, to));
  }

  public RunResult enrichOnly(LocalDate from, LocalDate to) {
    return transact(
        "enrich",
        null,
        from,
        to,
        tx -> {
          DateWindow w = windowOfArticles(tx, from, to);
          if (w != null) {
            enrich(tx, w);
            topics(tx, w, false);
          }
          return new Ingested(w, null);
        });
  }

  public RunResult trendsOnly(LocalDate from, LocalDate to) {
    return transact(
        "trends",
        null,
        from,
        to,
        tx -> {
          DateWindow w = windowOfArticles(tx, from, to);
          if (w != null) {
            trends(tx, w);
          }
          return new Ingested(w, null);
        });
  }

  /**
   * {@code topics fit}: refits the topic model on the window's published articles, makes the new
   * version current, and re-assigns the window's articles and its trends with it.
   */
  public RunResult topicsFit(LocalDate from, LocalDate to) {
    return transact(
        "topics-fit",
        null,
        from,
        to,
        tx -> {
          DateWindow w = windowOfArticles(tx, from, to);
          if (w != null) {
            topics(tx, w, true);
            trends(tx, w);
          }
          return new Ingested(w, null);
        });
  }

  private record Ingested(DateWindow window, RunCounts counts) {}

  private interface Work {
    Ingested apply(RunTransaction tx);
  }

  private RunResult transact(
      String command, String input, LocalDate from, LocalDate to, Work work) {
    if (config.nerModel() != null && !command.equals("trends")) {
      NerModelStore.properties(spark, config.nerModel()); // a wrong ner.model fails before any work
    }
    String runId = RunIds.next();
    // One writer per output, for the whole transaction (recovering a killed run included).
    try (OutputLock lock = store.lock(runId)) {
      return transact(command, input, from, to, work, runId);
    }
  }

  private RunResult transact(
      String command, String input, LocalDate from, LocalDate to, Work work, String runId) {
    Instant started = Instant.now();
    stageSeconds.clear();
    failedStage = null;
    boilerplate = null;
    RunTransaction tx = store.begin(runId);
    progress =
        config.progressIntervalSeconds() > 0
            ? new ProgressReporter(spark, config.progressIntervalSeconds())
            : null;
    try {
      Ingested done = work.apply(tx);
      stageRunRow(tx, command, started, "SUCCEEDED", null, input, done.window(), done.counts());
      timed(
          "publish",
          () -> {
            tx.commit();
            return null;
          });
      RunResult result =
          new RunResult(runId, done.window(), done.counts(), Map.copyOf(stageSeconds));
      RunMetrics.write(store, result, command, "SUCCEEDED", null, null, started, config);
      return result;
    } catch (Throwable e) { // Spark's checked exceptions too (thrown undeclared from Scala)
      if (committedDespite(tx, e)) {
        // The journal is complete: the run is published (its SUCCEEDED row is part of it), now or
        // by
        // the next writer. Recording it FAILED as well would leave it both published and failed.
        RunResult result = new RunResult(runId, null, null, Map.copyOf(stageSeconds));
        RunMetrics.write(
            store,
            result,
            command,
            "PUBLISH_PENDING",
            String.valueOf(e),
            failedStage,
            started,
            config);
        throw e;
      }
      try {
        tx.abort();
      } catch (RuntimeException cleanup) {
        e.addSuppressed(cleanup); // the original error is what the user must see
      }
      DateWindow requested =
          from != null && to != null && !to.isBefore(from) ? new DateWindow(from, to) : null;
      recordFailure(command, runId + "-failed", started, input, requested, e);
      try {
        RunMetrics.write(
            store,
            new RunResult(runId + "-failed", requested, null, Map.copyOf(stageSeconds)),
            command,
            "FAILED",
            String.valueOf(e),
            failedStage,
            started,
            config);
      } catch (RuntimeException metrics) {
        e.addSuppressed(metrics);
      }
      throw e;
    } finally {
      if (progress != null) {
        progress.close();
        progress = null;
      }
    }
  }

  /**
   * After an error, whether the run had already committed (its journal complete); if so, tries to
   * finish its publish at once (the next writer would otherwise). Never hides the error's cause.
   */
  private boolean committedDespite(RunTransaction tx, Throwable e) {
    try {
      if (!tx.committed()) {
        return false;
      }
    } catch (RuntimeException unknown) {
      e.addSuppressed(unknown);
      return false; // treated as not committed: abort keeps a complete journal anyway
    }
    LOG.warn(
        "run {} failed after it committed ({}): completing its publish", tx.runId(), e.toString());
    try {
      store.recover();
    } catch (RuntimeException again) {
      e.addSuppressed(again);
      LOG.warn(
          "run {} stays committed; the next writer on {} completes its publish",
          tx.runId(),
          store.root());
    }
    return true;
  }

  /** A failed run leaves its tables untouched but still leaves a FAILED row in {@code runs}. */
  private void recordFailure(
      String command,
      String runId,
      Instant started,
      String input,
      DateWindow requested,
      Throwable e) {
    try {
      RunTransaction tx = store.begin(runId);
      stageRunRow(tx, command, started, "FAILED", String.valueOf(e), input, requested, null);
      tx.commit();
    } catch (RuntimeException second) {
      LOG.warn("could not record the failed run in runs: {}", second.toString());
    }
  }

  private void stageRunRow(
      RunTransaction tx,
      String command,
      Instant started,
      String status,
      String message,
      String input,
      DateWindow w,
      RunCounts c) {
    Row row =
        RowFactory.create(
            command,
            started,
            Instant.now(),
            status,
            message,
            codeVersion(),
            config.hash(),
            input,
            store.root().toString(),
            w == null ? null : w.from(),
            w == null ? null : w.to(),
            c == null ? null : c.read(),
            c == null ? null : c.outsideWindow(),
            c == null ? null : c.accepted(),
            c == null ? null : c.quarantined(),
            c == null ? null : c.duplicates(),
            RunMetrics.json(stageSeconds),
            "FAILED".equals(status) ? failedStage : null,
            tx.runId());
    tx.stage(
        Tables.RUNS,
        spark.createDataFrame(List.of(row), Tables.RUNS.schema()).coalesce(1),
        List.of("run_id=" + tx.runId()));
  }

  public static String codeVersion() {
    String v = NewsPulseJob.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  // ---------------------------------------------------------------- ingest

  private Ingested ingest(RunTransaction tx, String input, LocalDate from, LocalDate to) {
    return timed(
        "ingest",
        () -> {
          Dataset<Row> raw;
          raw = readInput(input);
          Dataset<Row> conformed = InputContract.conform(raw, config.input(), input);
          IngestStage stage = new IngestStage(config.input());
          Dataset<Row> checked = stage.check(conformed).persist(StorageLevel.MEMORY_AND_DISK());
          try {
            DateWindow window =
                from != null && to != null ? new DateWindow(from, to) : windowOf(checked, from, to);
            Dataset<Row> inWindow =
                window == null
                    ? checked.filter(functions.col("date").isNull())
                    : IngestStage.inWindow(checked, window.from(), window.to());
            Row counts =
                checked
                    .agg(
                        functions.count(functions.lit(1)).as("all"),
                        functions.sum(functions.when(inWindow(window), 1).otherwise(0)).as("read"),
                        functions
                            .sum(
                                functions
                                    .when(inWindow(window).and(functions.col("reason").isNull()), 1)
                                    .otherwise(0))
                            .as("valid"))
                    .first();
            long all = counts.getLong(0);
            long read = counts.isNullAt(1) ? 0 : counts.getLong(1);
            long valid = counts.isNullAt(2) ? 0 : counts.getLong(2);

            List<String> qParts = new ArrayList<>();
            String undated =
                window == null
                    ? Tables.UNDATED
                    : Tables.undatedPartition(window.from(), window.to());
            qParts.add(Tables.QUARANTINE_PARTITION + "=" + undated);
            List<String> dayParts = new ArrayList<>();
            if (window != null) {
              for (LocalDate d : window.days()) {
                qParts.add(Tables.QUARANTINE_PARTITION + "=" + d);
                dayParts.add(Tables.PUBLISHED_DATE + "=" + d);
              }
            }
            tx.stage(
                Tables.QUARANTINE, IngestStage.quarantine(inWindow, tx.runId(), undated), qParts);
            Dataset<Row> articles =
                IngestStage.articles(inWindow).persist(StorageLevel.MEMORY_AND_DISK());
            Broadcast<BoilerplateSet> shipped = null;
            long duplicates;
            try {
              // Counted where they are dropped, not as a remainder: a row lost later (staging,
              // publishing)
              // then breaks the balance below and fails the run instead of passing as a
              // "duplicate".
              duplicates = valid - articles.count();
              if (window != null) {
                tx.stage(Tables.SOURCE_VOLUME, FeedNoiseStage.sourceVolume(articles), dayParts);
                tx.stage(Tables.SOURCE_LINES, FeedNoiseStage.sourceLines(articles), dayParts);
                learnBoilerplate(tx, window);
              }
              shipped = broadcast(boilerplate(tx));
              Dataset<Row> content = FeedNoiseStage.content(articles, shipped);
              tx.stage(
                  Tables.ARTICLES,
                  withDuplicateClusters(tx, articles.join(content, "article_id"), window, shipped),
                  dayParts);
            } finally {
              articles.unpersist();
              if (shipped != null) {
                shipped.destroy();
              }
            }
            // Accepted and quarantined as staged (what will be published), each counted on its own
            // table.
            long accepted =
                window == null
                    ? 0
                    : tx.read(Tables.ARTICLES)
                        .filter(
                            functions
                                .col(Tables.PUBLISHED_DATE)
                                .between(window.from(), window.to()))
                        .count();
            Dataset<Row> myQuarantine =
                tx.read(Tables.QUARANTINE).filter(functions.col("run_id").equalTo(tx.runId()));
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
            return new Ingested(window, c);
          } finally {
            checked.unpersist();
          }
        });
  }

  /**
   * Stages {@code source_boilerplate} from the history of {@code source_lines} (the window and
   * {@code boilerplate.history-days} before it).
   */
  private void learnBoilerplate(RunTransaction tx, DateWindow window) {
    LocalDate since = window.from().minusDays(config.feeds().boilerplateHistoryDays());
    List<String> kinds =
        java.util.Arrays.stream(com.newspulse.core.feed.FeedUnits.Kind.values())
            .map(k -> "kind=" + k.name().toLowerCase(java.util.Locale.ROOT))
            .toList();
    tx.stage(
        Tables.SOURCE_BOILERPLATE,
        FeedNoiseStage.boilerplate(
            readRange(tx, Tables.SOURCE_LINES, since, window.to()),
            readRange(tx, Tables.SOURCE_VOLUME, since, window.to()),
            config.feeds()),
        kinds);
  }

  /**
   * The boilerplate the extractors skip in this transaction: {@code source_boilerplate} as staged
   * or published, read once.
   */
  private BoilerplateSet boilerplate(RunTransaction tx) {
    if (boilerplate == null) {
      boilerplate = FeedNoiseStage.collect(tx.read(Tables.SOURCE_BOILERPLATE));
      LOG.info("boilerplate: {} lines across sources", boilerplate.size());
    }
    return boilerplate;
  }

  private <T> Broadcast<T> broadcast(T value) {
    return spark
        .sparkContext()
        .broadcast(value, scala.reflect.ClassTag$.MODULE$.apply(value.getClass()));
  }

  /**
   * Near-duplicate clusters within the window's articles and with those published in the {@code
   * dedup.lookback-days} before it (docs/architecture.md: dedup).
   */
  private Dataset<Row> withDuplicateClusters(
      RunTransaction tx,
      Dataset<Row> articles,
      DateWindow window,
      Broadcast<BoilerplateSet> boilerplate) {
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
          tx.read(Tables.ARTICLES)
              .filter(
                  functions
                      .col(Tables.PUBLISHED_DATE)
                      .between(window.from().minusDays(lookback), window.from().minusDays(1)));
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
    com.newspulse.ingest.InputFiles.requireReadable(
        spark.sparkContext().hadoopConfiguration(), input);
    try {
      return spark.read().parquet(input);
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

  private static org.apache.spark.sql.Column inWindow(DateWindow w) {
    var date = functions.col("date");
    return w == null ? date.isNull() : date.isNull().or(date.between(w.from(), w.to()));
  }

  /** Without --from/--to: the days spanned by the input's dated rows (one end may be given). */
  private static DateWindow windowOf(Dataset<Row> checked, LocalDate from, LocalDate to) {
    Dataset<Row> dated = checked.filter(functions.col("date").isNotNull());
    if (from != null) {
      dated = dated.filter(functions.col("date").geq(from));
    }
    if (to != null) {
      dated = dated.filter(functions.col("date").leq(to));
    }
    Row r = dated.agg(functions.min("date"), functions.max("date")).first();
    if (r.isNullAt(0)) {
      return null;
    }
    return new DateWindow(from != null ? from : r.getAs(0), to != null ? to : r.getAs(1));
  }

  private DateWindow windowOfArticles(RunTransaction tx, LocalDate from, LocalDate to) {
    if (from != null && to != null) {
      return new DateWindow(from, to);
    }
    Dataset<Row> a = tx.read(Tables.ARTICLES);
    Row r =
        a.agg(functions.min(Tables.PUBLISHED_DATE), functions.max(Tables.PUBLISHED_DATE)).first();
    if (r.isNullAt(0)) {
      LOG.warn("no articles published under {}: nothing to do", store.root());
      return null;
    }
    return new DateWindow(from != null ? from : r.getAs(0), to != null ? to : r.getAs(1));
  }

  // ---------------------------------------------------------------- enrich

  /**
   * Enriches the window's articles; returns how many were quarantined as {@code ANALYSIS_FAILED}.
   */
  private long enrich(RunTransaction tx, DateWindow w) {
    return timed(
        "enrich",
        () -> {
          ArticleEnricher enricher = resources().enricher(config);
          Broadcast<ArticleEnricher> b = broadcast(enricher);
          Broadcast<BoilerplateSet> shipped = broadcast(boilerplate(tx));
          Dataset<Row> articles =
              tx.read(Tables.ARTICLES)
                  .filter(functions.col(Tables.PUBLISHED_DATE).between(w.from(), w.to()));
          if (config.nerModel() != null) {
            // Opt-in statistical NER: its spans ride along as a column, merged per article in core
            // code.
            LOG.info("statistical NER on: model {}", config.nerModel());
            articles = new NerTagger(NerModelStore.load(spark, config.nerModel())).tag(articles);
          }
          String scratch = tx.scratch("enriched");
          try {
            new EnrichStage(b, shipped).apply(articles).write().mode("overwrite").parquet(scratch);
          } finally { // on failure too: a long-lived driver (tests, notebooks) must not keep them
            b.destroy();
            shipped.destroy();
          }
          Dataset<Row> enriched = spark.read().parquet(scratch);
          List<String> parts = w.days().stream().map(d -> Tables.PUBLISHED_DATE + "=" + d).toList();
          long failed = AnalysisFailures.quarantine(spark, tx, enriched, w);
          for (TableContract t : EnrichStage.OUTPUTS) {
            tx.stage(t, EnrichStage.table(t, enriched), parts);
          }
          // Over all published days (the whole table is replaced): candidates that recur across
          // windows.
          List<String> typeParts =
              java.util.Arrays.stream(com.newspulse.core.discovery.SuggestedType.values())
                  .map(x -> "suggested_type=" + x.name())
                  .toList();
          tx.stage(
              Tables.ENTITY_CANDIDATES,
              com.newspulse.enrich.CandidatesStage.aggregate(
                  tx.read(Tables.CANDIDATE_MENTIONS),
                  tx.read(Tables.ARTICLES),
                  config.analytics().discoveryMinArticles()),
              typeParts);
          return failed;
        });
  }

  /**
   * The knowledge base, taxonomy and tone lexicon, loaded once per job for every stage that reads
   * them.
   */
  EnrichResources resources() {
    if (resources == null) {
      resources = EnrichResources.load(config, spark.sparkContext().hadoopConfiguration());
      LOG.info(
          "knowledge base: {} entities, {} aliases; taxonomy: {} themes",
          resources.kb().size(),
          resources.kb().aliasCount(),
          resources.themes().themes().size());
    }
    return resources;
  }

  // ---------------------------------------------------------------- topics

  private void topics(RunTransaction tx, DateWindow w, boolean refit) {
    if (!refit && !config.topics().enabled()) {
      return;
    }
    timed(
        "topics",
        () ->
            new TopicsStage(
                    config.topics(), spark, new TopicModelStore(spark, store.root().toString()))
                .run(tx, w.from(), w.to(), refit, boilerplate(tx)));
  }

  // ---------------------------------------------------------------- trends

  private void trends(RunTransaction tx, DateWindow w) {
    timed(
        "trends",
        () -> {
          List<TrendsStage.PeriodRange> trendRanges = new ArrayList<>();
          for (PeriodCalendar g : config.trends().granularities()) {
            // Periods from the window's first to the last whose baseline includes a window period.
            LocalDate publishFrom = g.start(w.from());
            LocalDate publishTo = g.plus(g.start(w.to()), config.trends().baseline(g));
            trendRanges.add(
                new TrendsStage.PeriodRange(
                    g, g.plus(publishFrom, -config.trends().baseline(g)), publishFrom, publishTo));
          }
          List<TrendsStage.PeriodRange> coRanges = new ArrayList<>();
          for (PeriodCalendar g : config.cooccurrenceGranularities()) {
            coRanges.add(
                new TrendsStage.PeriodRange(
                    g, g.start(w.from()), g.start(w.from()), g.start(w.to())));
          }
          List<TrendsStage.PeriodRange> all = new ArrayList<>(trendRanges);
          all.addAll(coRanges);
          LocalDate first =
              all.stream()
                  .map(TrendsStage.PeriodRange::computeFrom)
                  .min(LocalDate::compareTo)
                  .orElseThrow();
          LocalDate last =
              all.stream()
                  .map(TrendsStage.PeriodRange::lastDay)
                  .max(LocalDate::compareTo)
                  .orElseThrow();
          Dataset<Row> articles =
              readRange(tx, Tables.ARTICLES, first, last)
                  .select("article_id", Tables.PUBLISHED_DATE, "source", "duplicate_cluster")
                  .join(
                      readRange(tx, Tables.ARTICLE_TONE, first, last).select("article_id", "tone"),
                      new String[] {"article_id"},
                      "left");
          Map<LocalDate, Map<String, Long>> dailySources = TrendsStage.dailySourceVolumes(articles);
          Map<LocalDate, Long> daily = TrendsStage.dailyVolumes(dailySources);
          Dataset<Row> items =
              TrendsStage.items(
                      articles,
                      readRange(tx, Tables.ARTICLE_ENTITIES, first, last),
                      readRange(tx, Tables.ARTICLE_THEMES, first, last),
                      readRange(tx, Tables.ARTICLE_KEYWORDS, first, last),
                      TrendsStage.topicItems(
                          readRange(tx, Tables.ARTICLE_TOPICS, first, last),
                          tx.read(Tables.TOPICS)))
                  .persist(StorageLevel.MEMORY_AND_DISK());
          try {
            List<String> parts = new ArrayList<>();
            trendRanges.forEach(
                r -> parts.addAll(periodParts(r.granularity(), r.publishFrom(), r.publishTo())));
            tx.stage(
                Tables.TRENDS,
                new TrendsStage(config.trends())
                    .trends(items, dailySources, trendRanges, resources().themeLabels()),
                parts);
            gates.checkTrends(
                tx.read(Tables.TRENDS)
                    .filter(
                        functions
                            .col("granularity")
                            .equalTo("day")
                            .and(functions.col("period_start").between(w.from(), w.to()))));
            if (!coRanges.isEmpty()) {
              List<String> coParts = new ArrayList<>();
              coRanges.forEach(
                  r ->
                      coParts.addAll(periodParts(r.granularity(), r.publishFrom(), r.publishTo())));
              tx.stage(
                  Tables.COOCCURRENCE,
                  TrendsStage.cooccurrence(
                      items, daily, coRanges, config.cooccurrenceMinArticles()),
                  coParts);
            }
            List<String> ttParts = new ArrayList<>();
            trendRanges.forEach(
                r -> ttParts.addAll(periodParts(r.granularity(), r.publishFrom(), r.publishTo())));
            tx.stage(
                Tables.TRENDING_TERMS,
                com.newspulse.trends.TrendingTermsStage.trendingTerms(
                    readRange(tx, Tables.ARTICLE_TERMS, first, last)
                        .join(articles.select("article_id", "source"), "article_id"),
                    dailySources,
                    trendRanges,
                    config.trends(),
                    config.analytics(),
                    config.feeds().trendingMinSources()),
                ttParts);
          } finally {
            items.unpersist();
          }
          return null;
        });
  }

  private static List<String> periodParts(PeriodCalendar g, LocalDate from, LocalDate to) {
    List<String> parts = new ArrayList<>();
    for (LocalDate p = from; !p.isAfter(to); p = g.plus(p, 1)) {
      parts.add("granularity=" + g.id() + "/period_start=" + p);
    }
    return parts;
  }

  private static Dataset<Row> readRange(
      RunTransaction tx, TableContract t, LocalDate from, LocalDate to) {
    return tx.read(t).filter(functions.col(Tables.PUBLISHED_DATE).between(from, to));
  }

  private <T> T timed(String stage, java.util.function.Supplier<T> body) {
    if (progress != null) {
      progress.stage(stage);
    }
    long t0 = System.nanoTime();
    try {
      return body.get();
    } catch (Throwable e) { // rethrown as is (precise rethrow: only unchecked ones reach here)
      if (failedStage == null) {
        failedStage = stage;
      }
      throw e;
    } finally {
      stageSeconds.merge(stage, (System.nanoTime() - t0) / 1e9, Double::sum);
    }
  }
}
