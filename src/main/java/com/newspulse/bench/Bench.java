package com.newspulse.bench;

import com.newspulse.config.NewsPulseConfig;
import com.newspulse.core.generate.GeneratorSettings;
import com.newspulse.core.kb.KnowledgeBase;
import com.newspulse.job.NewsPulseJob;
import com.newspulse.spark.Locations;
import com.newspulse.spark.TableStore;
import com.newspulse.tables.TableContract;
import com.newspulse.tables.Tables;
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
    compare(s.dir(), results, notes);
    if (ok(results, BenchRow.ENTITIES_OURS) && ok(results, BenchRow.ENTITIES_SPARKNLP)) {
      try {
        notes.addAll(compareEntities(input, s.dir()));
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
      case RUN -> {
        String runOut = new Path(dir, "run").toString();
        BenchCorpus.delete(spark, runOut);
        var m =
            Meter.measure(
                () -> new NewsPulseJob(config, spark, runOut).run(input.path(), null, null));
        NewsPulseJob.RunResult r = m.value();
        notes.add(
            "run stages (s): "
                + BenchReport.stages(r.stageSeconds())
                + "; rows read "
                + (r.counts() == null
                    ? "?"
                    : String.format(
                        Locale.ROOT,
                        "%,d, accepted %,d",
                        r.counts().read(),
                        r.counts().accepted())));
        notes.add(trendsWork(runOut));
        yield Measurement.of(
            row, r.counts() == null ? input.articles() : r.counts().read(), input.textBytes(), m);
      }
    };
  }

  /**
   * What the run's trends stage worked on (untimed, read back from its tables): its input is one
   * item per (article, key) that exists, its output one row per (granularity, period, key) cell, so
   * its cost can be set against both, and against articles × keys, which it never touches.
   */
  private String trendsWork(String runOut) {
    TableStore store = new TableStore(spark, runOut); // an absent table (topics off) reads as empty
    long items = 0;
    for (TableContract t :
        List.of(
            Tables.ARTICLE_ENTITIES,
            Tables.ARTICLE_THEMES,
            Tables.ARTICLE_KEYWORDS,
            Tables.ARTICLE_TOPICS)) {
      items += store.read(t).count();
    }
    items += store.read(Tables.ARTICLES).filter("source IS NOT NULL").count();
    Dataset<Row> trends = store.read(Tables.TRENDS);
    long cells = trends.count();
    long keys = trends.select("dimension", "key").distinct().count();
    long periods = trends.select("granularity", "period_start").distinct().count();
    return String.format(
        Locale.ROOT,
        "run trends work: %,d article-key items (entities, themes, keywords, topics,"
            + " sources) -> %,d cells (granularity, period, key) of %,d keys x %,d periods (a dense grid would be %,d)",
        items,
        cells,
        keys,
        periods,
        keys * periods);
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

  // ---------------------------------------------------------------- comparisons (untimed)

  private void compare(String dir, Map<BenchRow, Measurement> results, List<String> notes) {
    List<String> lines = new ArrayList<>();
    if (ok(results, BenchRow.SEGMENT_OURS) || ok(results, BenchRow.SEGMENT_SPARKNLP)) {
      lines.add("segmentation totals (sentences / tokens):");
      for (BenchRow r : List.of(BenchRow.SEGMENT_OURS, BenchRow.SEGMENT_SPARKNLP)) {
        if (ok(results, r)) {
          Row t =
              spark
                  .read()
                  .parquet(path(dir, r))
                  .agg(functions.sum("sentences"), functions.sum("tokens"))
                  .first();
          lines.add(
              String.format(
                  Locale.ROOT,
                  "  %-18s %,14d / %,d",
                  r.id(),
                  t.isNullAt(0) ? 0 : t.getLong(0),
                  t.isNullAt(1) ? 0 : t.getLong(1)));
        }
      }
      if (ok(results, BenchRow.SEGMENT_OURS) && ok(results, BenchRow.SEGMENT_SPARKNLP)) {
        Dataset<Row> ours = spark.read().parquet(path(dir, BenchRow.SEGMENT_OURS));
        Dataset<Row> theirs =
            spark
                .read()
                .parquet(path(dir, BenchRow.SEGMENT_SPARKNLP))
                .withColumnRenamed("sentences", "s2")
                .withColumnRenamed("tokens", "t2");
        Row d =
            ours.join(theirs, "id")
                .agg(
                    functions.count(functions.lit(1)),
                    functions.sum(
                        functions
                            .when(functions.col("sentences").notEqual(functions.col("s2")), 1)
                            .otherwise(0)),
                    functions.sum(
                        functions
                            .when(functions.col("tokens").notEqual(functions.col("t2")), 1)
                            .otherwise(0)))
                .first();
        lines.add(
            String.format(
                Locale.ROOT,
                "  articles whose counts differ: sentences %,d, tokens %,d (of %,d)",
                d.getLong(1),
                d.getLong(2),
                d.getLong(0)));
      }
    }
    if (ok(results, BenchRow.KEYWORDS_OURS) || ok(results, BenchRow.KEYWORDS_SPARKNLP)) {
      lines.add(
          "keywords: total / distinct per article (lowercase) / duplicates (same lowercase text again in one"
              + " article) / articles with a duplicate:");
      for (BenchRow r : List.of(BenchRow.KEYWORDS_OURS, BenchRow.KEYWORDS_SPARKNLP)) {
        if (ok(results, r)) {
          Row k =
              spark
                  .read()
                  .parquet(path(dir, r))
                  .withColumn(
                      "kw", functions.expr("coalesce(keywords, cast(array() as array<string>))"))
                  .withColumn("n", functions.size(functions.col("kw")))
                  .withColumn(
                      "dups",
                      functions.expr(
                          "size(kw) - size(array_distinct(transform(kw, k -> lower(k))))"))
                  .agg(
                      functions.sum("n"),
                      functions.sum("dups"),
                      functions.sum(functions.when(functions.col("dups").gt(0), 1).otherwise(0)))
                  .first();
          long total = k.isNullAt(0) ? 0 : k.getLong(0);
          long dups = k.isNullAt(1) ? 0 : k.getLong(1);
          long articles = k.isNullAt(2) ? 0 : k.getLong(2);
          lines.add(
              String.format(
                  Locale.ROOT,
                  "  %-18s %,10d / %,d / %,d / %,d",
                  r.id(),
                  total,
                  total - dups,
                  dups,
                  articles));
        }
      }
    }
    notes.addAll(0, lines);
  }

  /**
   * Per-mention comparison of entities-ours and entities-sparknlp (untimed): agreement by exact
   * span, differences per bucket, per-entity counts that differ most; all classified mentions are
   * written to {@code <dir>/entities-compare} (CSV) for reading examples.
   */
  private List<String> compareEntities(BenchCorpus.Input input, String dir) {
    Dataset<Row> ours = spark.read().parquet(path(dir, BenchRow.ENTITIES_OURS));
    Dataset<Row> theirs = spark.read().parquet(path(dir, BenchRow.ENTITIES_SPARKNLP));
    String out = new Path(dir, "entities-compare").toString();
    EntityRows.classify(articles(input), ours, theirs, kb())
        .coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .option("header", true)
        .csv(out);
    Dataset<Row> diff =
        spark.read().option("header", true).schema(EntityRows.DIFF).csv(out).cache();
    List<String> lines = new ArrayList<>();
    long nOurs = ours.selectExpr("explode(mentions)").count();
    long nTheirs = theirs.selectExpr("explode(mentions)").count();
    long agree = diff.filter(functions.col("bucket").equalTo(EntityRows.AGREE)).count();
    long sameSpan = diff.filter(functions.col("side").startsWith("both")).count();
    lines.add(
        String.format(
            Locale.ROOT,
            "entities: mentions ours %,d, theirs (TextMatcher) %,d; same span %,d, of which"
                + " same entity %,d (%.1f%% of ours, %.1f%% of theirs); every mention classified in %s",
            nOurs,
            nTheirs,
            sameSpan,
            agree,
            100.0 * agree / Math.max(1, nOurs),
            100.0 * agree / Math.max(1, nTheirs),
            out));
    lines.add("  differences by bucket (mentions: ours only / theirs only / same span other id):");
    List<Row> counts =
        diff.filter(functions.col("bucket").notEqual(EntityRows.AGREE))
            .groupBy("bucket")
            .agg(
                functions
                    .sum(functions.when(functions.col("side").equalTo("ours"), 1).otherwise(0))
                    .as("o"),
                functions
                    .sum(functions.when(functions.col("side").equalTo("theirs"), 1).otherwise(0))
                    .as("t"),
                functions
                    .sum(functions.when(functions.col("side").startsWith("both"), 1).otherwise(0))
                    .as("b"))
            .collectAsList();
    for (String b : EntityRows.bucketOrder()) {
      for (Row c : counts) {
        if (c.getString(0).equals(b)) {
          lines.add(
              String.format(
                  Locale.ROOT,
                  "    %-76s %,8d / %,8d / %,6d",
                  b,
                  c.getLong(1),
                  c.getLong(2),
                  c.getLong(3)));
        }
      }
    }
    lines.add("  entities whose counts differ most (entity: ours / theirs):");
    Dataset<Row> perOurs =
        ours.selectExpr("explode(mentions) as m")
            .groupBy("m.entity_id")
            .count()
            .withColumnRenamed("count", "ours");
    Dataset<Row> perTheirs =
        theirs
            .selectExpr("explode(mentions) as m")
            .groupBy("m.entity_id")
            .count()
            .withColumnRenamed("count", "theirs");
    Dataset<Row> per =
        perOurs
            .withColumnRenamed("entity_id", "e1")
            .join(perTheirs, functions.col("e1").equalTo(functions.col("entity_id")), "full_outer")
            .select(
                functions.coalesce(functions.col("e1"), functions.col("entity_id")).as("entity_id"),
                functions.coalesce(functions.col("ours"), functions.lit(0L)).as("ours"),
                functions.coalesce(functions.col("theirs"), functions.lit(0L)).as("theirs"));
    long entitiesDiffer =
        per.filter(functions.col("ours").notEqual(functions.col("theirs"))).count();
    long entities = per.count();
    for (Row r :
        per.withColumn("d", functions.abs(functions.col("ours").minus(functions.col("theirs"))))
            .orderBy(functions.col("d").desc(), functions.col("entity_id"))
            .limit(12)
            .collectAsList()) {
      lines.add(
          String.format(
              Locale.ROOT, "    %-28s %,8d / %,8d", r.getString(0), r.getLong(1), r.getLong(2)));
    }
    lines.add(
        String.format(
            Locale.ROOT,
            "  entities found by either: %,d, with a different count: %,d",
            entities,
            entitiesDiffer));
    diff.unpersist();
    return lines;
  }

  private static boolean ok(Map<BenchRow, Measurement> results, BenchRow r) {
    Measurement m = results.get(r);
    return m != null && m.ok();
  }

  private static String path(String dir, BenchRow r) {
    return new Path(dir, r.id()).toString();
  }
}
