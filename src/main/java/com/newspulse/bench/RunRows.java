package com.newspulse.bench;

import com.newspulse.config.NewsPulseConfig;
import com.newspulse.core.generate.GeneratorSettings;
import com.newspulse.job.NewsPulseJob;
import com.newspulse.spark.TableStore;
import com.newspulse.tables.TableContract;
import com.newspulse.tables.Tables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The bench rows that time whole runs of the job on a shape of input other than the default corpus:
 * {@link BenchRow#SHORT_TEXT} (feed-sized items) and {@link BenchRow#DAILY_AFTER_HISTORY} (a
 * nightly run on an output that already holds the corpus's history).
 */
final class RunRows {
  private final NewsPulseConfig config;
  private final SparkSession spark;

  RunRows(NewsPulseConfig config, SparkSession spark) {
    this.config = config;
    this.spark = spark;
  }

  /**
   * The whole run on a corpus like the bench's (same size, days and seed) whose bodies are two
   * sentences: where a feed's run spends its time when the text work is small. Notes the stage
   * seconds and the ratios the targets are set in (trends and topics against enrich).
   */
  Measurement shortText(GeneratorSettings corpus, String dir, List<String> notes) {
    GeneratorSettings s =
        new GeneratorSettings(
            corpus.articles(),
            corpus.from(),
            corpus.to(),
            corpus.seed(),
            corpus.dirty(),
            corpus.hostile(),
            true);
    BenchCorpus.Input input = BenchCorpus.prepare(spark, s, dir, "input-short");
    String out = new Path(dir, BenchRow.SHORT_TEXT.id()).toString();
    BenchCorpus.delete(spark, out);
    System.gc();
    var m = Meter.measure(() -> new NewsPulseJob(config, spark, out).run(input.path(), null, null));
    Map<String, Double> st = m.value().stageSeconds();
    notes.add(
        String.format(
            Locale.ROOT,
            "short-text: %,d articles of %.0f chars on average; stages (s): %s; trends/enrich %.2f,"
                + " topics/enrich %.2f, run/enrich %.2f",
            input.articles(),
            input.articles() == 0 ? 0.0 : (double) input.textBytes() / input.articles(),
            BenchReport.stages(st),
            ratio(st, "trends"),
            ratio(st, "topics"),
            total(st) / st.getOrDefault("enrich", Double.NaN)));
    return Measurement.of(BenchRow.SHORT_TEXT, input.articles(), input.textBytes(), m);
  }

  /**
   * The corpus's last day run on an output holding every earlier day, against the same day on an
   * empty output, in one JVM one after the other. The history is built untimed (once; reused while
   * its marker matches the input). Then, untimed, the day is run again on a copy of the history
   * without its per-day aggregates ({@code trend_counts}, {@code candidate_days}, {@code
   * topic_counts}), which makes the run count every day from the article-level tables as a run over
   * the whole history does; the two outputs' tables must be equal.
   */
  Measurement dailyAfterHistory(
      BenchCorpus.Input input, GeneratorSettings corpus, String dir, List<String> notes) {
    LocalDate day = corpus.to();
    String history = new Path(dir, "daily-history").toString();
    String empty = new Path(dir, "daily-empty").toString();
    if (!prepareHistory(input, corpus.from(), day.minusDays(1), history)) {
      // A reused history leaves the timed run on it the JVM's first pipeline run: warm the JVM
      // up with the day on an empty output first, as building the history would have (measured:
      // 2.21x cold against 1.75x warm on the same history).
      BenchCorpus.delete(spark, empty);
      new NewsPulseJob(config, spark, empty).run(input.path(), day, day);
    }
    BenchCorpus.delete(spark, empty);
    System.gc();
    var onHistory =
        Meter.measure(() -> new NewsPulseJob(config, spark, history).run(input.path(), day, day));
    System.gc();
    var onEmpty =
        Meter.measure(() -> new NewsPulseJob(config, spark, empty).run(input.path(), day, day));
    long articles = onHistory.value().counts() == null ? 0 : onHistory.value().counts().accepted();
    notes.add(
        String.format(
            Locale.ROOT,
            "daily-after-history: the day %s (%,d articles) on a history of %s..%s: %.1f s, on an"
                + " empty output %.1f s: %.2fx",
            day,
            articles,
            corpus.from(),
            day.minusDays(1),
            onHistory.seconds(),
            onEmpty.seconds(),
            onHistory.seconds() / onEmpty.seconds()));
    notes.add(
        "daily-after-history stages (s): on history "
            + BenchReport.stages(onHistory.value().stageSeconds())
            + "; on empty "
            + BenchReport.stages(onEmpty.value().stageSeconds()));
    notes.add(recountCheck(input, day, history, dir));
    return Measurement.of(
        BenchRow.DAILY_AFTER_HISTORY,
        articles,
        Math.round(input.textBytes() * (double) articles / Math.max(1, input.articles())),
        onHistory);
  }

  /**
   * Builds the history unless its marker says it holds this input's days, written by this build:
   * whether it built. A history from another build (another layout of the aggregate tables) would
   * make the recount check differ for no fault of the run.
   */
  private boolean prepareHistory(
      BenchCorpus.Input input, LocalDate first, LocalDate last, String history) {
    Path marker = new Path(history, "_newspulse-bench-history");
    String wanted =
        input.path() + " " + input.articles() + " " + first + ".." + last + " " + buildStamp();
    try {
      FileSystem fs = marker.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (fs.exists(marker)
          && wanted.equals(
              new String(
                  fs.open(marker).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))) {
        return false;
      }
      BenchCorpus.delete(spark, history);
      new NewsPulseJob(config, spark, history).run(input.path(), first, last);
      try (var out = fs.create(marker, true)) {
        out.write(wanted.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the history in " + history, e);
    }
  }

  /** The day re-run on a copy of the history without per-day aggregates: equal tables. */
  private String recountCheck(BenchCorpus.Input input, LocalDate day, String history, String dir) {
    Path copy = new Path(dir, "daily-recount");
    try {
      FileSystem fs = copy.getFileSystem(spark.sparkContext().hadoopConfiguration());
      fs.delete(copy, true);
      FileUtil.copy(
          fs, new Path(history), fs, copy, false, spark.sparkContext().hadoopConfiguration());
      for (TableContract t :
          List.of(Tables.TREND_COUNTS, Tables.CANDIDATE_DAYS, Tables.TOPIC_COUNTS)) {
        fs.delete(new Path(copy, t.name()), true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the history to " + copy, e);
    }
    new NewsPulseJob(config, spark, copy.toString()).run(input.path(), day, day);
    TableStore a = new TableStore(spark, history);
    TableStore b = new TableStore(spark, copy.toString());
    // The recount counts the days its ranges read (every day of a short history; of a year, the
    // months of the longest baseline): the history's aggregates are compared on its partitions.
    List<TableContract> recounted =
        List.of(Tables.TREND_COUNTS, Tables.CANDIDATE_DAYS, Tables.TOPIC_COUNTS);
    StringBuilder out = new StringBuilder("daily-after-history vs a recount of every day:");
    for (TableContract t :
        List.of(
            Tables.TRENDS,
            Tables.TRENDING_TERMS,
            Tables.COOCCURRENCE,
            Tables.ENTITY_CANDIDATES,
            Tables.TOPICS,
            Tables.TREND_COUNTS,
            Tables.CANDIDATE_DAYS,
            Tables.TOPIC_COUNTS)) {
      List<String> parts = b.partitions(t);
      Dataset<Row> x = rounded(recounted.contains(t) ? a.read(t, parts) : a.read(t));
      Dataset<Row> y = rounded(b.read(t));
      long onlyA = x.exceptAll(y).count();
      long onlyB = y.exceptAll(x).count();
      // A partition the recount owned and left empty is deleted: one the history holds within the
      // recount's span and the recount lacks is a difference too.
      long missed = recounted.contains(t) ? notRecounted(a.partitions(t), parts) : 0;
      out.append(
          String.format(
              Locale.ROOT,
              " %s %,d rows%s %s;",
              t.name(),
              x.count(),
              recounted.contains(t)
                  ? String.format(Locale.ROOT, " (%,d partitions)", parts.size())
                  : "",
              missed > 0
                  ? String.format(
                      Locale.ROOT, "DIFFER (%,d of the history's partitions not recounted)", missed)
                  : onlyA == 0 && onlyB == 0
                      ? "equal"
                      : String.format(Locale.ROOT, "DIFFER (%,d / %,d rows)", onlyA, onlyB)));
    }
    return out.toString();
  }

  /**
   * The history's partitions that lie within the recount's span (per parent folder, e.g. {@code
   * granularity=week/}, between its first and last date) and that the recount lacks.
   */
  static long notRecounted(List<String> history, List<String> recount) {
    // The recount's dates per parent folder (ISO dates sort as text).
    java.util.Map<String, java.util.TreeSet<String>> dates = new java.util.HashMap<>();
    for (String p : recount) {
      int cut = p.lastIndexOf('=') + 1;
      if (p.substring(cut).matches("\\d{4}-\\d{2}-\\d{2}")) { // not the null partition
        dates
            .computeIfAbsent(p.substring(0, cut), k -> new java.util.TreeSet<>())
            .add(p.substring(cut));
      }
    }
    return history.stream()
        .filter(
            p -> {
              int cut = p.lastIndexOf('=') + 1;
              java.util.TreeSet<String> span = dates.get(p.substring(0, cut));
              String value = p.substring(cut);
              return span != null
                  && value.compareTo(span.first()) >= 0
                  && value.compareTo(span.last()) <= 0
                  && !span.contains(value);
            })
        .count();
  }

  /** Doubles to 9 decimals: sums of the same numbers in another order differ in the last bits. */
  private static Dataset<Row> rounded(Dataset<Row> d) {
    return d.select(
        java.util.Arrays.stream(d.schema().fields())
            .map(
                f ->
                    f.dataType() instanceof org.apache.spark.sql.types.DoubleType
                        ? org.apache
                            .spark
                            .sql
                            .functions
                            .round(org.apache.spark.sql.functions.col(f.name()), 9)
                            .as(f.name())
                        : org.apache.spark.sql.functions.col(f.name()))
            .toArray(org.apache.spark.sql.Column[]::new));
  }

  private static double ratio(Map<String, Double> st, String stage) {
    return st.getOrDefault(stage, 0.0) / st.getOrDefault("enrich", Double.NaN);
  }

  private static double total(Map<String, Double> st) {
    return st.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  /**
   * The whole run into a fresh folder, timed; its stages and what its trends stage worked on are
   * noted.
   */
  Measurement run(BenchRow row, BenchCorpus.Input input, String dir, List<String> notes) {
    String runOut = new Path(dir, "run").toString();
    BenchCorpus.delete(spark, runOut);
    var m =
        Meter.measure(() -> new NewsPulseJob(config, spark, runOut).run(input.path(), null, null));
    NewsPulseJob.RunResult r = m.value();
    notes.add(
        "run stages (s): "
            + BenchReport.stages(r.stageSeconds())
            + "; rows read "
            + (r.counts() == null
                ? "?"
                : String.format(
                    Locale.ROOT, "%,d, accepted %,d", r.counts().read(), r.counts().accepted())));
    notes.add(trendsWork(runOut));
    return Measurement.of(
        row, r.counts() == null ? input.articles() : r.counts().read(), input.textBytes(), m);
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

  /** When the code that runs was built: the modification time of its jar (or classes folder). */
  private static String buildStamp() {
    try {
      var source = NewsPulseJob.class.getProtectionDomain().getCodeSource();
      return source == null
          ? ""
          : String.valueOf(new java.io.File(source.getLocation().toURI()).lastModified());
    } catch (java.net.URISyntaxException | SecurityException e) {
      return "";
    }
  }
}
