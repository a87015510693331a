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
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Near-duplicates across daily runs: one wire story published on 1 April (m1), re-posted on 2 April
 * (a2) and again on 5 April (r5), among unrelated briefs, run one day at a time as a scheduler
 * does. With the default look-back of 2 days a2 joins m1's cluster; r5, 3 days after a2, starts
 * none.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DedupLookbackSparkTest extends SparkTestBase {
  @TempDir static Path tmp;

  private static final String STORY =
      "Nvidia opened a new engineering campus on the edge of the river town on "
          + "Thursday, adding several hundred jobs for graduates in software and hardware design. The company said "
          + "the site would focus on cooling systems for large data centres and on tools that help small firms "
          + "train language models at lower cost. Local officials said the campus would bring new bus routes and "
          + "a training programme with the nearby technical college.";

  private static final String[] BRIEFS = {
    "A bakery chain added rye loaves to its menu after customers asked for darker bread in the winter months.",
    "The city library extended its opening hours on weekends and hired two more staff for the reading room.",
    "Rain delayed the harvest of apples in the northern valleys, and growers moved pickers to other farms.",
    "A museum of old maps reopened after a long renovation of its roof and its wooden staircase.",
    "Ferry timetables changed for the summer, with an extra evening crossing to the island on Fridays.",
  };

  private String input;
  private NewsPulseJob daily;

  @BeforeAll
  void runDayByDay() {
    Row[] rows = new Row[BRIEFS.length + 3];
    for (int i = 0; i < BRIEFS.length; i++) {
      rows[i] =
          article("b" + i, "2025-04-0" + (i + 1) + "T06:00:00Z", "Brief " + i, BRIEFS[i], "daily");
    }
    rows[BRIEFS.length] = article("m1", "2025-04-01T09:00:00Z", "New campus", STORY, "wire");
    // "a2" sorts before "m1": the earlier story's key must win over the smaller id of the re-post.
    rows[BRIEFS.length + 1] =
        article(
            "a2",
            "2025-04-02T08:00:00Z",
            "Nvidia campus",
            "Reporting by the tech desk. " + STORY,
            "ledger");
    rows[BRIEFS.length + 2] =
        article("r5", "2025-04-05T08:00:00Z", "Campus", STORY + " Shares rose.", "herald");
    input = TestCorpus.write(tmp.resolve("in"), rows);
    daily =
        new NewsPulseJob(
            testConfig("topics.enabled=false"), spark(), tmp.resolve("daily").toString());
    for (int d = 1; d <= 5; d++) {
      LocalDate day = LocalDate.of(2025, 4, d);
      daily.run(input, day, day);
    }
  }

  private List<String> clusters(NewsPulseJob job) {
    return lines(
        job.store().read(Tables.ARTICLES).filter("duplicate_cluster is not null"),
        "article_id",
        "duplicate_cluster");
  }

  @Test
  void aNextDayRepostJoinsTheStoryPublishedTheDayBefore() {
    assertThat(clusters(daily)).containsExactly("a2|m1");
    assertThat(daily.store().read(Tables.ARTICLES).count()).isEqualTo(8);
  }

  @Test
  void theWeekCountsTheRepostOnceAndTheLateCopySeparately() {
    // m1 + a2 are one story, r5 (beyond the look-back) another: 3 articles, 2 de-duplicated.
    assertThat(
            lines(
                daily
                    .store()
                    .read(Tables.TRENDS)
                    .filter("dimension = 'entity' and key = 'nvidia' and granularity = 'week'"),
                "period_start",
                "articles",
                "articles_dedup"))
        .containsExactly("2025-03-31|3|2");
    assertThat(
            lines(
                daily
                    .store()
                    .read(Tables.TRENDS)
                    .filter("dimension = 'entity' and key = 'nvidia' and granularity = 'day'"),
                "period_start",
                "articles",
                "articles_dedup"))
        .containsExactlyInAnyOrder("2025-04-01|1|1", "2025-04-02|1|1", "2025-04-05|1|1");
    // Keywords have day counts only: their week is summed from the days, stories merged across
    // them (the repost of the next day counts once), as for the entity's rolled-up week above.
    Dataset<Row> kw = daily.store().read(Tables.ARTICLE_KEYWORDS);
    String shared =
        kw.filter("article_id = 'm1'")
            .select("keyword")
            .intersect(kw.filter("article_id = 'a2'").select("keyword"))
            .intersect(kw.filter("article_id = 'r5'").select("keyword"))
            .orderBy("keyword")
            .first()
            .getString(0);
    assertThat(
            lines(
                daily
                    .store()
                    .read(Tables.TRENDS)
                    .filter(
                        functions
                            .col("dimension")
                            .equalTo("keyword")
                            .and(functions.col("key").equalTo(shared))
                            .and(functions.col("granularity").isin("week", "month"))),
                "granularity",
                "period_start",
                "articles",
                "articles_dedup"))
        .containsExactlyInAnyOrder("week|2025-03-31|3|2", "month|2025-04-01|3|2");
    assertThat(
            daily
                .store()
                .read(Tables.TREND_COUNTS)
                .filter("dimension = 'keyword' and granularity <> 'day'")
                .count())
        .isZero();
  }

  @Test
  void reRunningTheRepostDayGivesTheSameRows() {
    NewsPulseJob again =
        new NewsPulseJob(
            testConfig("topics.enabled=false"), spark(), tmp.resolve("daily").toString());
    again.run(input, LocalDate.of(2025, 4, 2), LocalDate.of(2025, 4, 2));
    assertThat(clusters(again)).containsExactly("a2|m1");
    assertThat(again.store().read(Tables.ARTICLES).count()).isEqualTo(8);
  }

  private List<String> nvidiaCounts(String granularity) {
    return lines(
        daily
            .store()
            .read(Tables.TREND_COUNTS)
            .filter(
                "dimension = 'entity' and key = 'nvidia' and granularity = '" + granularity + "'")
            .selectExpr(
                "period_start",
                "source",
                "articles",
                "unclustered",
                "concat_ws(',', stories) as stories"),
        "period_start",
        "source",
        "articles",
        "unclustered",
        "stories");
  }

  @Test
  void eachDaysCountsKeepTheStoryKeysTheNextDaysRepostJoined() {
    // Day 2's run re-counted day 1 (its look-back): m1 became the first copy of a2's story.
    assertThat(nvidiaCounts("day"))
        .containsExactlyInAnyOrder(
            "2025-04-01|wire|1|0|m1", "2025-04-02|ledger|1|0|m1", "2025-04-05|herald|1|1|");
    // The roll-ups, rewritten by every day's run: the week and the month hold all five days.
    assertThat(nvidiaCounts("week"))
        .containsExactlyInAnyOrder(
            "2025-03-31|wire|1|0|m1", "2025-03-31|ledger|1|0|m1", "2025-03-31|herald|1|1|");
    assertThat(nvidiaCounts("month"))
        .containsExactlyInAnyOrder(
            "2025-04-01|wire|1|0|m1", "2025-04-01|ledger|1|0|m1", "2025-04-01|herald|1|1|");
    assertThat(
            lines(
                daily
                    .store()
                    .read(Tables.TREND_COUNTS)
                    .filter("dimension = 'source' and granularity = 'day'")
                    .groupBy("period_start")
                    .count()
                    .orderBy("period_start"),
                "period_start",
                "count"))
        .containsExactly(
            "2025-04-01|2", "2025-04-02|2", "2025-04-03|1", "2025-04-04|1", "2025-04-05|2");
  }

  @Test
  void aDayOnAnOutputWithoutTrendCountsCountsItsHistoryOnceAndGivesTheSameTables() {
    // An output written before trend_counts existed: its history is counted from the article
    // tables by the first run that needs it, and the trends equal those of the day-by-day runs
    // that kept their counts (a re-run of a day changes nothing: reRunningTheRepostDay...). This
    // run joins its items with the articles by a shuffle (no broadcast asked for, none allowed to
    // Spark; restored after the test), the day-by-day ones by a broadcast.
    Path old = Folders.copy(tmp.resolve("daily"), tmp.resolve("old"));
    Folders.delete(old.resolve(Tables.TREND_COUNTS.name()));
    LocalDate day5 = LocalDate.of(2025, 4, 5);
    NewsPulseJob onKept = daily;
    NewsPulseJob onOld =
        new NewsPulseJob(
            testConfig("topics.enabled=false", "spark.broadcast-articles=0"),
            spark(),
            old.toString());
    spark().conf().set("spark.sql.autoBroadcastJoinThreshold", "-1");
    onOld.run(input, day5, day5);
    assertThat(
            lines(
                onOld
                    .store()
                    .read(Tables.TREND_COUNTS)
                    .select("granularity", "period_start")
                    .distinct(),
                "granularity",
                "period_start"))
        .containsExactlyInAnyOrder(
            "day|2025-04-01",
            "day|2025-04-02",
            "day|2025-04-03",
            "day|2025-04-04",
            "day|2025-04-05",
            "week|2025-03-31",
            "month|2025-04-01");
    for (var t : List.of(Tables.TREND_COUNTS, Tables.TRENDS, Tables.TRENDING_TERMS)) {
      var a = onKept.store().read(t);
      var b = onOld.store().read(t);
      // No term reaches trending-terms.min-articles (5) in eight articles: empty on both sides.
      if (t == Tables.TRENDING_TERMS) {
        assertThat(a.count()).as(t.name()).isZero();
      } else {
        assertThat(a.count()).as(t.name()).isPositive();
      }
      assertThat(a.exceptAll(b).count()).as(t.name()).isZero();
      assertThat(b.exceptAll(a).count()).as(t.name()).isZero();
    }
  }

  @Test
  void withoutLookBackDailyRunsDoNotLinkAcrossDaysButOneWideRunDoes() {
    NewsPulseJob none =
        new NewsPulseJob(
            testConfig("topics.enabled=false", "dedup.lookback-days=0"),
            spark(),
            tmp.resolve("none").toString());
    none.run(input, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 1));
    none.run(input, LocalDate.of(2025, 4, 2), LocalDate.of(2025, 4, 2));
    assertThat(clusters(none)).isEmpty();
    NewsPulseJob wide =
        new NewsPulseJob(
            testConfig("topics.enabled=false"), spark(), tmp.resolve("wide").toString());
    wide.run(input, null, null);
    assertThat(clusters(wide)).containsExactlyInAnyOrder("a2|a2", "m1|a2", "r5|a2");
  }
}
