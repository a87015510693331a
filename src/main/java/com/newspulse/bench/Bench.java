package com.newspulse.bench;

import com.newspulse.config.NewsPulseConfig;
import com.newspulse.core.generate.GeneratorSettings;
import com.newspulse.core.kb.KnowledgeBase;
import com.newspulse.job.NewsPulseJob;
import com.newspulse.spark.Locations;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code newspulse bench}: runs each {@link BenchRow} once on the same synthetic input Parquet in
 * one JVM and prints their throughput side by side ({@link BenchReport}). Every row reads the input
 * from disk and writes its result, so each figure is read + work + write; the input is read once
 * untimed before the first row (counts, page cache, JIT of the Parquet reader).
 *
 * <p>Outputs under {@code <dir>}: {@code input/} (reused while its settings match), one folder per
 * row ({@code floor/}, {@code segment-ours/}, ...), {@code tables/} (ingested once, untimed, for
 * the enrich row) and {@code run/} (a fresh output of the run row).
 */
public final class Bench {
  private static final Logger LOG = LoggerFactory.getLogger(Bench.class);

  /** The bench settings of YAKE on both sides: keywords per article and longest n-gram. */
  static final int KEYWORDS = 10;

  static final int MAX_NGRAM = 3;

  /**
   * @param corpus what to generate into {@code <dir>/input}
   * @param dir working folder
   * @param rows rows to run, in run order
   * @param command the command line as typed, printed with the table
   */
  public record Settings(
      GeneratorSettings corpus, String dir, List<BenchRow> rows, String command) {
    public Settings {
      rows = List.copyOf(rows);
    }
  }

  private final NewsPulseConfig config;
  private final SparkSession spark;

  public Bench(NewsPulseConfig config, SparkSession spark) {
    this.config = config;
    this.spark = spark;
  }

  /**
   * Runs the rows and prints the report to {@code out}. A failing Spark NLP row is reported in the
   * table; a failing project row is reported too and then rethrown once the table is printed.
   */
  public BenchReport run(Settings s, PrintStream out) {
    LOG.info("bench: preparing {} articles in {}", s.corpus().articles(), s.dir());
    BenchCorpus.Input input = BenchCorpus.prepare(spark, s.corpus(), s.dir());
    LOG.info(
        "bench: input {} ({} articles, {} MB of text, {})",
        input.path(),
        input.articles(),
        input.textBytes() / 1_000_000,
        input.reused()
            ? "reused"
            : String.format(Locale.ROOT, "generated in %.1f s", input.generateSeconds()));
    Map<BenchRow, Measurement> results = new EnumMap<>(BenchRow.class);
    List<String> notes = new ArrayList<>();
    RuntimeException firstOwnFailure = null;
    for (BenchRow row : s.rows()) {
      LOG.info("bench: {} ...", row.id());
      System.gc(); // each row starts from a collected heap, so peaks compare
      Measurement m;
      try {
        m = runRow(row, input, s.corpus(), s.dir(), notes);
      } catch (Exception | LinkageError e) {
        LOG.warn("bench: row {} failed", row.id(), e);
        m = Measurement.failed(row, e);
        if (!row.sparkNlp() && firstOwnFailure == null) {
          firstOwnFailure = e instanceof RuntimeException re ? re : new IllegalStateException(e);
        }
      }
      LOG.info(
          "bench: {} done: {}",
          row.id(),
          m.ok() ? String.format(Locale.ROOT, "%.1f s", m.seconds()) : m.error());
      results.put(row, m);
    }
    BenchComparisons compare = new BenchComparisons(spark);
    notes.addAll(0, compare.segmentsAndKeywords(s.dir(), results));
    if (BenchComparisons.ok(results, BenchRow.ENTITIES_OURS)
        && BenchComparisons.ok(results, BenchRow.ENTITIES_SPARKNLP)) {
      try {
        notes.addAll(compare.entities(articles(input), kb(), s.dir()));
      } catch (RuntimeException e) {
        LOG.warn("bench: entity comparison failed", e);
        notes.add("entity comparison FAILED: " + Measurement.oneLine(e));
      }
    }
    BenchReport report =
        new BenchReport(
            input,
            new ArrayList<>(results.values()),
            notes,
            s.command(),
            BenchReport.machine(spark));
    report.print(out);
    if (firstOwnFailure != null) {
      throw firstOwnFailure;
    }
    return report;
  }

  private Measurement runRow(
      BenchRow row,
      BenchCorpus.Input input,
      GeneratorSettings corpus,
      String dir,
      List<String> notes) {
    String out = new Path(dir, row.id()).toString();
    return switch (row) {
      case FLOOR -> {
        var m = timedWrite(() -> PlainRows.floor(articles(input)), out);
        long n = spark.read().parquet(out).first().getLong(0);
        yield Measurement.of(row, n, input.textBytes(), m);
      }
      case SEGMENT_OURS ->
          written(row, timedWrite(() -> PlainRows.segment(articles(input)), out), out, input);
      case SEGMENT_SPARKNLP ->
          written(row, timedWrite(() -> SparkNlpRows.segment(articles(input)), out), out, input);
      case KEYWORDS_OURS ->
          written(
              row,
              timedWrite(() -> PlainRows.keywords(articles(input), KEYWORDS, MAX_NGRAM), out),
              out,
              input);
      case KEYWORDS_SPARKNLP ->
          written(
              row,
              timedWrite(() -> SparkNlpRows.keywords(articles(input), KEYWORDS, MAX_NGRAM), out),
              out,
              input);
      case ENTITIES_OURS ->
          written(row, timedWrite(() -> EntityRows.ours(articles(input), kb()), out), out, input);
      case ENTITIES_SPARKNLP -> {
        java.nio.file.Path phrases =
            EntityRows.writePhrases(kb(), java.nio.file.Path.of(dir, "textmatcher-phrases.txt"));
        yield written(
            row,
            timedWrite(() -> EntityRows.sparkNlp(articles(input), kb(), phrases), out),
            out,
            input);
      }
      case ENRICH -> enrich(row, input, dir, config.withNerModel(null), notes);
      case ENRICH_NER -> {
        if (config.nerModel() == null) {
          throw new IllegalArgumentException(
              "row enrich-ner needs a model: ner.model=DIR (see train-ner)");
        }
        Measurement m = enrich(row, input, dir, config, notes);
        Row c =
            spark
                .read()
                .parquet(new Path(new Path(dir, "tables"), "entity_mentions").toString())
                .agg(
                    functions.count(functions.lit(1)),
                    functions.sum(
                        functions.when(functions.col("method").equalTo("ner"), 1).otherwise(0)),
                    functions.sum(
                        functions
                            .when(functions.col("entity_id").startsWith("ner:"), 1)
                            .otherwise(0)))
                .first();
        notes.add(
            String.format(
                Locale.ROOT,
                "enrich-ner: entity_mentions %,d, of which method ner %,d (linked to the KB"
                    + " %,d, unlinked ner:<key> %,d)",
                c.getLong(0),
                c.getLong(1),
                c.getLong(1) - c.getLong(2),
                c.getLong(2)));
        yield m;
      }
      case ENRICH_KB_1K, ENRICH_KB_100K, ENRICH_KB_1M -> {
        String kbDir =
            SyntheticAliases.knowledgeBase(
                Locations.local(
                    "kb.path", config.kbPath(), spark.sparkContext().hadoopConfiguration()),
                row.syntheticAliases(),
                java.nio.file.Path.of(dir, "kb-" + row.id()));
        KnowledgeBase big = KnowledgeBase.load(java.nio.file.Path.of(kbDir));
        notes.add(
            String.format(
                Locale.ROOT,
                "%s: knowledge base of %,d entities, %,d aliases (%s)",
                row.id(),
                big.size(),
                big.aliasCount(),
                kbDir));
        yield enrich(row, input, dir, config.withNerModel(null).withKbPath(kbDir), notes);
      }
      case SHORT_TEXT -> new RunRows(config, spark).shortText(corpus, dir, notes);
      case DAILY_AFTER_HISTORY ->
          new RunRows(config, spark).dailyAfterHistory(input, corpus, dir, notes);
      case RUN -> new RunRows(config, spark).run(row, input, dir, notes);
      case SMALL_RUNS -> new SmallRuns(config, spark).measure(input, corpus, dir, notes);
    };
  }

  /**
   * An enrich row, with {@code c} (NER on or off): ingest untimed, then the job's enrich command
   * timed. Its stages are noted apart, because the command also runs the topics stage, which on a
   * fresh output fits the LDA model (a daily run reuses it).
   */
  private Measurement enrich(
      BenchRow row, BenchCorpus.Input input, String dir, NewsPulseConfig c, List<String> notes) {
    String tables = new Path(dir, "tables").toString();
    BenchCorpus.delete(spark, tables);
    NewsPulseJob.RunResult ingested =
        new NewsPulseJob(c, spark, tables).ingestOnly(input.path(), null, null);
    System.gc();
    var m = Meter.measure(() -> new NewsPulseJob(c, spark, tables).enrichOnly(null, null));
    notes.add(
        row.id()
            + " stages (s): "
            + BenchReport.stages(m.value().stageSeconds())
            + " (topics includes fitting the model: the output is fresh)");
    long accepted = ingested.counts() == null ? input.articles() : ingested.counts().accepted();
    return Measurement.of(row, accepted, input.textBytes(), m);
  }

  private KnowledgeBase kb;

  /**
   * The job's knowledge base (conf kb.path), loaded once for the entity rows and their comparison.
   */
  private KnowledgeBase kb() {
    if (kb == null) {
      kb =
          com.newspulse.job.EnrichResources.load(config, spark.sparkContext().hadoopConfiguration())
              .kb();
    }
    return kb;
  }

  private Dataset<Row> articles(BenchCorpus.Input input) {
    return spark.read().parquet(input.path());
  }

  private interface Job {
    Dataset<Row> build();
  }

  /** Builds (Spark NLP fits here) and writes the row's Dataset, timed as one unit. */
  private static Meter.Measured<Void> timedWrite(Job job, String out) {
    return Meter.measure(
        () -> {
          job.build().write().mode(SaveMode.Overwrite).parquet(out);
          return null;
        });
  }

  /**
   * A row measured by {@link #timedWrite}: its article count is read back from what it wrote
   * (untimed).
   */
  private Measurement written(
      BenchRow row, Meter.Measured<Void> m, String out, BenchCorpus.Input input) {
    return Measurement.of(row, spark.read().parquet(out).count(), input.textBytes(), m);
  }
}
