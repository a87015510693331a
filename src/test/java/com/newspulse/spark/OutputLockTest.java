package com.newspulse.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One writer per output: a second is refused at once, naming the holder; a dead holder's lock is
 * taken over.
 */
class OutputLockTest {
  @TempDir Path tmp;

  private FileSystem fs() throws Exception {
    return FileSystem.getLocal(new Configuration());
  }

  private org.apache.hadoop.fs.Path root() {
    return new org.apache.hadoop.fs.Path(tmp.resolve("out").toUri());
  }

  @Test
  void aSecondWriterIsRefusedNamingTheHolderUntilTheFirstReleases() throws Exception {
    try (OutputLock first = OutputLock.acquire(fs(), root(), "run-A")) {
      assertThat(Files.readString(tmp.resolve("out/" + OutputLock.FILE)))
          .startsWith("run_id=run-A\nhost=")
          .contains("\npid=" + ProcessHandle.current().pid() + "\n");
      long t0 = System.nanoTime();
      assertThatThrownBy(() -> OutputLock.acquire(fs(), root(), "run-B"))
          .isInstanceOf(OutputLockedException.class)
          .hasMessageContaining("is being written by another command (run_id=run-A host=")
          .satisfies(e -> assertThat(((OutputLockedException) e).exitCode()).isEqualTo(5));
      assertThat(System.nanoTime() - t0)
          .isLessThan(5_000_000_000L); // refused at once, not after a wait
    }
    assertThat(Files.exists(tmp.resolve("out/" + OutputLock.FILE))).isFalse();
    try (OutputLock second = OutputLock.acquire(fs(), root(), "run-B")) {
      assertThat(Files.readString(tmp.resolve("out/" + OutputLock.FILE)))
          .startsWith("run_id=run-B\n");
    }
  }

  @Test
  void aLockWithoutHeartbeatIsTakenOverAndItsOldHolderDoesNotReleaseTheNewOne() throws Exception {
    OutputLock dead = OutputLock.acquire(fs(), root(), "run-dead");
    Path file = tmp.resolve("out/" + OutputLock.FILE);
    // The holder was killed: no heartbeat since long before the stale limit.
    Files.setLastModifiedTime(
        file,
        java.nio.file.attribute.FileTime.fromMillis(
            System.currentTimeMillis() - (OutputLock.STALE_SECONDS + 60) * 1000L));
    try (OutputLock taker = OutputLock.acquire(fs(), root(), "run-new")) {
      assertThat(Files.readString(file)).startsWith("run_id=run-new\n");
      dead.close(); // a late close of the old holder leaves the new lock in place
      assertThat(Files.readString(file)).startsWith("run_id=run-new\n");
    }
    assertThat(Files.exists(file)).isFalse();
  }
}
