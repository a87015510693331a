package com.newspulse.ingest;

import static com.newspulse.spark.TestCorpus.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newspulse.job.NewsPulseJob;
import com.newspulse.spark.SparkTestBase;
import com.newspulse.spark.TestCorpus;
import com.newspulse.tables.Tables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A truncated Parquet file among good ones stops the run before any work, named, with exit 3. */
class InputFilesSparkTest extends SparkTestBase {
  @TempDir Path tmp;

  @Test
  void aTruncatedInputFileIsNamedAndNothingIsPublished() throws Exception {
    String input =
        TestCorpus.write(
            tmp.resolve("in"),
            article(
                "a1",
                "2025-03-03T10:00:00Z",
                "Chips",
                "Nvidia faces new export controls in China.",
                "wire"));
    Path good;
    try (var files = Files.list(Path.of(input))) {
      good =
          files
              .filter(p -> p.getFileName().toString().endsWith(".parquet"))
              .findFirst()
              .orElseThrow();
    }
    byte[] bytes = Files.readAllBytes(good);
    Files.write(Path.of(input, "part-cut.parquet"), Arrays.copyOf(bytes, bytes.length / 2));
    NewsPulseJob job = new NewsPulseJob(testConfig(), spark(), tmp.resolve("out").toString());

    assertThatThrownBy(() -> job.run(input, null, null))
        .isInstanceOf(InputMissingException.class)
        .hasMessageContaining(
            "1 input file is not readable Parquet (truncated or corrupt), nothing was processed: ")
        .hasMessageContaining("part-cut.parquet (" + bytes.length / 2 + " bytes: ")
        .satisfies(e -> assertThat(((InputMissingException) e).exitCode()).isEqualTo(3));
    assertThat(job.store().read(Tables.ARTICLES).count()).isZero();
    Row run = job.store().read(Tables.RUNS).first();
    assertThat((String) run.getAs("status")).isEqualTo("FAILED");
    assertThat((String) run.getAs("message")).contains("part-cut.parquet");
  }
}
