package com.newspulse.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.newspulse.spark.SparkTestBase;
import com.newspulse.tables.Tables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * Candidate days count, beside the candidate's mentions, the day's articles that use its words in
 * any case ({@code term_articles}); the candidates then keep the keys their corpus writes as names.
 */
class CandidatesStageSparkTest extends SparkTestBase {
  private static final LocalDate D1 = LocalDate.of(2025, 5, 1);
  private static final LocalDate D2 = LocalDate.of(2025, 5, 2);

  private static Row mention(String article, String key, String surface, LocalDate day) {
    return row(article, key, surface, "UNKNOWN", "none", 0, surface.length(), "text", 0, day);
  }

  @Test
  void aKeyMostArticlesWriteInLowerCaseIsNoCandidate() {
    Dataset<Row> mentions =
        rows(
            Tables.CANDIDATE_MENTIONS.schema(),
            mention("a1", "government", "Government", D1),
            mention("a1", "velmora", "Velmora", D1),
            mention("a2", "velmora", "Velmora", D1),
            mention("a3", "velmora", "Velmora", D2),
            mention("a6", "government", "Government", D2));
    Dataset<Row> articles =
        rows(
            new StructType()
                .add("article_id", DataTypes.StringType)
                .add("source", DataTypes.StringType),
            row("a1", "wire"),
            row("a2", "wire"),
            row("a3", "wire"),
            row("a6", "wire"));
    List<Row> terms = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      terms.add(row("a" + i, "government", D1)); // a1 capitalised, a2..a5 in lower case
    }
    for (int i = 6; i <= 9; i++) {
      terms.add(row("a" + i, "government", D2));
    }
    terms.add(row("a1", "velmora", D1));
    terms.add(row("a2", "velmora", D1));
    terms.add(row("a3", "velmora", D2));
    terms.add(row("a9", "velmora systems", D2)); // another term: not counted for "velmora"
    Dataset<Row> days =
        CandidatesStage.days(
            mentions, articles, rows(Tables.ARTICLE_TERMS.schema(), terms.toArray(Row[]::new)));

    assertThat(days.schema()).isEqualTo(Tables.CANDIDATE_DAYS.schema());
    assertThat(lines(days, "key", Tables.PUBLISHED_DATE, "articles", "term_articles"))
        .containsExactlyInAnyOrder(
            "government|2025-05-01|1|5",
            "government|2025-05-02|1|4",
            "velmora|2025-05-01|2|2",
            "velmora|2025-05-02|1|1");

    // 2 of the 9 articles that use "government" have it as a candidate: 0.22, under 0.3.
    assertThat(lines(CandidatesStage.aggregate(days, 2, 0.1, 0.3), "key", "capitalised_share"))
        .containsExactly("velmora|1.0");
    assertThat(lines(CandidatesStage.aggregate(days, 2, 0.1, 0.0), "key", "articles"))
        .containsExactlyInAnyOrder("government|2", "velmora|3");
    // A day written before term_articles was counted gives no share, and no filter.
    Dataset<Row> old =
        rows(
            Tables.CANDIDATE_DAYS.schema(),
            row(
                "zeta",
                4L,
                3L,
                List.of("z1"),
                List.of(row("Zeta", 4L)),
                List.of(),
                List.of(),
                null,
                D1));
    assertThat(lines(CandidatesStage.aggregate(old, 2, 0.1, 0.3), "key", "capitalised_share"))
        .containsExactly("zeta|null");
  }
}
