package com.newspulse.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.newspulse.cli.NewsPulseMain;
import com.newspulse.spark.SparkTestBase;
import com.newspulse.spark.TableStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import + eval end to end on a hand-written gold corpus whose every score is known. */
class EvalSparkTest extends SparkTestBase {
  @TempDir Path tmp;

  private static String line(
      String id, String date, String title, String text, String gold, String dateline) {
    return "{\"id\":\""
        + id
        + "\",\"published_at\":\""
        + date
        + "\",\"title\":\""
        + title
        + "\",\"text\":\""
        + text
        + "\",\"gold\":"
        + gold
        + ",\"meta\":{\"dateline\":"
        + dateline
        + "}}";
  }

  @Test
  void scoresCountriesThemesPeopleAndOrgsAgainstGold() throws Exception {
    Path corpus = tmp.resolve("gold.jsonl");
    Files.write(
        corpus,
        List.of(
            // Japan named in the lead and again: japan. Tariffs in the headline and lead: primary
            // TARIFFS.
            line(
                "a1",
                "2025-03-03",
                "Japan raises tariffs",
                "Japan raised tariffs on steel imports. Japanese officials"
                    + " said the tariffs would stay.",
                "{\"places\":[\"japan\"],\"topics\":[\"tariffs\"],\"people\":[],"
                    + "\"orgs\":[],\"lewissplit\":\"TRAIN\",\"topics_attr\":\"YES\"}",
                "\"TOKYO, March 3 -\""),
            // A US dateline and US-linked entities: united-states; China is gold but never named: a
            // miss.
            line(
                "a2",
                "2025-03-04",
                "Chip rules",
                "Nvidia said the Commerce Department rules would hit H20 sales."
                    + " Jensen Huang said Nvidia would comply.",
                "{\"places\":[\"usa\",\"china\"],\"topics\":[\"tariffs\"],"
                    + "\"people\":[\"jensen-huang\",\"lisa-su\"],\"orgs\":[\"commerce\"],\"lewissplit\":\"TEST\",\"topics_attr\":\"YES\"}",
                "\"SANTA CLARA, Calif., March 4 -\""),
            // Huawei (China) in the lead three times and no gold place: one false positive.
            line(
                "a3",
                "2025-03-05",
                "Huawei sales",
                "Huawei said Huawei Technologies sales rose and Huawei hired.",
                "{\"places\":[],\"topics\":[],\"people\":[],\"orgs\":[],\"lewissplit\":\"TEST\",\"topics_attr\":\"YES\"}",
                "null"),
            // About tariffs (primary TARIFFS) but never judged for topics (topics_attr NO): its
            // empty topic
            // list is no judgement, so it counts for places and not for topics, except in "every
            // article".
            line(
                "a5",
                "2025-03-06",
                "Tariffs rise",
                "Tariffs rose again. The tariffs will stay, officials said.",
                "{\"places\":[],\"topics\":[],\"people\":[],\"orgs\":[],\"lewissplit\":\"TEST\",\"topics_attr\":\"NO\"}",
                "null"),
            // No gold: not evaluated.
            line(
                "a4",
                "2025-03-05",
                "Other",
                "Toyota Motor said sales rose in Japan.",
                "null",
                "null")));
    String in = tmp.resolve("in").toString();
    String out = tmp.resolve("out").toString();
    Path mapping = tmp.resolve("mapping.conf");
    Files.writeString(
        mapping,
        "places { usa = united-states }\norgs { commerce = commerce-department }\n"
            + "topics { tariffs = [TARIFFS] }\ntopics-scope { field = topics_attr, equals = YES }\n");
    assertThat(
            NewsPulseMain.execute(
                "import", "--format", "jsonl", "--in", corpus.toString(), "--out", in))
        .isZero();

    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int code;
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      code =
          NewsPulseMain.execute(
              "eval",
              "--input",
              in,
              "--output",
              out,
              "--gold",
              mapping.toString(),
              "kb.path=\"" + resource("fixtures/kb") + "\"",
              "themes.path=\"" + resource("fixtures/themes.conf") + "\"",
              "spark.master=\"local[2]\"",
              "topics.enabled=false");
    } finally {
      System.setOut(old);
    }
    String printed = buf.toString(StandardCharsets.UTF_8);
    assertThat(code).as(printed).isZero();
    assertThat(printed)
        .contains(
            "eval over 4 articles with gold labels",
            "all    P 0.667  R 0.667  F1 0.667  (tp 2, fp 1, fn 1)",
            "the 3 articles judged for topics",
            "tariffs    P 1.000  R 0.500  F1 0.667  (tp 1, fp 0, fn 1)  TEST F1 0.000  TRAIN F1 1.000"
                + "  every article F1 0.500",
            "people recall: knowledge base 0.500",
            "orgs recall:   knowledge base 1.000");

    GoldEval.Report r =
        new GoldEval(new TableStore(spark(), out), GoldMapping.load(mapping)).evaluate();
    assertThat(r.places().byGroup().get("TRAIN").tp()).isEqualTo(1);
    assertThat(r.topics().get("tariffs").articles()).isEqualTo(3);
    assertThat(r.topicsAllArticles().get("tariffs").errors())
        .extracting(e -> e.articleId() + " " + e.kind())
        .containsExactlyInAnyOrder("a2 FN", "a5 FP");
    assertThat(r.places().errors())
        .extracting(e -> e.articleId() + " " + e.kind() + " " + e.label())
        .containsExactlyInAnyOrder("a2 FN china", "a3 FP china");
    assertThat(Files.readAllLines(Path.of(out, "eval", "places_errors.tsv"))).hasSize(3);
    assertThat(Files.readAllLines(Path.of(out, "eval", "people_orgs_missed.tsv")))
        .contains("a2\tperson\tlisa-su");
  }
}
