package com.newspulse.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one-writer-per-output lock: {@code <output>/_LOCK}, created atomically (a local file with
 * create-new, an HDFS file with {@code create(overwrite=false)}, which the NameNode decides alone),
 * holding the run id, host, pid and start time. While the run lives a heartbeat touches its
 * modification time every {@value #HEARTBEAT_SECONDS} s; a lock whose heartbeat is older than
 * {@value #STALE_SECONDS} s belongs to a dead writer and is taken over with a warning. Every
 * command that writes the output's tables holds it for its whole transaction (recovering a killed
 * run included); readers never need it.
 *
 * <p>Object stores (S3A, GCS, ABFS without hierarchical namespace) have no atomic create-if-absent
 * through the Hadoop API here, so two writers starting within the same moment may both get the
 * lock: there, one scheduler must start the writers (Airflow's {@code max_active_runs=1}), and
 * Iceberg mode's commits stay atomic per table whatever happens (docs/architecture.md).
 */
public final class OutputLock implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(OutputLock.class);
  public static final String FILE = "_LOCK";
  public static final int HEARTBEAT_SECONDS = 10;
  public static final int STALE_SECONDS = 120;

  private final FileSystem fs;
  private final Path path;
  private final String content;
  private final ScheduledExecutorService heartbeat;

  private OutputLock(FileSystem fs, Path path, String content) {
    this.fs = fs;
    this.path = path;
    this.content = content;
    this.heartbeat =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "newspulse-lock-heartbeat");
              t.setDaemon(true);
              return t;
            });
    heartbeat.scheduleAtFixedRate(
        this::touch, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
  }

  /**
   * Takes the lock of the output at {@code root}, or throws {@link OutputLockedException} naming
   * the holder.
   */
  public static OutputLock acquire(FileSystem fs, Path root, String runId) {
    Path path = new Path(root, FILE);
    String content =
        "run_id="
            + runId
            + "\nhost="
            + host()
            + "\npid="
            + ProcessHandle.current().pid()
            + "\nstarted="
            + Instant.now()
            + "\n";
    try {
      fs.mkdirs(root);
      for (int attempt = 0; attempt < 3; attempt++) {
        if (create(fs, path, content)) {
          return new OutputLock(fs, path, content);
        }
        long age;
        String holder;
        try {
          age = System.currentTimeMillis() - fs.getFileStatus(path).getModificationTime();
          holder = read(fs, path);
        } catch (java.io.FileNotFoundException gone) {
          continue; // released in between: try again
        }
        if (age <= STALE_SECONDS * 1000L) {
          throw new OutputLockedException(
              "output "
                  + root
                  + " is being written by another command ("
                  + holder.strip().replace('\n', ' ')
                  + "; heartbeat "
                  + age / 1000
                  + " s ago). One writer at a time:"
                  + " wait for it to finish. A lock without a heartbeat for "
                  + STALE_SECONDS
                  + " s is taken over.");
        }
        LOG.warn(
            "taking over the output lock of a writer without a heartbeat for {} s: {}",
            age / 1000,
            holder.strip().replace('\n', ' '));
        fs.delete(path, false);
      }
      throw new OutputLockedException(
          "output " + root + ": could not take the lock " + path + " (contended)");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot take the output lock " + path, e);
    }
  }

  private static boolean create(FileSystem fs, Path path, String content) throws IOException {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    if (fs instanceof LocalFileSystem local) {
      try {
        Files.write(
            local.pathToFile(path).toPath(),
            bytes,
            java.nio.file.StandardOpenOption.CREATE_NEW,
            java.nio.file.StandardOpenOption.WRITE);
        return true;
      } catch (FileAlreadyExistsException e) {
        return false;
      }
    }
    try (var out = fs.create(path, false)) {
      out.write(bytes);
      return true;
    } catch (org.apache.hadoop.fs.FileAlreadyExistsException e) {
      return false;
    }
  }

  private static String read(FileSystem fs, Path path) throws IOException {
    try (var in = fs.open(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return ManagementFactory.getRuntimeMXBean().getName();
    }
  }

  private void touch() {
    try {
      fs.setTimes(path, System.currentTimeMillis(), -1);
    } catch (IOException | RuntimeException e) {
      LOG.warn("output lock heartbeat failed: {}", e.toString());
    }
  }

  /**
   * Releases the lock if it is still this writer's (a takeover after a long pause leaves it alone).
   */
  @Override
  public void close() {
    heartbeat.shutdownNow();
    try {
      if (fs.exists(path) && read(fs, path).equals(content)) {
        fs.delete(path, false);
      }
    } catch (IOException e) {
      LOG.warn("cannot release the output lock {}: {}", path, e.toString());
    }
  }
}
