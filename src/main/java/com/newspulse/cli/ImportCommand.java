package com.newspulse.cli;

import com.newspulse.config.ConfigLoader;
import com.newspulse.corpus.CrawlImport;
import com.newspulse.spark.SparkSetup;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Convert crawler files (JSON Lines, gzipped or not, or CSV with a header) into input Parquet.")
final class ImportCommand implements Callable<Integer> {
  @Option(
      names = "--format",
      required = true,
      paramLabel = "jsonl|csv",
      description = "Input format.")
  String format;

  @Option(
      names = "--in",
      required = true,
      paramLabel = "PATH",
      description = "Input file or folder.")
  String in;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "PATH",
      description = "Output Parquet folder (replaced).")
  String out;

  @Override
  public Integer call() {
    var spark = SparkSetup.session(ConfigLoader.load(null, List.of()));
    CrawlImport.Imported r = CrawlImport.run(spark, format, in, out);
    System.out.printf(
        "imported %,d rows from %s into %s (%,d malformed lines kept byte for byte in raw_record"
            + " for ingest to quarantine)%n",
        r.rows(), in, out, r.malformed());
    return 0;
  }
}
