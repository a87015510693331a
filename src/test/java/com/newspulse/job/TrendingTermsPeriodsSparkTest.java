package com.newspulse.job;

import static com.newspulse.spark.TestCorpus.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.newspulse.spark.SparkTestBase;
import com.newspulse.spark.TestCorpus;
import com.newspulse.tables.Tables;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trending terms of weeks and months, which are summed from the terms' day rows of {@code
 * trend_counts} (terms have no roll-ups): four weeks of three briefs a day from three sources
 * (Monday 10 March to Sunday 6 April 2025), and six stories about a new "Quillon Q7 modem" on 2-4
 * April. Run once over the four weeks, and as two runs (to Monday 31 March, then the six days of
 * April), whose second run reads the first run's day rows as its baseline: its week starts on a day
 * of the first run, and its baselines read three weeks with articles before any period it
 * publishes, so only the terms that can reach the support in a published period are gathered
 * ({@link com.newspulse.trends.TrendingTermsStage}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrendingTermsPeriodsSparkTest extends SparkTestBase {
  @TempDir static Path tmp;

  private static final LocalDate FIRST = LocalDate.of(2025, 3, 10);
  private static final LocalDate LAST = LocalDate.of(2025, 4, 6);
  private static final String[] SOURCES = {"wire", "ledger", "daily"};

  private static final String[] OPENINGS = {
    "A bakery chain added rye loaves to its menu after customers asked for darker bread.",
    "The city library extended its opening hours and hired two more staff for the reading room.",
    "Rain delayed the harvest of apples in the northern valleys and growers moved pickers.",
    "A museum of old maps reopened after a long renovation of its roof and staircase.",
    "Ferry timetables changed with an extra evening crossing to the island on Fridays.",
    "A school orchestra travelled to the capital to play in a youth festival of brass music.",
    "The regional airport repainted its runway markings during quiet night hours.",
    "A cycling club mapped new gravel routes through the forest and published them online.",
    "Volunteers cleaned the river banks and counted the herons nesting near the old mill.",
    "A pottery studio opened evening classes for beginners in the converted fire station.",
    "The county fair announced a new competition for the heaviest pumpkin of the season.",
    "Local farmers formed a cooperative to share tractors and storage barns for grain.",
  };

  private static final String[] CLOSINGS = {
    "Tickets are free for residents.",
    "The council approved the plan unanimously.",
    "Organisers expect more visitors next year.",
    "A second phase is planned for the autumn.",
    "Neighbours welcomed the change.",
    "The project was funded by a local charity.",
    "Work is due to finish before the holidays.",
  };

  private static final String[] QUILLON = {
    "Engineers unveiled the Quillon Q7 modem at a developer meeting in a converted warehouse.",
    "Rural broadband providers plan to lend the Quillon Q7 modem to households on long lines.",
    "Reviewers compared the Quillon Q7 modem with older routers on range and power draw.",
    "A library network ordered two hundred units of the Quillon Q7 modem for its branches.",
    "Schools hope the Quillon Q7 modem lowers the cost of connecting remote classrooms.",
    "Installers asked how much heat the Quillon Q7 modem gives off inside a wall cabinet.",
  };

  // On all sources' articles: four weeks of history are too short for stable sources (a week
  // baseline needs half of its 8 weeks), and the counts are what this test is about.
  private static final String[] SETTINGS = {"topics.enabled=false", "trends.burst-measure=share"};

  private NewsPulseJob whole;
  private NewsPulseJob split;

  @BeforeAll
  void runTwice() {
    List<Row> rows = new ArrayList<>();
    int n = 0;
    for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
      for (String source : SOURCES) {
        // Every brief is a different pair of sentences: none is a duplicate of another.
        rows.add(
            article(
                "b" + n,
                d + "T07:00:00Z",
                "Brief " + n,
                OPENINGS[n % OPENINGS.length] + " " + CLOSINGS[(n / OPENINGS.length) % 7],
                source));
        n++;
      }
    }
    for (int i = 0; i < QUILLON.length; i++) {
      rows.add(
          article(
              "q" + i,
              LocalDate.of(2025, 4, 2 + i / 2) + "T10:00:00Z",
              "Modem " + i,
              QUILLON[i],
              SOURCES[i % 3]));
    }
    String input = TestCorpus.write(tmp.resolve("in"), rows.toArray(Row[]::new));
    whole = new NewsPulseJob(testConfig(SETTINGS), spark(), tmp.resolve("whole").toString());
    whole.run(input, FIRST, LAST);
    split = new NewsPulseJob(testConfig(SETTINGS), spark(), tmp.resolve("split").toString());
    split.run(input, FIRST, LocalDate.of(2025, 3, 31));
    split.run(input, LocalDate.of(2025, 4, 1), LAST);
  }

  @Test
  void theModemTrendsInItsWeekAndMonthAgainstTheEarlierPeriods() {
    // Week of 31 March: 6 of the week's 27 articles (21 briefs + 6 stories), none in the 63 of the
    // three weeks before. April: 6 of 24 (18 briefs + 6), none in March's 66 (22 days of briefs).
    // Its days hold 2 stories each, below trending-terms.min-articles (5).
    assertThat(
            lines(
                whole
                    .store()
                    .read(Tables.TRENDING_TERMS)
                    .filter("term = 'quillon q7 modem'")
                    .orderBy("granularity", "period_start"),
                "granularity",
                "period_start",
                "articles",
                "sources",
                "period_articles",
                "background_articles",
                "background_total"))
        .containsExactly("month|2025-04-01|6|3|24|0|66", "week|2025-03-31|6|3|27|0|63");
  }

  @Test
  void termsHaveDayRowsOnlyAndTwoRunsGiveTheTablesOfOne() {
    assertThat(
            whole
                .store()
                .read(Tables.TREND_COUNTS)
                .filter("dimension = 'term' and granularity <> 'day'")
                .count())
        .isZero();
    for (var t : List.of(Tables.TRENDING_TERMS, Tables.TRENDS, Tables.TREND_COUNTS)) {
      var a = whole.store().read(t).drop("run_id");
      var b = split.store().read(t).drop("run_id");
      assertThat(a.count()).as(t.name()).isPositive();
      assertThat(a.exceptAll(b).count()).as(t.name()).isZero();
      assertThat(b.exceptAll(a).count()).as(t.name()).isZero();
    }
  }
}
