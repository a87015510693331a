package com.newspulse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster job jar as users start it, in separate processes, through Spark's own SparkSubmit
 * entry point (jobs/newspulse-submit without SPARK_HOME), exactly as spark-submit would run it. The
 * local launcher (jobs/newspulse) is started by {@link DemoIT}.
 */
class LaunchersIT {
  @TempDir Path tmp;

  private record Result(int code, String output) {}

  private static Result exec(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder pb =
        new ProcessBuilder(command).directory(new File(".")).redirectErrorStream(true);
    pb.environment().remove("SPARK_HOME");
    pb.environment().put("NEWSPULSE_DRIVER_MEMORY", "2g");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    return new Result(p.exitValue(), out);
  }

  @Test
  void jobJarRunsUnderSparkSubmitAndReportsExitCodes() throws Exception {
    Path input = tmp.resolve("in");
    List<String> submit =
        new ArrayList<>(List.of("jobs/newspulse-submit", "--master", "local[2]", "--"));
    List<String> gen = new ArrayList<>(submit);
    gen.addAll(
        List.of(
            "generate",
            "--articles",
            "200",
            "--from",
            "2025-01-01",
            "--to",
            "2025-01-07",
            "--out",
            input.toString(),
            "--dirty"));
    Result g = exec(gen);
    assertThat(g.code()).as(g.output()).isZero();

    List<String> run = new ArrayList<>(submit);
    run.addAll(
        List.of("run", "--input", input.toString(), "--output", tmp.resolve("out").toString()));
    Result r = exec(run);
    assertThat(r.code()).as(r.output()).isZero();
    assertThat(r.output()).contains("rows read 200 = accepted ");
    try (var s = Files.list(tmp.resolve("out"))) {
      assertThat(s.map(x -> x.getFileName().toString()).sorted().toList())
          .contains("articles", "trends", "runs", "quarantine", "entity_mentions", "cooccurrence");
    }

    List<String> bad = new ArrayList<>(submit);
    bad.addAll(
        List.of(
            "run",
            "--input",
            tmp.resolve("missing").toString(),
            "--output",
            tmp.resolve("o2").toString()));
    Result b = exec(bad);
    assertThat(b.code()).as(b.output()).isEqualTo(3);
    assertThat(b.output()).contains("cannot read input");
  }
}
