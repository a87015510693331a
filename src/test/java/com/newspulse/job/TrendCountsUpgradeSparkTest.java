package com.newspulse.job;

import static com.newspulse.spark.TestCorpus.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.newspulse.spark.SparkTestBase;
import com.newspulse.spark.TestCorpus;
import com.newspulse.tables.Tables;
import com.newspulse.testing.Folders;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A day run on an output written before {@code trend_counts} existed counts the days its ranges
 * read, from 1 March (the month baseline's start); the week of 24 February straddles that day, and
 * its days before it have articles and no counts: it gets no roll-up rather than one of its last
 * two days. Everything it writes equals the same rows of an output counted from the start.
 */
class TrendCountsUpgradeSparkTest extends SparkTestBase {
  @TempDir Path tmp;

  // Weeks and months with a one-period baseline: the 5 April run reads from 1 March (a Saturday).
  private static final String[] SETTINGS = {
    "topics.enabled=false",
    "trends.granularities=[week, month]",
    "trends.baseline-periods.week=1",
    "trends.baseline-periods.month=1",
    "trends.min-baseline-periods.week=1",
    "trends.min-baseline-periods.month=1",
    "trends.burst-measure=share"
  };

  @Test
  void aPeriodWithUncountedDaysGetsNoPartialRollUp() {
    String input =
        TestCorpus.write(
            tmp.resolve("in"),
            article("f", "2025-02-26T08:00:00Z", "Ferry", "Nvidia ferry timetables changed.", "a"),
            article("m", "2025-03-02T08:00:00Z", "Museum", "Nvidia reopened a museum.", "b"),
            article("p", "2025-04-05T08:00:00Z", "Pottery", "Nvidia opened a pottery class.", "a"));
    LocalDate first = LocalDate.of(2025, 2, 26);
    LocalDate day = LocalDate.of(2025, 4, 5);
    NewsPulseJob kept =
        new NewsPulseJob(testConfig(SETTINGS), spark(), tmp.resolve("kept").toString());
    kept.run(input, first, day);
    Path old = Folders.copy(tmp.resolve("kept"), tmp.resolve("old"));
    Folders.delete(old.resolve(Tables.TREND_COUNTS.name()));
    NewsPulseJob onOld = new NewsPulseJob(testConfig(SETTINGS), spark(), old.toString());
    onOld.run(input, day, day);

    // Folders, not rows: the week of 24 February has none.
    assertThat(onOld.store().partitions(Tables.TREND_COUNTS))
        .filteredOn(p -> !p.contains("__HIVE_DEFAULT_PARTITION__"))
        .containsExactlyInAnyOrder(
            "granularity=day/period_start=2025-03-02",
            "granularity=day/period_start=2025-04-05",
            "granularity=week/period_start=2025-03-31",
            "granularity=month/period_start=2025-03-01",
            "granularity=month/period_start=2025-04-01");
    // The output counted from the start has the week, with both of its articles.
    assertThat(
            lines(
                kept.store()
                    .read(Tables.TREND_COUNTS)
                    .filter("granularity = 'week' and dimension = 'entity' and key = 'nvidia'")
                    .groupBy("period_start")
                    .sum("articles")
                    .orderBy("period_start"),
                "period_start",
                "sum(articles)"))
        .containsExactly("2025-02-24|2", "2025-03-31|1");
    var a = onOld.store().read(Tables.TREND_COUNTS);
    var b = kept.store().read(Tables.TREND_COUNTS);
    assertThat(a.exceptAll(b).count()).isZero();
    for (var t : List.of(Tables.TRENDS, Tables.TRENDING_TERMS)) {
      var x = onOld.store().read(t).drop("run_id");
      var y = kept.store().read(t).drop("run_id");
      assertThat(x.exceptAll(y).count()).as(t.name()).isZero();
      assertThat(y.exceptAll(x).count()).as(t.name()).isZero();
    }
  }
}
