package com.newspulse.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.newspulse.core.generate.ArticleFactory;
import com.newspulse.core.generate.GeneratedArticle;
import com.newspulse.core.generate.GeneratorSettings;
import com.newspulse.core.generate.HostileText;
import com.newspulse.corpus.SyntheticCorpus;
import com.newspulse.spark.SparkTestBase;
import com.newspulse.tables.Tables;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator's fuzz corpus ({@code generate --hostile}) runs end to end: every hostile kind that
 * analysis can handle is accepted and analysed, the invisible-only and control-character kinds are
 * quarantined with their reasons, a story in Polish labelled English is {@code
 * UNSUPPORTED_LANGUAGE}, nothing is {@code ANALYSIS_FAILED}, and no markup, unspaced script or
 * giant word reaches the keywords.
 */
class HostileCorpusSparkTest extends SparkTestBase {
  @TempDir Path tmp;

  @Test
  void everyHostileKindIsAcceptedOrQuarantinedWithItsReason() {
    GeneratorSettings settings =
        new GeneratorSettings(
            260, LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 9), 5, false, true);
    ArticleFactory truth = new ArticleFactory(settings);
    List<String> expected = new ArrayList<>();
    List<String> accepted = new ArrayList<>();
    for (int i = 0; i < 260; i++) {
      GeneratedArticle a = truth.generate(i);
      if (a.defect() != null) {
        String reason =
            HostileText.Kind.valueOf(a.defect().substring("HOSTILE_".length()))
                .expectedQuarantine();
        if (reason != null) {
          expected.add(a.id() + "|" + reason);
        } else {
          accepted.add(a.id());
        }
      }
    }
    // 26 hostile articles over 14 kinds: the 10 accepted kinds twice, then blank (2 x 2), the
    // control character and the mislabelled language once each.
    assertThat(accepted).hasSize(20);
    assertThat(expected)
        .extracting(e -> e.substring(e.indexOf('|') + 1))
        .containsExactlyInAnyOrder(
            "BLANK_TEXT",
            "BLANK_TEXT",
            "BLANK_TEXT",
            "BLANK_TEXT",
            "INVALID_CHARACTERS",
            "UNSUPPORTED_LANGUAGE");
    String input = tmp.resolve("in").toString();
    SyntheticCorpus.write(spark(), settings, input);

    NewsPulseJob job = new NewsPulseJob(testConfig(), spark(), tmp.resolve("out").toString());
    NewsPulseJob.RunResult r = job.run(input, null, null);

    assertThat(r.counts().read()).isEqualTo(260);
    assertThat(r.counts().accepted() + r.counts().quarantined() + r.counts().duplicates())
        .isEqualTo(260);
    assertThat(
            job.store().read(Tables.QUARANTINE).orderBy("id").collectAsList().stream()
                .map(x -> x.getAs("id") + "|" + x.getAs("reason"))
                .toList())
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(
            job.store()
                .read(Tables.ARTICLES)
                .filter(org.apache.spark.sql.functions.col("article_id").isin(accepted.toArray()))
                .count())
        .isEqualTo(accepted.size());
    assertThat(
            job.store()
                .read(Tables.ARTICLE_KEYWORDS)
                .filter("length(keyword) > 40 OR keyword rlike '(script|iframe|alert|nbsp|amp)'")
                .count())
        .isZero();
    assertThat(job.store().read(Tables.ARTICLE_TERMS).filter("length(term) > 40").count()).isZero();
  }
}
