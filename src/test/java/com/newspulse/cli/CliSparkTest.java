package com.newspulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.newspulse.spark.SparkTestBase;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The CLI as a user meets it: help, exit codes, messages, import. */
class CliSparkTest extends SparkTestBase {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "generate",
        "import",
        "run",
        "ingest",
        "enrich",
        "trends",
        "demo",
        "validate",
        "catalog",
        "report"
      })
  void everyCommandHasHelp(String command) {
    Outcome o = cli(command, "--help");
    assertThat(o.code()).isZero();
    assertThat(o.out()).startsWith("Usage: newspulse " + command);
  }

  @Test
  void topLevelHelpListsCommandsAndExitCodes() {
    Outcome o = cli("--help");
    assertThat(o.code()).isZero();
    assertThat(o.out())
        .contains(
            "generate",
            "import",
            "run",
            "demo",
            "Exit codes: 0 ok, 1 unexpected failure, 2 bad configuration or usage,",
            "3 bad or missing input, 4 failed quality gate (nothing published),",
            "5 output being written by another command.");
  }

  @Test
  void usageAndConfigurationErrorsExitWith2() {
    assertThat(cli("frobnicate").code()).isEqualTo(2);
    assertThat(cli().code()).isEqualTo(2);
    Outcome badOverride = cli("run", "--input", "x", "--output", "y", "trends.z-threshold=-1");
    assertThat(badOverride.code()).isEqualTo(2);
    assertThat(badOverride.err()).contains("newspulse.trends.z-threshold must be > 0, got -1.0");
    Outcome badDates =
        cli(
            "generate",
            "--articles",
            "10",
            "--from",
            "2025-02-01",
            "--to",
            "2025-01-01",
            "--out",
            tmp.resolve("g").toString());
    assertThat(badDates.code()).isEqualTo(2);
    assertThat(badDates.err()).contains("from must be <= to, got from=2025-02-01, to=2025-01-01");
  }

  @Test
  void validateReportsTheShippedKnowledgeBaseAndEveryProblemOfABrokenOne() throws Exception {
    Outcome ok = cli("validate");
    assertThat(ok.code()).as(ok.err()).isZero();
    assertThat(ok.out())
        .containsPattern("knowledge base classpath:newspulse/conf/kb: \\d{3,} entities")
        .contains("; senses [national-team]; longer names [institution (51 heads)]");
    Path kb = tmp.resolve("kb");
    Files.createDirectories(kb);
    Files.writeString(
        kb.resolve("bad.tsv"),
        "id\ttype\tname\taliases\twikidata\tcountry\tcontext\n"
            + "x\tCOMPANY\tX Corp\t\t\t\t\n"
            + "y\tORG\tY\t\t\tnowhere\t\n");
    Outcome bad = cli("validate", "kb.path=" + kb);
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("bad.tsv:2:", "COMPANY", "bad.tsv:3:", "nowhere");
  }

  @Test
  void missingInputExitsWith3NamingThePath() {
    Path missing = tmp.resolve("nowhere");
    Outcome o =
        cli("run", "--input", missing.toString(), "--output", tmp.resolve("out").toString());
    assertThat(o.code()).isEqualTo(3);
    assertThat(o.err()).contains("cannot read input " + missing);
  }

  @Test
  void importKeepsGoldLabelsCountsMalformedLinesAndFeedsRun() throws Exception {
    Path jsonl = tmp.resolve("crawl.jsonl.gz");
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(jsonl))) {
      gz.write(
          String.join(
                  "\n",
                  "{\"id\": 17, \"source\": \"wire\", \"url\": null, \"title\": \"Chips\", \"text\": \"Nvidia faces export controls.\","
                      + " \"published_at\": \"1987-03-26\", \"lang\": \"en\", \"gold\": {\"places\": [\"usa\"]}}",
                  "{\"id\": \"b\", \"title\": \"Late\", \"text\": \"Toyota raised prices.\", \"published_at\": \"1987-03-27T10:00:00\"}",
                  "{this is not json",
                  "")
              .getBytes(StandardCharsets.UTF_8));
    }
    Path parquet = tmp.resolve("imported");
    Outcome o =
        cli("import", "--format", "jsonl", "--in", jsonl.toString(), "--out", parquet.toString());
    assertThat(o.code()).as(o.err()).isZero();
    assertThat(o.out()).contains("imported 3 rows", "(1 malformed lines");
    List<Row> rows = spark().read().parquet(parquet.toString()).orderBy("id").collectAsList();
    assertThat(rows).hasSize(3);
    assertThat((String) rows.get(1).getAs("id")).isEqualTo("17");
    assertThat((String) rows.get(1).getAs("gold"))
        .isEqualTo("{\"places\": [\"usa\"]}".replace(" ", ""));

    Path csv = tmp.resolve("crawl.csv");
    Files.writeString(
        csv,
        "id,published_at,title,text\nc1,2025-01-02,\"Tariffs, again\",\"Japan said \"\"no\"\" to tariffs.\"\n");
    Outcome c =
        cli(
            "import",
            "--format",
            "csv",
            "--in",
            csv.toString(),
            "--out",
            tmp.resolve("csvout").toString());
    assertThat(c.code()).as(c.err()).isZero();
    Row r = spark().read().parquet(tmp.resolve("csvout").toString()).first();
    assertThat((String) r.getAs("text")).isEqualTo("Japan said \"no\" to tariffs.");

    Outcome run =
        cli(
            "run",
            "--input",
            parquet.toString(),
            "--output",
            tmp.resolve("tables").toString(),
            "spark.shuffle-partitions=2");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("rows read 3 = accepted 2 + quarantined 1 + duplicates 0");
  }
}
