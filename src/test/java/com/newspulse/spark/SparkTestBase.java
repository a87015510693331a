package com.newspulse.spark;

import com.newspulse.config.ConfigLoader;
import com.newspulse.config.NewsPulseConfig;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;

/**
 * Base of the Spark tests: one JVM-wide local[2] session (created lazily, never stopped per class:
 * starting Spark costs seconds), with the same settings the job uses.
 */
@Tag("spark")
public abstract class SparkTestBase {
  private static final class Holder {
    static final SparkSession SPARK = session();
    // The session's SQL settings as created: every test starts from them.
    static final Map<String, String> PRISTINE = sqlConf(SPARK);

    /**
     * The job's session, without adaptive query execution: on runs of a few articles AQE's
     * re-planning (and the plan description it posts at every stage) was a sixth of the driver's
     * CPU, and the suite is about a hundred such runs. Results do not depend on it; the tests that
     * start the job in its own JVM (DemoIT, ClusterIT, AirflowDagIT) run it as shipped, with AQE
     * on.
     */
    private static SparkSession session() {
      SparkSession spark =
          SparkSetup.session(
              ConfigLoader.load(
                  null, List.of("spark.master=\"local[2]\"", "spark.shuffle-partitions=2")));
      spark.conf().set("spark.sql.adaptive.enabled", "false");
      return spark;
    }
  }

  private static volatile boolean started;

  /**
   * One pipeline run on {@link TestCorpus#knownArticles()} with {@link #testConfig}, made once per
   * JVM: the golden output that tests of its tables read (and copy before changing).
   */
  private static final class Known {
    static final Path DIR = run();

    private static Path run() {
      try {
        Path dir = java.nio.file.Files.createTempDirectory("newspulse-known-");
        Runtime.getRuntime()
            .addShutdownHook(new Thread(() -> com.newspulse.testing.Folders.delete(dir)));
        String in = TestCorpus.write(dir.resolve("in"), TestCorpus.knownArticles());
        new com.newspulse.job.NewsPulseJob(testConfig(), spark(), dir.resolve("out").toString())
            .run(in, null, null);
        return dir;
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /** The input folder of the known articles' shared run. */
  protected static String knownInput() {
    return Known.DIR.resolve("in").toString();
  }

  /** The shared output of the known articles' run, published once: read it, never change it. */
  protected static Path knownOutput() {
    return Known.DIR.resolve("out");
  }

  /** A private copy of {@link #knownOutput()} at {@code to}, for a test that changes it. */
  protected static Path knownOutputCopy(Path to) {
    return com.newspulse.testing.Folders.copy(knownOutput(), to);
  }

  protected static SparkSession spark() {
    started = true;
    return Holder.SPARK;
  }

  /**
   * Restores the shared session's SQL settings after each test (as Iceberg's {@code
   * TestBase.withSQLConf} does): a command run in-process calls {@code getOrCreate} with its own
   * settings, which Spark applies to the running session, and a later test must not inherit them.
   */
  @AfterEach
  void restoreSqlConf() {
    if (!started) {
      return;
    }
    SparkSession spark = Holder.SPARK;
    Map<String, String> now = sqlConf(spark);
    for (String key : now.keySet()) {
      if (!Holder.PRISTINE.containsKey(key) && spark.conf().isModifiable(key)) {
        spark.conf().unset(key);
      }
    }
    Holder.PRISTINE.forEach(
        (key, value) -> {
          if (!value.equals(now.get(key)) && spark.conf().isModifiable(key)) {
            spark.conf().set(key, value);
          }
        });
  }

  private static Map<String, String> sqlConf(SparkSession spark) {
    return Map.copyOf(scala.collection.JavaConverters.mapAsJavaMap(spark.conf().getAll()));
  }

  /** Config with the small fixture knowledge base and taxonomy, plus overrides. */
  protected static NewsPulseConfig testConfig(String... overrides) {
    List<String> o =
        new ArrayList<>(
            List.of(
                "kb.path=\"" + resource("fixtures/kb") + "\"",
                "themes.path=\"" + resource("fixtures/themes.conf") + "\"",
                "spark.master=\"local[2]\"",
                "spark.shuffle-partitions=2"));
    o.addAll(Arrays.asList(overrides));
    return ConfigLoader.load(null, o);
  }

  protected static Path resource(String name) {
    try {
      return Paths.get(SparkTestBase.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  protected static Row row(Object... values) {
    return RowFactory.create(values);
  }

  /** What a command line did: its exit code and what it printed. */
  protected record Outcome(int code, String out, String err) {}

  /** Runs a command line as the launcher does, capturing stdout and stderr. */
  protected static Outcome cli(String... args) {
    java.io.PrintStream oldOut = System.out;
    java.io.PrintStream oldErr = System.err;
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    try {
      System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
      System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
      int code = com.newspulse.cli.NewsPulseMain.execute(args);
      return new Outcome(
          code,
          out.toString(java.nio.charset.StandardCharsets.UTF_8),
          err.toString(java.nio.charset.StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  /** The selected columns of every row as "a|b|c" lines, in the table's order. */
  protected static List<String> lines(Dataset<Row> t, String... cols) {
    return t
        .select(cols[0], java.util.Arrays.copyOfRange(cols, 1, cols.length))
        .collectAsList()
        .stream()
        .map(
            r -> {
              StringBuilder b = new StringBuilder();
              for (int i = 0; i < r.length(); i++) {
                b.append(i == 0 ? "" : "|").append(r.get(i));
              }
              return b.toString();
            })
        .toList();
  }

  protected static Dataset<Row> rows(StructType schema, Row... rows) {
    return spark().createDataFrame(Arrays.asList(rows), schema);
  }
}
