package com.newspulse.job;

import static com.newspulse.spark.TestCorpus.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.newspulse.config.NewsPulseConfig;
import com.newspulse.spark.RunTransaction;
import com.newspulse.spark.RunTransaction.PublishStep;
import com.newspulse.spark.SparkTestBase;
import com.newspulse.spark.TableStore;
import com.newspulse.spark.TestCorpus;
import com.newspulse.tables.Tables;
import com.newspulse.testing.Folders;
import com.newspulse.testing.OutputTables;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed at each moment of its publish (journal being written, written, first partition
 * moved, half applied, all applied) leaves an output that the recovery every run begins with turns
 * into exactly the tables of a clean sequence of runs: alone for a run killed after its commit
 * point (rolled forward), through a following run of the same window before it (discarded and
 * recorded as FAILED); and a following run of another window after a kill before and one after the
 * commit point gives the clean sequence's tables too.
 *
 * <p>The kill is taken as a copy of the output folder at that moment (what {@code kill -9} would
 * leave on disk, its writer lock removed as a takeover would), while the original run goes on.
 */
class PublishCrashSparkTest extends SparkTestBase {
  private static final LocalDate A = LocalDate.of(2025, 3, 3);
  private static final LocalDate B = LocalDate.of(2025, 3, 6);
  private static final LocalDate C = LocalDate.of(2025, 3, 9);

  @TempDir Path tmp;

  @Test
  void aRunKilledAtAnyPublishStepIsRepairedByTheNextRun() {
    String input =
        TestCorpus.write(
            tmp.resolve("in"),
            article(
                "a1",
                "2025-03-03T09:00:00Z",
                "Chips",
                "Nvidia faces new export controls in China.",
                "wire"),
            article(
                "a2",
                "2025-03-04T09:00:00Z",
                "Tariffs",
                "Japan said tariffs on cars would rise.",
                "ledger"),
            article("a3", "yesterday", "Undated", "A row without a usable date.", "wire"),
            article(
                "b1",
                "2025-03-06T09:00:00Z",
                "Huawei",
                "Huawei joined the entity list. Nvidia said so.",
                "wire"),
            article("b2", "2025-03-07T09:00:00Z", "Apple", "Apple shares rose in Tokyo.", "ledger"),
            article("b3", "2025-03-07T10:00:00Z", null, null, "ledger"),
            article(
                "c1",
                "2025-03-09T09:00:00Z",
                "Toyota",
                "Toyota sold bonds. Nvidia shares fell.",
                "wire"),
            article(
                "c2",
                "2025-03-10T09:00:00Z",
                "Chips",
                "Huawei and Nvidia compete in China.",
                "ledger"));
    NewsPulseConfig config =
        testConfig("topics.enabled=false", "quality.max-quarantined-share=1.0");

    Path clean = tmp.resolve("clean");
    run(config, input, clean, A);
    Path afterA = copy(clean, tmp.resolve("after-a"));
    // Run B from the state after A, copying the output at every publish step (each copy is what a
    // kill at that step leaves); the run itself goes on and is the clean sequence's B.
    Map<PublishStep, Path> killed = new EnumMap<>(PublishStep.class);
    RunTransaction.observePublish(
        step ->
            killed.computeIfAbsent(
                step, s -> copy(clean, tmp.resolve("killed-" + s.name().toLowerCase()))));
    try {
      run(config, input, clean, B);
    } finally {
      RunTransaction.observePublish(null);
    }
    assertThat(killed.keySet()).containsExactly(PublishStep.values());
    Map<String, List<String>> ab = tables(clean);
    Path abc = copy(clean, tmp.resolve("abc"));
    run(config, input, abc, C);
    Map<String, List<String>> expectedAbc = tables(abc);
    run(config, input, afterA, C);
    Map<String, List<String>> expectedAc = tables(afterA);
    assertThat(expectedAbc).isNotEqualTo(expectedAc).isNotEqualTo(ab);

    for (Map.Entry<PublishStep, Path> k : killed.entrySet()) {
      boolean committed = k.getKey() != PublishStep.JOURNAL_BEING_WRITTEN;
      Path same = copy(k.getValue(), tmp.resolve("same-" + k.getKey()));
      if (committed) {
        // The recovery every run begins with rolls a committed run forward: its tables are then
        // exactly the clean sequence's, nothing is discarded. (A run of window B after that is a
        // re-run on a clean output, PipelineSparkTest's; a run after a kill is taken below.)
        assertThat(new TableStore(spark(), same.toString()).recover())
            .as("killed at %s", k.getKey())
            .isEmpty();
      } else {
        run(config, input, same, B);
      }
      assertThat(tables(same)).as("killed at %s, then recovered", k.getKey()).isEqualTo(ab);
      // The killed run is in runs: SUCCEEDED once its publish is completed, FAILED if discarded.
      List<Row> failed =
          new TableStore(spark(), same.toString())
              .read(Tables.RUNS)
              .filter(functions.col("status").equalTo("FAILED"))
              .collectAsList();
      if (committed) {
        assertThat(failed).as("killed at %s", k.getKey()).isEmpty();
      } else {
        assertThat(failed).hasSize(1);
        Row f = failed.get(0);
        assertThat((String) f.getAs("command")).isEqualTo("run");
        assertThat((String) f.getAs("failed_stage")).isEqualTo("publish");
        assertThat(f.<Object>getAs("window_from")).isEqualTo(B);
        assertThat((String) f.getAs("message"))
            .startsWith("killed or lost before it committed")
            .contains("nothing of it was published");
      }
      if (k.getKey() == PublishStep.JOURNAL_BEING_WRITTEN
          || k.getKey() == PublishStep.HALF_APPLIED) {
        // A run of another window after a kill before and after the commit point: its own
        // recovery, then its window (each run costs seconds).
        Path other = copy(k.getValue(), tmp.resolve("other-" + k.getKey()));
        run(config, input, other, C);
        assertThat(tables(other))
            .as("killed at %s, then window C", k.getKey())
            .isEqualTo(committed ? expectedAbc : expectedAc);
      }
    }
  }

  private static void run(NewsPulseConfig config, String input, Path out, LocalDate from) {
    new NewsPulseJob(config, spark(), out.toString()).run(input, from, from.plusDays(2));
  }

  /**
   * Every table's rows as sorted strings, without the columns that name a run; {@code runs} as its
   * distinct outcomes (a re-run of a window adds a row for the same outcome).
   */
  private static Map<String, List<String>> tables(Path out) {
    return OutputTables.withoutRunIds(
        out,
        "SELECT DISTINCT command, window_from, window_to, rows_read, rows_accepted,"
            + " rows_quarantined, rows_duplicates FROM t WHERE status = 'SUCCEEDED'");
  }

  private static Path copy(Path from, Path to) {
    // A dead writer's lock is left out: taken over after its timeout (OutputLockTest).
    return Folders.copy(from, to, f -> f.getFileName().toString().equals("_LOCK"));
  }
}
