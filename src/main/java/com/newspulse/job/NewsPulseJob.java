package com.newspulse.job;

import com.newspulse.config.NewsPulseConfig;
import com.newspulse.ner.NerModelStore;
import com.newspulse.spark.OutputLock;
import com.newspulse.spark.ProgressReporter;
import com.newspulse.spark.RunTransaction;
import com.newspulse.spark.TableStore;
import com.newspulse.tables.Tables;
import com.newspulse.topics.TopicModelStore;
import com.newspulse.topics.TopicsStage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job: the run lifecycle (lock, begin, stage, record, publish; or abort and record the failure,
 * {@link RunFailures}) around the steps ({@link IngestStep}, {@link EnrichStep}, {@link
 * TopicsStage}, {@link TrendsStep}). Each public method is one CLI command; {@link #run} chains
 * ingest → enrich → topics → trends in one transaction so a run publishes all its tables together
 * or none of them (docs/architecture.md, "How a run flows").
 */
public final class NewsPulseJob {
  private static final Logger LOG = LoggerFactory.getLogger(NewsPulseJob.class);

  private final NewsPulseConfig config;
  private final SparkSession spark;
  private final TableStore store;
  private final QualityGates gates;
  private final RunsRows runs;
  private final RunFailures failures;
  private StageClock clock = new StageClock(null);
  private EnrichResources resources;
  private Runnable whenPublished = () -> {};

  public NewsPulseJob(NewsPulseConfig config, SparkSession spark, String output) {
    this.config = config;
    this.spark = spark;
    this.store = new TableStore(spark, output, config.output());
    this.gates = new QualityGates(config.quality());
    this.runs = new RunsRows(config, spark, store);
    this.failures = new RunFailures(config, store, runs);
  }

  public TableStore store() {
    return store;
  }

  /**
   * Work to do after each successful publish while this job still holds the output's writer lock
   * (the CLI refreshes the DuckDB catalog there, so that two writers never rewrite it at once). Not
   * run after a failed run. Returns this job.
   */
  public NewsPulseJob whenPublished(Runnable work) {
    this.whenPublished = java.util.Objects.requireNonNull(work);
    return this;
  }

  /** What one command did; printed by the CLI and stored in {@code runs}. */
  public record RunResult(
      String runId,
      DateWindow window,
      RunCounts counts,
      Map<String, Double> stageSeconds,
      List<String> skippedFiles) {
    public RunResult {
      skippedFiles = List.copyOf(skippedFiles);
    }
  }

  /**
   * {@code run}: ingest → enrich → topics → trends in one transaction, published together or not at
   * all. Each step stages its tables into the transaction; the lifecycle ({@link #transact}) begins
   * it, records the run and publishes, or aborts and records the failure.
   */
  public RunResult run(String input, LocalDate from, LocalDate to) {
    return transact(
        "run",
        input,
        from,
        to,
        ctx -> {
          Ingested in = ingest(ctx, input, from, to);
          DateWindow w = in.window();
          if (w == null) {
            return in;
          }
          long failed = timed("enrich", () -> new EnrichStep(ctx).run(w));
          topics(ctx, w, false);
          trends(ctx, w);
          return new Ingested(w, in.counts().withAnalysisFailed(failed), in.skippedFiles());
        });
  }

  public RunResult ingestOnly(String input, LocalDate from, LocalDate to) {
    return transact("ingest", input, from, to, ctx -> ingest(ctx, input, from, to));
  }

  public RunResult enrichOnly(LocalDate from, LocalDate to) {
    return transact(
        "enrich",
        null,
        from,
        to,
        ctx -> {
          DateWindow w = windowOfArticles(ctx.tx(), from, to);
          if (w != null) {
            timed("enrich", () -> new EnrichStep(ctx).run(w));
            topics(ctx, w, false);
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
        ctx -> {
          DateWindow w = windowOfArticles(ctx.tx(), from, to);
          if (w != null) {
            trends(ctx, w);
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
        ctx -> {
          DateWindow w = windowOfArticles(ctx.tx(), from, to);
          if (w != null) {
            topics(ctx, w, true);
            trends(ctx, w);
          }
          return new Ingested(w, null);
        });
  }

  private Ingested ingest(RunContext ctx, String input, LocalDate from, LocalDate to) {
    return timed("ingest", () -> new IngestStep(ctx).run(input, from, to));
  }

  private void topics(RunContext ctx, DateWindow w, boolean refit) {
    if (!refit && !config.topics().enabled()) {
      return;
    }
    timed(
        "topics",
        () ->
            new TopicsStage(
                    config.topics(), spark, new TopicModelStore(spark, store.root().toString()))
                .run(ctx.tx(), w.from(), w.to(), refit, ctx.boilerplate(), ctx.inferredTopics()));
  }

  private void trends(RunContext ctx, DateWindow w) {
    timed(
        "trends",
        () -> {
          new TrendsStep(ctx).run(w);
          return null;
        });
  }

  /** The work of one command inside its transaction. */
  private interface Work {
    Ingested apply(RunContext ctx);
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
    RunTransaction tx = store.begin(runId);
    clock =
        new StageClock(
            config.progressIntervalSeconds() > 0
                ? new ProgressReporter(spark, config.progressIntervalSeconds())
                : null);
    try {
      runs.stageAbandoned(tx, tx.abandoned());
      Ingested done =
          work.apply(
              new RunContext(tx, config, spark, gates, this::resources, store.root().toString()));
      runs.stage(
          tx,
          command,
          started,
          "SUCCEEDED",
          skippedMessage(done.skippedFiles()),
          input,
          done.window(),
          done.counts(),
          clock.seconds(),
          null);
      timed(
          "publish",
          () -> {
            tx.commit();
            return null;
          });
      RunResult result =
          new RunResult(runId, done.window(), done.counts(), clock.snapshot(), done.skippedFiles());
      RunMetrics.write(store, result, command, "SUCCEEDED", null, null, started, config);
      whenPublished.run(); // still under the lock (transact's caller holds it)
      return result;
    } catch (Throwable e) { // Spark's checked exceptions too (thrown undeclared from Scala)
      failures.record(tx, command, started, input, from, to, e, clock);
      throw e;
    } finally {
      clock.close();
    }
  }

  /** A succeeded run's {@code runs.message}: the input files it skipped, or null. */
  static String skippedMessage(List<String> skippedFiles) {
    return skippedFiles.isEmpty()
        ? null
        : "skipped "
            + skippedFiles.size()
            + " unreadable input file"
            + (skippedFiles.size() > 1 ? "s" : "")
            + " (input.unreadable-files = skip), their rows are in no count: "
            + String.join("; ", skippedFiles);
  }

  public static String codeVersion() {
    String v = NewsPulseJob.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
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

  private <T> T timed(String stage, java.util.function.Supplier<T> body) {
    return clock.timed(stage, body);
  }
}
