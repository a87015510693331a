package com.newspulse.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.newspulse.config.ConfigLoader;
import com.newspulse.core.generate.ArticleFactory;
import com.newspulse.core.generate.GeneratorSettings;
import com.newspulse.corpus.SyntheticCorpus;
import com.newspulse.spark.SparkTestBase;
import com.newspulse.tables.Tables;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator's planted trends, found by the pipeline with the default knowledge base and
 * taxonomy: the EXPORT_CONTROLS burst days are flagged, steady Toyota never is.
 */
class PlantedTrendsSparkTest extends SparkTestBase {
  @TempDir Path tmp;

  @Test
  void plantedBurstIsFlaggedAndQuietEntityIsNot() {
    GeneratorSettings settings =
        new GeneratorSettings(3000, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 28), 7, true);
    ArticleFactory truth = new ArticleFactory(settings);
    String input = tmp.resolve("in").toString();
    SyntheticCorpus.write(spark(), settings, input);
    // ~50 articles a day (25 on weekends): the planted 45% burst share is 9-34 articles a day.
    NewsPulseJob job =
        new NewsPulseJob(
            ConfigLoader.load(null, List.of("spark.shuffle-partitions=2")),
            spark(),
            tmp.resolve("out").toString());

    NewsPulseJob.RunResult r = job.run(input, null, null);

    // Dirty rows: 1 in 40 cycles through 9 defect kinds; 2 of them are duplicates, 7 quarantined.
    assertThat(r.counts().read()).isEqualTo(3000);
    assertThat(r.counts().duplicates()).isGreaterThan(0);
    assertThat(r.counts().quarantined()).isGreaterThan(0);
    assertThat(r.counts().accepted() + r.counts().quarantined() + r.counts().duplicates())
        .isEqualTo(3000);
    assertThat(job.store().read(Tables.QUARANTINE).select("reason").distinct().count())
        .isEqualTo(7);

    Dataset<Row> trends = job.store().read(Tables.TRENDS);
    List<LocalDate> burstDays =
        trends
            .filter(
                "granularity = 'day' AND dimension = 'theme' AND key = '"
                    + truth.burstThemeId()
                    + "' AND burst")
            .select("period_start")
            .orderBy("period_start")
            .collectAsList()
            .stream()
            .map(x -> (LocalDate) x.get(0))
            .toList();
    assertThat(burstDays).isEqualTo(truth.exportControlsBurstDays());

    LocalDate burstWeek =
        truth
            .exportControlsBurstDays()
            .get(0)
            .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    assertThat(
            trends
                .filter(
                    "granularity = 'week' AND dimension = 'theme' AND key = 'EXPORT_CONTROLS' AND burst"
                        + " AND period_start = '"
                        + burstWeek
                        + "'")
                .count())
        .isEqualTo(1);

    Dataset<Row> toyota = trends.filter("dimension = 'entity' AND key = 'toyota'");
    assertThat(toyota.filter("granularity = 'day'").count()).isGreaterThan(50);
    assertThat(toyota.filter("burst").count()).isZero();
  }
}
