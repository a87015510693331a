package com.newspulse.bench;

import com.newspulse.config.NewsPulseConfig;
import com.newspulse.core.generate.GeneratorSettings;
import com.newspulse.job.NewsPulseJob;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * {@link BenchRow#SMALL_RUNS}: the corpus's first day run {@link #RUNS} times in a row in this JVM,
 * each into a fresh folder. On a day of a few articles a run's cost is its fixed cost (queries
 * planned, jobs and tasks scheduled, tables staged and published), which a nightly run on a small
 * feed pays and the test suite pays about seventy times (issues 18 and 19). The first runs warm the
 * JVM (class loading, the JIT, Spark's code generation), so the row's figures are the last {@link
 * #MEASURED} runs together; each run's figures are in the notes.
 */
final class SmallRuns {
  static final int RUNS = 10;
  static final int MEASURED = 5;

  private final NewsPulseConfig config;
  private final SparkSession spark;

  SmallRuns(NewsPulseConfig config, SparkSession spark) {
    this.config = config;
    this.spark = spark;
  }

  Measurement measure(
      BenchCorpus.Input input, GeneratorSettings corpus, String dir, List<String> notes) {
    LocalDate day = corpus.from();
    List<Meter.Measured<NewsPulseJob.RunResult>> all = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      String out = new Path(dir, BenchRow.SMALL_RUNS.id() + "/" + i).toString();
      BenchCorpus.delete(spark, out);
      all.add(
          Meter.measure(() -> new NewsPulseJob(config, spark, out).run(input.path(), day, day)));
    }
    List<Meter.Measured<NewsPulseJob.RunResult>> warm = all.subList(RUNS - MEASURED, RUNS);
    double seconds = warm.stream().mapToDouble(Meter.Measured::seconds).sum();
    double cpu = warm.stream().mapToDouble(Meter.Measured::cpuSeconds).sum();
    long peak = warm.stream().mapToLong(Meter.Measured::peakHeapBytes).max().orElse(0);
    long articles = warm.stream().mapToLong(m -> m.value().counts().read()).sum();
    StringBuilder each = new StringBuilder();
    for (var m : all) {
      each.append(each.isEmpty() ? "" : ", ")
          .append(String.format(Locale.ROOT, "%.1f/%.1f", m.seconds(), m.cpuSeconds()));
    }
    notes.add(
        String.format(
            Locale.ROOT,
            "small-runs: %d runs of %s (%,d articles read each) in one JVM, seconds/CPU-seconds"
                + " each: %s; the last %d: %.2f s and %.2f CPU-s per run",
            RUNS,
            day,
            all.get(0).value().counts().read(),
            each,
            MEASURED,
            seconds / MEASURED,
            cpu / MEASURED));
    // Each run scans the whole input for its day's rows, as the run row does: MB/s is the input's
    // text read per second (was 0: a figure that said nothing was read).
    return new Measurement(
        BenchRow.SMALL_RUNS, articles, input.textBytes() * MEASURED, seconds, cpu, peak, null);
  }
}
