package com.newspulse.job;

import static com.newspulse.spark.TestCorpus.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.newspulse.spark.OutputLock;
import com.newspulse.spark.OutputLockedException;
import com.newspulse.spark.SparkTestBase;
import com.newspulse.spark.TestCorpus;
import com.newspulse.tables.Tables;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run on an output another command is writing is refused before any work, and leaves nothing. */
class WriterLockSparkTest extends SparkTestBase {
  @TempDir Path tmp;

  @Test
  void aRunOnABusyOutputIsRefusedAndRunsOnceItIsFree() {
    String input =
        TestCorpus.write(
            tmp.resolve("in"),
            article(
                "a1",
                "2025-03-03T10:00:00Z",
                "Chips",
                "Nvidia faces new export controls in China.",
                "wire"));
    Path out = tmp.resolve("out");
    java.util.List<Boolean> lockedWhenPublished = new java.util.ArrayList<>();
    // The CLI's catalog refresh runs here: it must still be under the run's lock.
    NewsPulseJob job =
        new NewsPulseJob(testConfig(), spark(), out.toString())
            .whenPublished(
                () ->
                    lockedWhenPublished.add(
                        java.nio.file.Files.exists(out.resolve(OutputLock.FILE))));
    try (OutputLock other = job.store().lock("run-other")) {
      assertThatThrownBy(() -> job.run(input, null, null))
          .isInstanceOf(OutputLockedException.class)
          .hasMessageContaining("run_id=run-other");
      assertThat(job.store().read(Tables.RUNS).count()).isZero(); // not its output to record in
    }
    assertThat(job.run(input, null, null).counts().accepted()).isEqualTo(1);
    assertThat(job.store().read(Tables.RUNS).count()).isEqualTo(1);
    assertThat(lockedWhenPublished).containsExactly(true); // once, for the run that published
    assertThat(out.resolve(OutputLock.FILE)).doesNotExist();
  }
}
