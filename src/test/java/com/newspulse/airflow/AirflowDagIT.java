package com.newspulse.airflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Airflow DAG (jobs/airflow/newspulse_daily.py) without Airflow, which cannot be installed
 * here: jobs/airflow/render_command.py imports it against stand-in Airflow modules, checks its
 * settings and renders its SparkSubmitOperator for one data interval as a jobs/newspulse-submit
 * command line, which this test runs exactly as rendered; then the DAG's quality-gate callable is
 * run on the result.
 *
 * <p>It is also the suite's check of the cluster job jar under Spark's own SparkSubmit entry point
 * (jobs/newspulse-submit without SPARK_HOME, as spark-submit runs it): generate and run through it,
 * the row accounting it prints, the tables it writes and an exit code that comes through. The local
 * launcher (jobs/newspulse) is started by {@code DemoIT}. (LaunchersIT ran the same jar the same
 * way on its own input; merged here to save two job JVMs of the suite, issue 18.)
 */
@TestMethodOrder(OrderAnnotation.class)
class AirflowDagIT {
  private static final String DAG = "jobs/airflow/newspulse_daily.py";
  private static final String RENDER = "jobs/airflow/render_command.py";
  private static final List<String> INTERVAL =
      List.of(
          "--interval-start",
          "2025-03-04T00:00:00+00:00",
          "--interval-end",
          "2025-03-05T00:00:00+00:00");

  @TempDir static Path tmp;

  /** Set once the rendered job has run: the gate tests read its output. */
  private static Path output;

  private record Result(int code, String output) {}

  private static Result exec(List<String> command) throws IOException, InterruptedException {
    Path log = Files.createTempFile(tmp, "process", ".log");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(new File("."))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    pb.environment().remove("SPARK_HOME");
    pb.environment().put("NEWSPULSE_DRIVER_MEMORY", "2g");
    pb.environment().put("NEWSPULSE_JVM", "short"); // short runs: jobs/spark-java-opens
    pb.environment()
        .put("PYTHONPYCACHEPREFIX", tmp.resolve("pycache").toString()); // no __pycache__ in jobs/
    Process p = pb.start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError(
          "timed out after 10 minutes: " + command + "\n" + Files.readString(log));
    }
    return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  private static List<String> python(String script, String... args) {
    List<String> cmd = new ArrayList<>(List.of("python3", script));
    Collections.addAll(cmd, args);
    return cmd;
  }

  /** A command of the job jar through jobs/newspulse-submit, as the DAG's operator starts it. */
  private static List<String> submit(String... args) {
    List<String> cmd =
        new ArrayList<>(List.of("jobs/newspulse-submit", "--master", "local[2]", "--"));
    Collections.addAll(cmd, args);
    return cmd;
  }

  private static List<String> render(String... args) {
    List<String> cmd = python(RENDER);
    cmd.addAll(INTERVAL);
    Collections.addAll(cmd, args);
    return cmd;
  }

  @Test
  @Order(1)
  void dagFileCompilesAndItsSettingsAreChecked() throws Exception {
    Result compile = exec(List.of("python3", "-m", "py_compile", DAG));
    assertThat(compile.code()).as(compile.output()).isZero();

    Result selfTest = exec(python(RENDER, "--self-test"));
    assertThat(selfTest.code()).as(selfTest.output()).isZero();
    assertThat(selfTest.output()).contains("gate self-test OK");

    // The checks catch a DAG that breaks the requirements (one job per output, retries, catchup).
    String broken =
        Files.readString(Path.of(DAG))
            .replace("catchup=True", "catchup=False")
            .replace("max_active_runs=1", "max_active_runs=4")
            .replace("\"retries\": 2", "\"retries\": 0");
    Path brokenDag = tmp.resolve("broken_dag.py");
    Files.writeString(brokenDag, broken);
    Result rejected = exec(python(RENDER, "--dag", brokenDag.toString(), "--self-test"));
    assertThat(rejected.code()).as(rejected.output()).isEqualTo(2);
    assertThat(rejected.output())
        .contains("catchup is False", "max_active_runs is 4", "retries is 0, expected 2");
  }

  @Test
  @Order(2)
  void renderedCommandRunsExactlyTheIntervalsWindow() throws Exception {
    Path input = tmp.resolve("in");
    Path out = tmp.resolve("out");
    Result gen =
        exec(
            submit(
                "generate",
                "--articles",
                "300",
                "--from",
                "2025-03-01",
                "--to",
                "2025-03-10",
                "--out",
                input.toString()));
    assertThat(gen.code()).as(gen.output()).isZero();

    Path commandFile = tmp.resolve("command.txt");
    Result rendered =
        exec(
            render(
                "--input",
                input.toString(),
                "--output",
                out.toString(),
                "--out",
                commandFile.toString()));
    assertThat(rendered.code()).as(rendered.output()).isZero();
    List<String> command = Files.readAllLines(commandFile, StandardCharsets.UTF_8);
    assertThat(command).startsWith("jobs/newspulse-submit", "--master", "local[2]");
    List<String> args = command.subList(command.indexOf("--") + 1, command.size());
    assertThat(args)
        .startsWith("run")
        .containsSequence("--input", input.toString())
        .containsSequence("--output", out.toString())
        .containsSequence("--from", "2025-03-04", "--to", "2025-03-04");
    assertThat(command)
        .anyMatch(a -> a.startsWith("spark.driver.extraJavaOptions=") && a.contains("--add-opens="))
        .anyMatch(
            a -> a.startsWith("spark.executor.extraJavaOptions=") && a.contains("--add-opens="));

    // Without jinja2 the built-in renderer gives the same command.
    Path builtinFile = tmp.resolve("command-builtin.txt");
    Result builtin =
        exec(
            render(
                "--input",
                input.toString(),
                "--output",
                out.toString(),
                "--renderer",
                "builtin",
                "--out",
                builtinFile.toString()));
    assertThat(builtin.code()).as(builtin.output()).isZero();
    assertThat(Files.readAllLines(builtinFile, StandardCharsets.UTF_8)).isEqualTo(command);

    Result run = exec(command);
    assertThat(run.code()).as(run.output()).isZero();
    assertThat(run.output()).contains("window 2025-03-04..2025-03-04");
    // The row accounting it prints adds up. (The input is clean: the DAG's gate below passes it;
    // DemoIT's run counts generated bad rows.)
    Matcher m =
        Pattern.compile(
                "rows read ([\\d,]+) = accepted ([\\d,]+) \\+ quarantined ([\\d,]+)"
                    + " \\+ duplicates ([\\d,]+)")
            .matcher(run.output());
    assertThat(m.find()).as(run.output()).isTrue();
    long[] n = new long[4];
    for (int i = 0; i < 4; i++) {
      n[i] = Long.parseLong(m.group(i + 1).replace(",", ""));
    }
    assertThat(n[0]).isPositive().isEqualTo(n[1] + n[2] + n[3]);
    try (var s = Files.list(out)) {
      assertThat(s.map(x -> x.getFileName().toString()).sorted().toList())
          .contains("articles", "trends", "runs", "quarantine", "entity_mentions", "cooccurrence");
    }
    output = out;
  }

  /** The job's own exit codes come through SparkSubmit: 3 for input it cannot read. */
  @Test
  @Order(5)
  void aMissingInputExitsWithThreeUnderSparkSubmit() throws Exception {
    Result bad =
        exec(
            submit(
                "run",
                "--input",
                tmp.resolve("missing").toString(),
                "--output",
                tmp.resolve("o2").toString()));
    assertThat(bad.code()).as(bad.output()).isEqualTo(3);
    assertThat(bad.output()).contains("cannot read input");
  }

  @Test
  @Order(3)
  void qualityGateJudgesTheRunsRowsTheJobWrote() throws Exception {
    assumeTrue(output != null, "the rendered job did not run");
    // The runs table as JSON lines, read with Spark: the gate's decision on the real rows, without
    // pyarrow.
    Path runsJson = tmp.resolve("runs.jsonl");
    SparkSession spark =
        SparkSession.builder()
            .master("local[1]")
            .appName("AirflowDagIT")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.session.timeZone", "UTC")
            .getOrCreate();
    try {
      Files.write(
          runsJson,
          spark.read().parquet(output.resolve("runs").toString()).toJSON().collectAsList(),
          StandardCharsets.UTF_8);
    } finally {
      spark.stop();
    }
    Result pass =
        exec(render("--gate", "--output", output.toString(), "--runs-json", runsJson.toString()));
    assertThat(pass.code()).as(pass.output()).isZero();
    assertThat(pass.output()).contains("quality gate passed", "window 2025-03-04..2025-03-04");

    Result noRun =
        exec(
            python(
                RENDER,
                "--interval-start",
                "2025-03-05T00:00:00+00:00",
                "--interval-end",
                "2025-03-06T00:00:00+00:00",
                "--gate",
                "--output",
                output.toString(),
                "--runs-json",
                runsJson.toString()));
    assertThat(noRun.code()).as(noRun.output()).isEqualTo(1);
    assertThat(noRun.output())
        .contains("no NewsPulse run recorded for window 2025-03-05..2025-03-05");
  }

  @Test
  @Order(4)
  void qualityGateReadsTheRunsTableWithPyarrow() throws Exception {
    assumeTrue(output != null, "the rendered job did not run");
    assumeTrue(
        exec(List.of("python3", "-c", "import pyarrow")).code() == 0,
        "pyarrow is not installed: the gate's Parquet reading is not exercised on this machine");
    Result pass = exec(render("--gate", "--output", output.toString()));
    assertThat(pass.code()).as(pass.output()).isZero();
    assertThat(pass.output()).contains("quality gate passed", "window 2025-03-04..2025-03-04");
  }
}
