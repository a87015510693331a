package com.newspulse.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;

/**
 * The printed result of a bench: header, one table row per {@link BenchRow}, ratios, comparisons.
 */
public final class BenchReport {
  static final String HEADER =
      String.format(
          Locale.ROOT,
          "%-18s %10s %9s %11s %8s %8s %13s",
          "row",
          "articles",
          "seconds",
          "articles/s",
          "MB/s",
          "CPU s",
          "peak heap MB");

  /** Ratios printed under the table: articles/s of the first row divided by that of the second. */
  private static final BenchRow[][] RATIOS = {
    {BenchRow.SEGMENT_SPARKNLP, BenchRow.SEGMENT_OURS},
    {BenchRow.KEYWORDS_SPARKNLP, BenchRow.KEYWORDS_OURS},
    {BenchRow.ENTITIES_SPARKNLP, BenchRow.ENTITIES_OURS},
    {BenchRow.ENTITIES_SPARKNLP, BenchRow.ENRICH},
    {BenchRow.FLOOR, BenchRow.ENRICH},
    {BenchRow.ENRICH, BenchRow.ENRICH_NER},
    {BenchRow.ENRICH_KB_1K, BenchRow.ENRICH_KB_100K},
    {BenchRow.ENRICH_KB_1K, BenchRow.ENRICH_KB_1M},
    {BenchRow.FLOOR, BenchRow.RUN}
  };

  private final BenchCorpus.Input input;
  private final List<Measurement> rows;
  private final List<String> notes;
  private final String command;
  private final String machine;

  BenchReport(
      BenchCorpus.Input input,
      List<Measurement> rows,
      List<String> notes,
      String command,
      String machine) {
    this.input = input;
    this.rows = List.copyOf(rows);
    this.notes = List.copyOf(notes);
    this.command = command;
    this.machine = machine;
  }

  public List<Measurement> rows() {
    return rows;
  }

  public Optional<Measurement> row(BenchRow r) {
    return rows.stream().filter(m -> m.row() == r).findFirst();
  }

  /**
   * Articles/s of {@code a} divided by articles/s of {@code b}; NaN when either is missing or
   * failed.
   */
  public double ratio(BenchRow a, BenchRow b) {
    double x = row(a).map(Measurement::articlesPerSecond).orElse(Double.NaN);
    double y = row(b).map(Measurement::articlesPerSecond).orElse(Double.NaN);
    return x / y;
  }

  public void print(PrintStream out) {
    out.println();
    out.printf(
        Locale.ROOT,
        "NewsPulse bench: %,d articles, %,.1f MB of text (UTF-8), input %s (%s)%n",
        input.articles(),
        input.textBytes() / 1e6,
        input.path(),
        input.reused()
            ? "reused"
            : String.format(Locale.ROOT, "generated in %.1f s", input.generateSeconds()));
    out.println("command: " + command);
    out.println("machine: " + machine);
    out.println();
    out.println(HEADER);
    for (Measurement m : rows) {
      if (m.ok()) {
        out.printf(
            Locale.ROOT,
            "%-18s %,10d %9.2f %,11.0f %8.2f %8.1f %,13d%n",
            m.row().id(),
            m.articles(),
            m.seconds(),
            m.articlesPerSecond(),
            m.megabytesPerSecond(),
            m.cpuSeconds(),
            m.peakHeapBytes() >> 20);
      } else {
        out.printf(Locale.ROOT, "%-18s FAILED: %s%n", m.row().id(), m.error());
      }
    }
    out.println();
    out.println(
        "ratios A/B = articles/s of A / articles/s of B (and the same from CPU s per article):");
    for (BenchRow[] pair : RATIOS) {
      out.printf(
          Locale.ROOT,
          "  %-34s %s%n",
          pair[0].id() + "/" + pair[1].id(),
          ratioText(pair[0], pair[1]));
    }
    if (!notes.isEmpty()) {
      out.println();
      notes.forEach(out::println);
    }
    out.println();
  }

  private String ratioText(BenchRow a, BenchRow b) {
    for (BenchRow r : new BenchRow[] {a, b}) {
      Optional<Measurement> m = row(r);
      if (m.isEmpty()) {
        return "n/a (" + r.id() + " not run)";
      }
      if (!m.get().ok()) {
        return "n/a (" + r.id() + " failed)";
      }
    }
    double q = ratio(a, b);
    if (!Double.isFinite(q) || q <= 0) {
      return "n/a";
    }
    String faster =
        q >= 1
            ? String.format(Locale.ROOT, "%s is %.1fx faster", a.id(), q)
            : String.format(Locale.ROOT, "%s is %.1fx faster", b.id(), 1 / q);
    // CPU seconds per article of b / of a: the same comparison, less sensitive to other load on the
    // machine.
    double cpu = cpuPerArticle(b) / cpuPerArticle(a);
    String cpuText =
        Double.isFinite(cpu) && cpu > 0
            ? String.format(Locale.ROOT, "; by CPU s per article %.3f", cpu)
            : "";
    return String.format(Locale.ROOT, "%8.3f  (%s%s)", q, faster, cpuText);
  }

  private double cpuPerArticle(BenchRow r) {
    return row(r)
        .filter(m -> m.ok() && m.articles() > 0)
        .map(m -> m.cpuSeconds() / m.articles())
        .orElse(Double.NaN);
  }

  static String machine(SparkSession spark) {
    Runtime rt = Runtime.getRuntime();
    String nlp;
    try {
      nlp = com.johnsnowlabs.util.Build.version();
    } catch (LinkageError e) {
      nlp = "not on the classpath";
    }
    return String.format(
        Locale.ROOT,
        "%d cores, max heap %,d MB, Java %s (%s %s); Spark %s %s, default parallelism %d; Spark NLP %s",
        rt.availableProcessors(),
        rt.maxMemory() >> 20,
        System.getProperty("java.version"),
        System.getProperty("os.name"),
        System.getProperty("os.arch"),
        spark.version(),
        spark.sparkContext().master(),
        spark.sparkContext().defaultParallelism(),
        nlp);
  }

  static String stages(Map<String, Double> seconds) {
    List<String> order = List.of("ingest", "enrich", "trends", "publish");
    StringBuilder b = new StringBuilder();
    java.util.function.BiConsumer<String, Double> add =
        (k, v) ->
            b.append(b.length() == 0 ? "" : ", ")
                .append(String.format(Locale.ROOT, "%s %.1f", k, v));
    order.stream().filter(seconds::containsKey).forEach(k -> add.accept(k, seconds.get(k)));
    new TreeMap<>(seconds)
        .forEach(
            (k, v) -> {
              if (!order.contains(k)) {
                add.accept(k, v);
              }
            });
    return b.toString();
  }
}
