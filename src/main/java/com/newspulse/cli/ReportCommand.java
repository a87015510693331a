package com.newspulse.cli;

import com.newspulse.config.NewsPulseConfig;
import com.newspulse.report.HtmlReport;
import com.newspulse.report.ReportCollector;
import com.newspulse.report.ReportData;
import com.newspulse.spark.SparkSetup;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write one self-contained HTML page about the published tables: first the",
      "watched keys of report.watch (weekly charts and burst weeks of each), then weekly",
      "trend charts of the top entities and themes with bursts marked, burst weeks,",
      "top lists, co-occurrence highlights, the latest run's row accounting,",
      "quarantine counts and recent headlines. Inline CSS and SVG, no scripts,",
      "nothing fetched: it opens offline. --from/--to limit the days shown."
    })
public final class ReportCommand implements Callable<Integer> {
  @Mixin OutputOption output;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Report file (default: <output>/report.html).")
  String out;

  @Option(
      names = "--top",
      defaultValue = "8",
      paramLabel = "N",
      description = "Entities and themes charted (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--rows",
      defaultValue = "15",
      paramLabel = "N",
      description =
          "Rows of the top lists and the co-occurrence table (default: ${DEFAULT-VALUE}).")
  int rows;

  @Option(
      names = "--headlines",
      defaultValue = "5",
      paramLabel = "N",
      description = "Newest headlines shown per charted entity (default: ${DEFAULT-VALUE}).")
  int headlines;

  @Option(
      names = "--pair-min-articles",
      defaultValue = "5",
      paramLabel = "N",
      description =
          "Least shared articles of a co-occurrence highlight (default: ${DEFAULT-VALUE}).")
  long pairMinArticles;

  @Mixin JobOptions job;

  @Override
  public Integer call() {
    if (top < 1 || rows < 1 || headlines < 0 || pairMinArticles < 1) {
      throw new com.newspulse.config.InvalidConfigException(
          "--top, --rows and --pair-min-articles must be >= 1 and --headlines >= 0, got --top "
              + top
              + ", --rows "
              + rows
              + ", --pair-min-articles "
              + pairMinArticles
              + ", --headlines "
              + headlines);
    }
    NewsPulseConfig config = job.config();
    SparkSession spark = SparkSetup.session(config);
    ReportData data =
        ReportCollector.collect(
            spark,
            output.path,
            new ReportCollector.Options(
                top,
                rows,
                headlines,
                pairMinArticles,
                5,
                job.from,
                job.to,
                config.report().watch()));
    String html = HtmlReport.render(data);
    String target = out != null ? out : new Path(output.path, "report.html").toString();
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    write(spark, target, bytes);
    System.out.printf(
        "report written: %s (%,d KB; %,d articles, %d weeks)%n",
        target, (bytes.length + 1023) / 1024, data.totals().articles(), data.weeks().size());
    return 0;
  }

  /**
   * Local files are replaced atomically (temp file + rename); other file systems through Hadoop.
   */
  static void write(SparkSession spark, String target, byte[] bytes) {
    URI uri = new Path(target).toUri();
    try {
      if (uri.getScheme() == null || "file".equals(uri.getScheme())) {
        java.nio.file.Path file =
            uri.getScheme() == null
                ? java.nio.file.Path.of(target).toAbsolutePath()
                : java.nio.file.Path.of(uri);
        Files.createDirectories(file.getParent());
        // A sibling temp file created like any other file (umask permissions), then renamed over
        // the target.
        java.nio.file.Path tmp =
            file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
          Files.write(tmp, bytes);
          Files.move(
              tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
          Files.deleteIfExists(tmp);
        }
      } else {
        Path p = new Path(target);
        FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
        try (OutputStream os = fs.create(p, true)) {
          os.write(bytes);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report to " + target, e);
    }
  }
}
