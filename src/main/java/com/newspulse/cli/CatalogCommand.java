package com.newspulse.cli;

import com.newspulse.publish.CatalogFile;
import com.newspulse.publish.DuckDbCatalog;
import com.newspulse.spark.OutputLock;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newspulse catalog}: (re)writes the DuckDB catalog of views BI tools and notebooks read.
 */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    description = {
      "Write a DuckDB database with one view per output table (plus daily_entity_mentions,",
      "weekly_themes, top_entities, latest_run) over the Parquet folders, for BI tools and notebooks.",
      "No data is copied; the views use absolute paths: re-run after moving the output folder.",
      "--output must be local: a path or a file: URI.",
      "Connect read-only: jdbc:duckdb:FILE with duckdb.read_only=true (docs/bi.md)."
    })
public final class CatalogCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin OutputOption output;

  @Option(
      names = "--db",
      paramLabel = "FILE",
      description =
          "DuckDB file to create or replace (default: <output>/"
              + DuckDbCatalog.DEFAULT_FILE_NAME
              + ").")
  Path db;

  @Override
  public Integer call() {
    Path out =
        DuckDbCatalog.localPath(output.path)
            .orElseThrow(
                () ->
                    new CommandLine.ParameterException(
                        spec.commandLine(),
                        "--output "
                            + output.path
                            + " is not a local folder: DuckDB reads local files"
                            + " only; query HDFS/S3 outputs with Spark SQL or Trino (docs/bi.md)"));
    Path file = (db != null ? db : DuckDbCatalog.defaultDbFile(out)).toAbsolutePath().normalize();
    // A writer like run: the lock keeps two commands from rewriting the catalog file at once, and
    // a run from publishing while its views are being listed.
    Map<String, Long> counts;
    try (OutputLock lock =
        OutputLock.acquire(
            localFileSystem(), new org.apache.hadoop.fs.Path(out.toUri()), "catalog")) {
      DuckDbCatalog.write(out, file);
      counts = CatalogFile.rowCounts(file);
    }

    System.out.println();
    System.out.printf(
        "catalog written: %s (%d views over %s)%n",
        file, counts.size(), out.toAbsolutePath().normalize());
    int width = counts.keySet().stream().mapToInt(String::length).max().orElse(4);
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      System.out.printf(Locale.ROOT, "  %-" + width + "s %,12d rows%n", e.getKey(), e.getValue());
    }
    System.out.printf("connect read-only: jdbc:duckdb:%s;duckdb.read_only=true%n", file);
    return 0;
  }

  private static org.apache.hadoop.fs.FileSystem localFileSystem() {
    try {
      return org.apache.hadoop.fs.FileSystem.getLocal(new org.apache.hadoop.conf.Configuration());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
