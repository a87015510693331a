package com.newspulse.trends;

import static org.assertj.core.api.Assertions.assertThat;

import com.newspulse.core.trendstats.PeriodCalendar;
import com.newspulse.spark.SparkTestBase;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * Which term day rows trending terms gathers: on a daily run over a history, only those of terms
 * that reach the support in a published period; on a run whose window starts the data, all.
 */
class TrendingTermsCandidatesSparkTest extends SparkTestBase {
  private static final StructType TERM_DAYS =
      new StructType()
          .add("key", DataTypes.StringType)
          .add("period_start", DataTypes.DateType)
          .add("source", DataTypes.StringType)
          .add("articles", DataTypes.LongType);

  private static final LocalDate DAY = LocalDate.of(2025, 3, 20);
  // A day run of 20 March with a 28-day baseline: it reads from 20 February, publishes 20 March on.
  private static final List<TrendsStage.PeriodRange> RANGES =
      List.of(
          new TrendsStage.PeriodRange(
              PeriodCalendar.DAY, DAY.minusDays(28), DAY, DAY.plusDays(28)));

  private static Dataset<Row> termDays() {
    return spark()
        .createDataFrame(
            List.of(
                // Frequent in the baseline only: 9 articles before, 2 on the published day.
                row("harvest", DAY.minusDays(10), "a", 9L),
                row("harvest", DAY, "a", 2L),
                // 3 + 2 articles on published days, from two sources: reaches 5.
                row("modem", DAY, "a", 3L),
                row("modem", DAY.plusDays(1), "b", 2L),
                row("modem", DAY.minusDays(3), "b", 1L),
                // Never near the support.
                row("ferry", DAY, "c", 1L)),
            TERM_DAYS);
  }

  private static List<String> kept(Set<LocalDate> daysWithArticles) {
    return TrendingTermsStage.publishable(termDays(), RANGES, daysWithArticles, 5)
        .orderBy("key", "period_start")
        .collectAsList()
        .stream()
        .map(r -> r.getString(0) + "@" + r.getAs("period_start"))
        .toList();
  }

  @Test
  void aDailyRunGathersOnlyTermsThatCanReachTheSupportInAPublishedPeriod() {
    // The history has articles on baseline days: the candidates keep all their rows, baseline too.
    assertThat(kept(Set.of(DAY.minusDays(10), DAY.minusDays(3), DAY, DAY.plusDays(1))))
        .containsExactly("modem@" + DAY.minusDays(3), "modem@" + DAY, "modem@" + DAY.plusDays(1));
  }

  @Test
  void aRunWhoseWindowStartsTheDataGathersEveryTerm() {
    assertThat(kept(Set.of(DAY, DAY.plusDays(1)))).hasSize(6);
  }
}
