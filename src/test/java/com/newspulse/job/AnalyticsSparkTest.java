package com.newspulse.job;

import static com.newspulse.spark.TestCorpus.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.newspulse.cli.CandidatesCommand;
import com.newspulse.core.kb.KbEntity;
import com.newspulse.core.kb.KnowledgeBase;
import com.newspulse.spark.SparkTestBase;
import com.newspulse.spark.TestCorpus;
import com.newspulse.tables.Tables;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tone, entity discovery, trending terms and near-duplicates on a hand-written corpus: twelve
 * unrelated background stories on 1-4 April, one story in two near-identical copies on 3 April, and
 * on 5 April six different stories about the new "Zorblax X9 accelerator" plus one clearly negative
 * and one clearly positive story.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsSparkTest extends SparkTestBase {
  @TempDir static Path tmp;

  private NewsPulseJob job;

  private static final String NVIDIA_STORY =
      "Nvidia opened a new engineering campus on the edge of the river town on "
          + "Thursday, adding several hundred jobs for graduates in software and hardware design. The company "
          + "said the site would focus on cooling systems for large data centres and on tools that help small "
          + "firms train language models at lower cost. Local officials said the campus would bring new bus "
          + "routes, a public library branch and a training programme with the nearby technical college. "
          + "Construction of a second building is planned for next spring, according to the regional council.";

  private static final String[] BACKGROUND = {
    "Velmora Dynamics Inc opened a small office near the harbour to repair marine pumps for fishing boats.",
    "A bakery chain added rye loaves to its menu after customers asked for darker bread in the winter months.",
    "The city library extended its opening hours on weekends and hired two more staff for the reading room.",
    "Velmora Dynamics Inc hired forty welders for its pump workshop, a spokeswoman told local reporters.",
    "Rain delayed the harvest of apples in the northern valleys, and growers moved pickers to other farms.",
    "A museum of old maps reopened after a long renovation of its roof and its wooden staircase.",
    "Huawei showed a folding tablet at a trade fair and said sales would start in the autumn season.",
    "Ferry timetables changed for the summer, with an extra evening crossing to the island on Fridays.",
    "A school orchestra travelled to the capital to play in a youth festival of brass and string music.",
    "Velmora Dynamics Inc signed a lease for a second workshop to service water pumps for small towns.",
    "The regional airport repainted its runway markings during quiet night hours over two weeks.",
    "A cycling club mapped new gravel routes through the forest and published them for free online.",
  };

  private static final String[] ZORBLAX = {
    "Engineers unveiled the Zorblax X9 accelerator at a developer meeting in a converted warehouse.",
    "Cloud providers plan to rent out the Zorblax X9 accelerator by the hour to research groups.",
    "Analysts compared the Zorblax X9 accelerator with older graphics cards on memory bandwidth.",
    "A startup building weather models ordered two racks of the Zorblax X9 accelerator this week.",
    "Universities hope the Zorblax X9 accelerator lowers the price of training protein folding models.",
    "Power engineers asked how much electricity the Zorblax X9 accelerator draws under full load.",
  };

  @BeforeAll
  void runOnce() throws Exception {
    List<Row> in = new ArrayList<>();
    String[] sources = {"wire", "ledger", "daily"};
    for (int i = 0; i < BACKGROUND.length; i++) {
      in.add(
          article(
              "b" + (i + 10),
              "2025-04-0" + (1 + i / 3) + "T08:00:00Z",
              "Brief " + i,
              BACKGROUND[i],
              sources[i % 3]));
    }
    in.add(article("d1", "2025-04-03T09:00:00Z", "New campus", NVIDIA_STORY, "wire"));
    in.add(
        article(
            "d2",
            "2025-04-03T11:00:00Z",
            "Nvidia opens campus",
            NVIDIA_STORY + " Shares were little changed.",
            "ledger"));
    for (int i = 0; i < ZORBLAX.length; i++) {
      in.add(article("z" + i, "2025-04-05T07:00:00Z", "Chip " + i, ZORBLAX[i], sources[i % 3]));
    }
    in.add(
        article(
            "neg",
            "2025-04-05T10:00:00Z",
            "Plant closes",
            "The crash at the Toyota plant was a disaster. Losses deepened and workers feared layoffs.",
            "gazette"));
    in.add(
        article(
            "pos",
            "2025-04-05T10:30:00Z",
            "Good year",
            "Profits surged to a record. Investors welcomed the strong growth and praised the success.",
            "herald"));
    String input = TestCorpus.write(tmp.resolve("in"), in.toArray(Row[]::new));
    job = new NewsPulseJob(testConfig(), spark(), tmp.resolve("out").toString());
    job.run(input, null, null);
  }

  @Test
  void nearIdenticalCopiesFormOneClusterAndTrendsCountItOnce() {
    assertThat(
            lines(
                job.store().read(Tables.ARTICLES).filter("duplicate_cluster is not null"),
                "article_id",
                "duplicate_cluster"))
        .containsExactlyInAnyOrder("d1|d1", "d2|d1");
    assertThat(job.store().read(Tables.ARTICLES).count()).isEqualTo(22);
    assertThat(
            lines(
                job.store()
                    .read(Tables.TRENDS)
                    .filter(
                        "dimension = 'entity' and key = 'nvidia' and granularity = 'day' and period_start = '2025-04-03'"),
                "articles",
                "articles_dedup"))
        .containsExactly("2|1");
    // Every other cell has as many de-duplicated articles as articles.
    assertThat(
            job.store()
                .read(Tables.TRENDS)
                .filter("articles_dedup <> articles")
                .filter(
                    "not (period_start <= '2025-04-03' and (key = 'nvidia' or key = 'ledger' or key = 'wire'"
                        + " or dimension = 'keyword' or dimension = 'theme'))")
                .count())
        .isZero();
  }

  @Test
  void aNewPhraseTrendsOnTheDayItAppearsAndNotBefore() {
    Dataset<Row> tt =
        job.store().read(Tables.TRENDING_TERMS).filter("term = 'zorblax x9 accelerator'");
    assertThat(
            lines(
                tt.filter("granularity = 'day'"),
                "period_start",
                "articles",
                "period_articles",
                "background_articles",
                "background_total"))
        .containsExactly("2025-04-05|6|6|0|14");
    // Counted within the day's stable sources: the gazette and the herald publish for the first
    // time
    // that day, so their two articles are not in period_articles (8 on all sources).
    Row r = tt.filter("granularity = 'day'").first();
    assertThat(r.<Double>getAs("llr")).isGreaterThan(10.83);
    assertThat(
            job.store().read(Tables.TRENDING_TERMS).filter("period_start < '2025-04-05'").count())
        .isZero();
    // Week and month have no earlier period: no background, nothing is significant.
    assertThat(job.store().read(Tables.TRENDING_TERMS).filter("granularity <> 'day'").count())
        .isZero();
  }

  @Test
  void anUnknownCompanyBecomesAnOrgCandidateAndExportsAsAValidKnowledgeBase() throws Exception {
    assertThat(
            lines(
                job.store().read(Tables.ENTITY_CANDIDATES).filter("key = 'velmora dynamics inc'"),
                "surface",
                "mentions",
                "articles",
                "first_seen",
                "last_seen",
                "sources",
                "example_article_ids",
                "suggested_type"))
        .containsExactly("Velmora Dynamics Inc|3|3|2025-04-01|2025-04-04|wire|b10, b13, b19|ORG");
    assertThat(
            lines(
                job.store().read(Tables.CANDIDATE_MENTIONS).filter("key = 'velmora dynamics inc'"),
                "article_id",
                "cue",
                "start"))
        .containsExactlyInAnyOrder("b10|suffix:Inc|0", "b13|suffix:Inc|0", "b19|suffix:Inc|0");
    Path tsv = tmp.resolve("candidates.tsv");
    int n = CandidatesCommand.export(job.store(), tsv, 3, null);
    assertThat(n)
        .isEqualTo(job.store().read(Tables.ENTITY_CANDIDATES).filter("articles >= 3").count());
    assertThat(Files.readAllLines(tsv).get(0)).isEqualTo("# reviewed: no");
    KnowledgeBase kb;
    try (Reader r = Files.newBufferedReader(tsv)) {
      kb = KnowledgeBase.parse(tsv.toString(), r);
    }
    assertThat(kb.size()).isEqualTo(n);
    KbEntity v = kb.byId("velmora-dynamics-inc");
    assertThat(v.type().name()).isEqualTo("ORG");
    assertThat(v.name()).isEqualTo("Velmora Dynamics Inc");
    assertThat(CandidatesCommand.export(job.store(), tmp.resolve("persons.tsv"), 3, "PERSON"))
        .isZero();
    Path viaCli = tmp.resolve("cli/orgs.tsv");
    assertThat(
            com.newspulse.cli.NewsPulseMain.execute(
                "candidates",
                "export",
                "--output",
                tmp.resolve("out").toString(),
                "--to",
                viaCli.toString(),
                "--type",
                "ORG",
                "spark.master=local[2]"))
        .isZero();
    assertThat(Files.readString(viaCli))
        .contains("velmora-dynamics-inc\tORG\tVelmora Dynamics Inc\t");
  }

  @Test
  void toneOfArticlesMentionsAndTrends() {
    Row neg = job.store().read(Tables.ARTICLE_TONE).filter("article_id = 'neg'").first();
    Row pos = job.store().read(Tables.ARTICLE_TONE).filter("article_id = 'pos'").first();
    assertThat(neg.<Double>getAs("tone")).isLessThan(0);
    assertThat(pos.<Double>getAs("tone")).isGreaterThan(0);
    assertThat(neg.<Integer>getAs("negative_hits")).isGreaterThanOrEqualTo(4);
    assertThat(job.store().read(Tables.ARTICLE_TONE).count()).isEqualTo(22);
    Row toyota = job.store().read(Tables.ENTITY_MENTIONS).filter("entity_id = 'toyota'").first();
    assertThat(toyota.<Double>getAs("tone")).isLessThan(0);
    Row entity = job.store().read(Tables.ARTICLE_ENTITIES).filter("entity_id = 'toyota'").first();
    assertThat(entity.<Double>getAs("avg_tone")).isEqualTo(toyota.<Double>getAs("tone"));
    Dataset<Row> day5 =
        job.store()
            .read(Tables.TRENDS)
            .filter("granularity = 'day' and period_start = '2025-04-05'");
    assertThat(
            day5.filter("dimension = 'entity' and key = 'toyota'")
                .first()
                .<Double>getAs("avg_tone"))
        .isEqualTo(toyota.<Double>getAs("tone"));
    assertThat(
            day5.filter("dimension = 'source' and key = 'gazette'")
                .first()
                .<Double>getAs("avg_tone"))
        .isEqualTo(neg.<Double>getAs("tone"));
    assertThat(
            day5.filter("dimension = 'source' and key = 'herald'")
                .first()
                .<Double>getAs("avg_tone"))
        .isEqualTo(pos.<Double>getAs("tone"));
    assertThat(day5.filter("avg_tone is null").count()).isZero();
    assertThat(LocalDate.parse("2025-04-05")).isNotNull();
  }
}
