package com.newspulse.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newspulse.ingest.InputMissingException;
import com.newspulse.spark.SparkTestBase;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A gzip file cut in transfer is named by import, not reported as a bare EOFException. */
class CrawlImportSparkTest extends SparkTestBase {
  @TempDir
  Path tmp;

  @Test
  void aTruncatedGzipIsNamedAndAWholeOneImports() throws Exception {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      jsonl.append("{\"id\": \"a").append(i).append("\", \"published_at\": \"2025-03-03\", \"title\": \"Item ")
          .append(i).append("\", \"text\": \"Body number ").append(i).append(" of the feed.\"}\n");
    }
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
      gz.write(jsonl.toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] whole = buf.toByteArray();
    Files.createDirectories(tmp.resolve("ok"));
    Files.write(tmp.resolve("ok/feed.jsonl.gz"), whole);
    assertThat(CrawlImport.run(spark(), "jsonl", tmp.resolve("ok").toString(), tmp.resolve("out1").toString()).rows())
        .isEqualTo(2000);

    Files.createDirectories(tmp.resolve("cut"));
    Path cut = tmp.resolve("cut/feed.jsonl.gz");
    Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
    assertThatThrownBy(() -> CrawlImport.run(spark(), "jsonl", tmp.resolve("cut").toString(),
            tmp.resolve("out2").toString()))
        .isInstanceOf(InputMissingException.class)
        .hasMessageContaining("feed.jsonl.gz (" + whole.length / 2 + " bytes: ")
        .hasMessageContaining("truncated or corrupt gzip");
  }
}
