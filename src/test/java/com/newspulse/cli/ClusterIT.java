package com.newspulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jobs/cluster-check end to end: a Spark standalone master and two workers in separate JVMs on
 * loopback, the job jar submitted to them and a worker SIGKILLed during enrich: the job still
 * finishes, with every table identical to a local run's. One scenario ({@code --kill-only}): the
 * script's clean submit checks nothing this one does not.
 *
 * <p>Part of every {@code mvn verify} (so CI keeps the cluster path working) on a small corpus, 200
 * articles over 5 days: about 3 minutes on 2 cores, most of it the fixed cost of two job runs and
 * of shipping the job jar (170 MB) to two executors; the script's default (1,000 articles over 30
 * days) took 15-20 minutes and is for manual runs. The size does not weaken the check: every table
 * of both cluster runs must equal the local run's, and the worker is killed once enrich has
 * started. {@code -Dit.excludedGroups=cluster} skips it for a quick local verify.
 */
@Tag("cluster")
class ClusterIT {
  @TempDir Path tmp;

  @Test
  void clusterRunsMatchTheLocalRunAndSurviveALostWorker() throws Exception {
    Path log = tmp.resolve("cluster-check.log");
    ProcessBuilder pb =
        new ProcessBuilder(
                List.of("jobs/cluster-check", "--articles", "200", "--days", "5", "--kill-only"))
            .directory(new File("."))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    pb.environment().remove("SPARK_HOME");
    pb.environment().put("TMPDIR", tmp.toString());
    pb.environment().put("NEWSPULSE_JVM", "short"); // short runs: jobs/spark-java-opens
    Process p = pb.start();
    boolean done = p.waitFor(30, TimeUnit.MINUTES);
    if (!done) {
      // SIGTERM: the script's trap stops the master, the workers and the drivers it started.
      p.destroy();
      p.waitFor(1, TimeUnit.MINUTES);
      p.destroyForcibly();
    }
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(done).as("cluster-check timed out:%n%s", out).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).contains("PASS scenario 2");
  }
}
