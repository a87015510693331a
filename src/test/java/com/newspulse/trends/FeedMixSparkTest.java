package com.newspulse.trends;

import static com.newspulse.spark.TestCorpus.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.newspulse.job.NewsPulseJob;
import com.newspulse.spark.SparkTestBase;
import com.newspulse.spark.TestCorpus;
import com.newspulse.tables.Tables;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feed that joins the corpus and always names its home country is no burst on the default
 * (stable-share) measure, while the same data on the all-articles share is; a real rise among the
 * established feeds is a burst on both; the week the mix changed is flagged.
 */
class FeedMixSparkTest extends SparkTestBase {
  @TempDir Path tmp;

  private static final LocalDate FIRST_MONDAY = LocalDate.of(2025, 1, 6);
  private static final int WEEKS = 8;

  @Test
  void aJoiningFeedIsNoBurstWithinStableSourcesAndTheMixChangeIsFlagged() {
    List<Row> rows = new ArrayList<>();
    for (int w = 0; w < WEEKS; w++) {
      for (int i = 0; i < 10; i++) {
        String at = FIRST_MONDAY.plusWeeks(w).plusDays(i % 5) + "T0" + (i % 10) + ":00:00Z";
        // The established wire: one article a week names Japan; in week 7, 8 of 10 name China.
        String wire =
            i == 0
                ? "Officials in Japan met on item " + w + i + "."
                : w == 7 && i <= 8
                    ? "Officials in China met on item " + w + i + "."
                    : "The council met on item " + w + i + ".";
        rows.add(article("a" + w + "-" + i, at, "Wire note " + w + i, wire, "Wire"));
        if (w >= 4) { // A Japanese paper joins in week 4 and names Japan in every article.
          rows.add(
              article(
                  "b" + w + "-" + i,
                  at,
                  "Paper note " + w + i,
                  "Our Japan desk filed item " + w + i + ".",
                  "Paper"));
        }
      }
    }
    String input = TestCorpus.write(tmp.resolve("in"), rows.toArray(Row[]::new));
    String[] conf = {
      "trends.granularities=[week]", "cooccurrence.granularities=[week]", "topics.enabled=false"
    };

    NewsPulseJob job =
        new NewsPulseJob(testConfig(conf), spark(), tmp.resolve("stable").toString());
    job.run(input, null, null);
    Dataset<Row> trends =
        job.store().read(Tables.TRENDS).filter("granularity = 'week' AND dimension = 'entity'");
    assertThat(bursts(trends)).containsExactly("2025-02-24|china");
    Row joined = trends.filter("key = 'japan' AND period_start = '2025-02-03'").first();
    assertThat((long) joined.getAs("articles")).isEqualTo(11);
    assertThat((double) joined.getAs("share")).isEqualTo(11 / 20.0);
    assertThat((long) joined.getAs("stable_articles")).isEqualTo(1); // the paper is not stable yet
    assertThat((long) joined.getAs("stable_period_articles")).isEqualTo(10);
    assertThat((double) joined.getAs("mix_change")).isEqualTo(0.5); // {Wire, Paper} against {Wire}
    assertThat((boolean) joined.getAs("mix_changed")).isTrue();
    // Week 6: the paper published in 2 of the 6 baseline weeks (min-coverage 0.5 needs 3): not yet;
    // week 7: 3 of 7 weeks, still under 3.5; the Japan series stays flat on the stable measure.
    assertThat(trends.filter("key = 'japan' AND period_start >= '2025-02-03'").collectAsList())
        .allSatisfy(r -> assertThat((long) r.getAs("stable_articles")).isEqualTo(1));
    // The paper is not regular yet in week 7 (3 of its 7 baseline weeks): the mix still differs.
    assertThat(
            (boolean)
                trends
                    .filter("key = 'china' AND period_start = '2025-02-24'")
                    .first()
                    .getAs("mix_changed"))
        .isTrue();
    Row before = trends.filter("key = 'japan' AND period_start = '2025-01-27'").first();
    assertThat((double) before.getAs("mix_change")).isEqualTo(0.0);
    assertThat((boolean) before.getAs("mix_changed")).isFalse();

    NewsPulseJob onShare =
        new NewsPulseJob(
            testConfig(conf[0], conf[1], conf[2], "trends.burst-measure=share"),
            spark(),
            tmp.resolve("share").toString());
    onShare.run(input, null, null);
    assertThat(
            bursts(
                onShare
                    .store()
                    .read(Tables.TRENDS)
                    .filter("granularity = 'week' AND dimension = 'entity'")))
        // every week after the paper joined: a burst is left out of the baselines after it
        .containsExactly(
            "2025-02-03|japan",
            "2025-02-10|japan",
            "2025-02-17|japan",
            "2025-02-24|china",
            "2025-02-24|japan");
  }

  private static List<String> bursts(Dataset<Row> trends) {
    return trends.filter("burst").orderBy("period_start", "key").collectAsList().stream()
        .map(r -> r.getAs("period_start") + "|" + r.getAs("key"))
        .toList();
  }
}
