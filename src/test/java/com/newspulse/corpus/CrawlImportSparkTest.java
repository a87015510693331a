package com.newspulse.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newspulse.ingest.InputMissingException;
import com.newspulse.job.NewsPulseJob;
import com.newspulse.job.RunCounts;
import com.newspulse.spark.SparkTestBase;
import com.newspulse.tables.Tables;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import keeps every line as it was: a gzip file cut in transfer is named, a line that cannot be
 * imported faithfully reaches quarantine with its original bytes, CSV text keeps its line endings.
 */
class CrawlImportSparkTest extends SparkTestBase {
  @TempDir Path tmp;

  @Test
  void aTruncatedGzipIsNamedAndAWholeOneImports() throws Exception {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      jsonl
          .append("{\"id\": \"a")
          .append(i)
          .append("\", \"published_at\": \"2025-03-03\", \"title\": \"Item ")
          .append(i)
          .append("\", \"text\": \"Body number ")
          .append(i)
          .append(" of the feed.\"}\n");
    }
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
      gz.write(jsonl.toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = buf.toByteArray();
    Files.createDirectories(tmp.resolve("ok"));
    Files.write(tmp.resolve("ok/feed.jsonl.gz"), whole);
    assertThat(
            CrawlImport.run(
                    spark(), "jsonl", tmp.resolve("ok").toString(), tmp.resolve("out1").toString())
                .rows())
        .isEqualTo(2000);

    Files.createDirectories(tmp.resolve("cut"));
    Path cut = tmp.resolve("cut/feed.jsonl.gz");
    Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
    assertThatThrownBy(
            () ->
                CrawlImport.run(
                    spark(),
                    "jsonl",
                    tmp.resolve("cut").toString(),
                    tmp.resolve("out2").toString()))
        .isInstanceOf(InputMissingException.class)
        .hasMessageContaining("feed.jsonl.gz (" + whole.length / 2 + " bytes: ")
        .hasMessageContaining("truncated or corrupt gzip");
  }

  @Test
  void linesThatCannotBeImportedFaithfullyAreQuarantinedWithTheirOriginalBytes() throws Exception {
    byte[] badUtf8 =
        "{\"id\": \"u\", \"published_at\": \"2025-03-03\", \"text\": \"caf\u00e9 \"}"
            .getBytes(StandardCharsets.ISO_8859_1); // a lone 0xE9 byte: not UTF-8
    String lone =
        "{\"id\": \"s\", \"published_at\": \"2025-03-03\", \"text\": \"broken \\ud800 emoji\"}";
    String pair =
        "{\"id\": \"p\", \"published_at\": \"2025-03-03\", \"text\": \"a whole \\ud83d\\ude00 emoji\"}";
    String literal =
        "{\"id\": \"l\", \"published_at\": \"2025-03-03\", \"text\": \"the text \\\\ud800 as typed\"}";
    String broken = "{\"id\": \"b\", \"published_at\": \"2025-03-03\", \"text\": \"cut";
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    for (byte[] line :
        new byte[][] {
          pair.getBytes(StandardCharsets.UTF_8),
          lone.getBytes(StandardCharsets.UTF_8),
          badUtf8,
          literal.getBytes(StandardCharsets.UTF_8),
          "   ".getBytes(StandardCharsets.UTF_8),
          broken.getBytes(StandardCharsets.UTF_8)
        }) {
      file.write(line);
      file.write('\n');
    }
    Files.createDirectories(tmp.resolve("in"));
    Files.write(tmp.resolve("in/feed.jsonl"), file.toByteArray());
    String imported = tmp.resolve("imported").toString();
    CrawlImport.Imported r =
        CrawlImport.run(spark(), "jsonl", tmp.resolve("in").toString(), imported);
    assertThat(r.rows()).isEqualTo(5); // the blank line is no record
    assertThat(r.malformed()).isEqualTo(3);

    NewsPulseJob job =
        new NewsPulseJob(
            testConfig("quality.max-quarantined-share=1.0"),
            spark(),
            tmp.resolve("out").toString());
    assertThat(job.ingestOnly(imported, null, null).counts())
        .isEqualTo(new RunCounts(5, 0, 2, 3, 0));
    assertThat(
            job.store().read(Tables.ARTICLES).orderBy("article_id").collectAsList().stream()
                .map(a -> a.getAs("article_id") + ":" + a.getAs("text"))
                .toList())
        .containsExactly("l:the text \\ud800 as typed", "p:a whole \ud83d\ude00 emoji");
    List<Row> q =
        job.store()
            .read(Tables.QUARANTINE)
            .selectExpr("reason", "id", "raw_record as raw")
            .orderBy("reason", "id")
            .collectAsList();
    assertThat(q.stream().map(x -> x.getString(0) + ":" + x.getString(1)).toList())
        .containsExactly("INVALID_CHARACTERS:s", "MALFORMED_RECORD:null", "MALFORMED_RECORD:u");
    assertThat((byte[]) q.get(0).getAs("raw")).isEqualTo(lone.getBytes(StandardCharsets.UTF_8));
    assertThat((byte[]) q.get(1).getAs("raw")).isEqualTo(broken.getBytes(StandardCharsets.UTF_8));
    assertThat((byte[]) q.get(2).getAs("raw")).isEqualTo(badUtf8); // the 0xE9 byte as it was
  }

  @Test
  void csvTextKeepsItsLineEndings() throws Exception {
    Path csv = tmp.resolve("feed.csv");
    Files.writeString(
        csv,
        "id,published_at,title,text\r\nc1,2025-01-02,T,\"First line.\r\nSecond line.\nThird.\"\r\n");
    String out = tmp.resolve("csvout").toString();
    assertThat(CrawlImport.run(spark(), "csv", csv.toString(), out).rows()).isEqualTo(1);
    Row r = spark().read().parquet(out).first();
    assertThat((String) r.getAs("id")).isEqualTo("c1");
    assertThat((String) r.getAs("text")).isEqualTo("First line.\r\nSecond line.\nThird.");
  }
}
