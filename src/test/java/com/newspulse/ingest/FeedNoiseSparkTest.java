package com.newspulse.ingest;

import static com.newspulse.spark.TestCorpus.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.newspulse.job.NewsPulseJob;
import com.newspulse.spark.SparkTestBase;
import com.newspulse.spark.TestCorpus;
import com.newspulse.tables.Tables;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A feed's boilerplate is learned from its own repetition and kept out of every signal. */
class FeedNoiseSparkTest extends SparkTestBase {
  @TempDir Path tmp;

  private static final String SIGN_UP = "Sign up for the Japan morning briefing newsletter today";
  private static final String[] STORIES = {
    "Nvidia reported record revenue from data centre chips",
        "Huawei opened a research lab in Munich",
    "Korea weighs new tariffs on imported steel", "The central bank held rates steady again",
    "Officials in Kenya announced a drought relief plan",
        "Samsung shipped fewer phones this quarter"
  };

  private static String credit(int i) {
    return "Photo by "
        + (i == 0 ? "Jensen Huang" : "Staff Reporter " + (char) ('A' + i))
        + " / Wire Photos";
  }

  @Test
  void boilerplateIsLearnedPerSourceRemovedFromSignalsAndRecorded() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < STORIES.length; i++) {
      String day = "2025-03-0" + (3 + i % 3);
      String body =
          STORIES[i]
              + ", the company said on Tuesday.\n"
              + SIGN_UP
              + "\nComments URL: https://news.example.com/item?id="
              + i
              + "\n"
              + credit(i);
      rows.add(
          article(
              "a" + i,
              day + "T10:00:00Z",
              STORIES[i].substring(0, STORIES[i].indexOf(' ', 8)) + " | Daily Paper",
              body,
              "Paper"));
    }
    // Another source with the same sentence twice: content there, not boilerplate.
    rows.add(
        article("b1", "2025-03-03T11:00:00Z", "Rates", "Markets moved. " + SIGN_UP + ".", "Other"));
    rows.add(
        article("b2", "2025-03-04T11:00:00Z", "Chips", "Chips moved. " + SIGN_UP + ".", "Other"));
    // A busy source whose paragraphs share one background sentence in 5 of 30 articles over 3 days:
    // inside a paragraph and in under boilerplate.min-share of the source, it stays content.
    for (int i = 0; i < 30; i++) {
      String lead =
          "Dealers in region "
              + (char) ('A' + i % 26)
              + (char) ('a' + i / 26)
              + " reported orders.";
      String body = i % 7 == 0 ? lead + " Toyota remained the largest carmaker by volume." : lead;
      rows.add(
          article("c" + i, "2025-03-0" + (3 + i % 3) + "T12:00:00Z", "Autos " + i, body, "Bulk"));
    }
    for (int i = 0; i < 6; i++) {
      rows.add(
          article(
              "u" + i,
              "2025-03-0" + (3 + i % 3) + "T1" + i + ":00:00Z",
              "Quake toll rises to " + (10 * i + 7),
              "The toll rose to "
                  + (10 * i + 7)
                  + " overnight.\nRescue teams from China are searching collapsed buildings.",
              "Updates"));
    }
    // A headline-only item is an article, analysed from its headline.
    rows.add(
        article(
            "h1", "2025-03-05T09:00:00Z", "Huawei faces new chip export controls", null, "Wire"));
    String input = TestCorpus.write(tmp.resolve("in"), rows.toArray(Row[]::new));

    NewsPulseJob job = new NewsPulseJob(testConfig(), spark(), tmp.resolve("out").toString());
    NewsPulseJob.RunResult r = job.run(input, null, null);
    assertThat(r.counts().accepted()).isEqualTo(45);

    List<String> bp =
        joined(
            job.store().read(Tables.SOURCE_BOILERPLATE).orderBy("kind", "line_key"),
            "source",
            "kind",
            "line_key",
            "articles",
            "stories",
            "days");
    assertThat(bp)
        .containsExactly(
            "Paper|affix|photo by \u2026|6|6|3",
            "Paper|affix|\u2026 wire photos|6|6|3",
            "Paper|line|sign up for the japan morning briefing newsletter today|6|6|3",
            "Paper|link|comments url: <url>|6|6|3",
            "Paper|title|| daily paper|6|6|3");
    // Six updates of one story over three days repeat its lines: one story a day is no boilerplate.
    assertThat(job.store().read(Tables.ENTITY_MENTIONS).filter("entity_id = 'china'").count())
        .isEqualTo(6);
    assertThat(job.store().read(Tables.ARTICLE_KEYWORDS).filter("keyword like '%paper%'").count())
        .isZero();
    assertThat(job.store().read(Tables.ENTITY_MENTIONS).filter("entity_id = 'toyota'").count())
        .isEqualTo(5);

    Row a0 = job.store().read(Tables.ARTICLES).filter("article_id = 'a0'").first();
    assertThat((Integer) a0.getAs("boilerplate_chars"))
        .isEqualTo(
            SIGN_UP.length()
                + "Comments URL: https://news.example.com/item?id=0".length()
                + credit(0).length());
    // A credit line names someone different in every article: its template is the boilerplate.
    assertThat(
            job.store().read(Tables.ENTITY_MENTIONS).filter("entity_id = 'jensen-huang'").count())
        .isZero();
    assertThat((String) a0.getAs("text")).contains(SIGN_UP); // the original is kept
    // Japan is named only in the Paper's footer, and in the Other source's content.
    List<String> japan =
        job
            .store()
            .read(Tables.ENTITY_MENTIONS)
            .filter("entity_id = 'japan'")
            .orderBy("article_id")
            .collectAsList()
            .stream()
            .map(x -> (String) x.getAs("article_id"))
            .toList();
    assertThat(japan).containsExactly("b1", "b2");
    assertThat(
            job.store()
                .read(Tables.ARTICLE_KEYWORDS)
                .filter("keyword like '%url%' or keyword like '%newsletter%'")
                .filter("article_id like 'a%'")
                .count())
        .isZero();
    // Stories that share only boilerplate are not near-duplicates.
    assertThat(job.store().read(Tables.ARTICLES).filter("duplicate_cluster is not null").count())
        .isZero();

    Row h1 =
        job.store()
            .read(Tables.ENTITY_MENTIONS)
            .filter("article_id = 'h1' and entity_id = 'huawei'")
            .first();
    assertThat(List.of(h1.getAs("field"), h1.getAs("start"), h1.getAs("end"), h1.getAs("surface")))
        .containsExactly("title", 0, 6, "Huawei");
    assertThat(job.store().read(Tables.ARTICLE_THEMES).filter("article_id = 'h1'").collectAsList())
        .extracting(
            x -> x.getAs("theme_id") + ":" + x.getAs("title_hits") + ":" + x.getAs("first_offset"))
        .contains("EXPORT_CONTROLS:1:-1");

    List<String> volume =
        job
            .store()
            .read(Tables.SOURCE_VOLUME)
            .orderBy("source", Tables.PUBLISHED_DATE)
            .collectAsList()
            .stream()
            .map(
                x ->
                    x.getAs("source")
                        + "@"
                        + x.getAs(Tables.PUBLISHED_DATE)
                        + "="
                        + x.getAs("articles"))
            .toList();
    assertThat(volume)
        .containsExactly(
            "Bulk@2025-03-03=10",
            "Bulk@2025-03-04=10",
            "Bulk@2025-03-05=10",
            "Other@2025-03-03=1",
            "Other@2025-03-04=1",
            "Paper@2025-03-03=2",
            "Paper@2025-03-04=2",
            "Paper@2025-03-05=2",
            "Updates@2025-03-03=2",
            "Updates@2025-03-04=2",
            "Updates@2025-03-05=2",
            "Wire@2025-03-05=1");
  }

  /** Each row's columns joined with "|", in the dataset's order. */
  private static List<String> joined(Dataset<Row> rows, String... columns) {
    return rows.collectAsList().stream()
        .map(
            r ->
                java.util.Arrays.stream(columns)
                    .map(c -> String.valueOf((Object) r.getAs(c)))
                    .collect(java.util.stream.Collectors.joining("|")))
        .toList();
  }

  /** A word per number: headlines that differ only by digits are one story. */
  private static String word(int i) {
    return "item" + (char) ('a' + i % 26) + (char) ('a' + i / 26);
  }

  @Test
  void aRecurringHeadlinePrefixWhoseWordsTheItemsDoNotRepeatIsALabel() {
    StructType schema =
        new StructType()
            .add("article_id", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("published_at", DataTypes.TimestampType)
            .add(Tables.PUBLISHED_DATE, DataTypes.DateType);
    List<Row> rows = new ArrayList<>();
    java.util.function.BiConsumer<String, String[]> add =
        (source, titleBody) ->
            rows.add(
                RowFactory.create(
                    source + rows.size(),
                    source,
                    titleBody[0],
                    titleBody[1],
                    java.sql.Timestamp.valueOf("2025-03-0" + (1 + rows.size() % 5) + " 10:00:00"),
                    java.sql.Date.valueOf("2025-03-0" + (1 + rows.size() % 5))));
    for (int i = 0; i < 25; i++) {
      // A genre label: 3 of 25 items say "XY" again (12%, under label-max-echo 20%).
      add.accept(
          "Forum",
          new String[] {
            "Ask XY: how do you keep backup " + word(i),
            "Thread " + i + (i < 3 ? " on the XY board." : " has replies.")
          });
      // A desk prefix that names the story: 15 of 25 items repeat "Ukraine" (60%).
      add.accept(
          "Forum",
          new String[] {
            "Ukraine war: shelling report " + word(i),
            "Report " + i + (i < 15 ? " from Ukraine." : " from the front.")
          });
      // Never repeated, but a knowledge-base name: a column about its subject.
      add.accept(
          "Forum",
          new String[] {"Netflix: the best show " + word(i), "Pick " + i + " of the week."});
    }
    for (int i = 0; i < 12; i++) {
      // Unrepeated but too rare to tell (under label-min-articles 20).
      add.accept("Forum", new String[] {"Watch: clip " + word(i), "Clip " + i + " of the day."});
    }
    for (int i = 0; i < 60; i++) {
      // The rest of the feed, so that each prefix is on under boilerplate.min-share of it.
      // 10 of them end with a photo credit in parentheses, over 5 days: 7% of the feed, boilerplate
      // by days only (a caption's credit recurs for weeks).
      add.accept(
          "Forum",
          new String[] {
            "Plain headline " + word(i),
            "Story " + i + " text." + (i < 10 ? " (Staff " + word(i) + "/Wire Photo)" : "")
          });
    }
    for (int i = 0; i < 30; i++) {
      // On every item of its source: boilerplate by share already, not listed twice.
      add.accept(
          "Brand",
          new String[] {"Daily Brief: market note " + word(i), "Stocks moved " + i + " points."});
    }
    Dataset<Row> articles = spark().createDataFrame(rows, schema);
    Dataset<Row> bp =
        BoilerplateRules.boilerplate(
            FeedNoiseStage.sourceLines(articles),
            FeedNoiseStage.sourceVolume(articles),
            testConfig().feeds(),
            name -> name.equals("netflix"));
    List<String> found =
        joined(
            bp.orderBy("source", "kind", "line_key"),
            "source",
            "kind",
            "line_key",
            "articles",
            "source_articles");
    assertThat(found)
        .containsExactly(
            "Brand|title|daily brief:|30|30",
            "Forum|credit|\u2026 wire photo|10|147",
            "Forum|label|ask xy:|25|147");

    // The label leaves the headline the extractors read; the desk prefix stays.
    com.newspulse.core.feed.BoilerplateSet set = FeedNoiseStage.collect(bp);
    com.newspulse.core.feed.FeedUnits units = new com.newspulse.core.feed.FeedUnits();
    assertThat(
            com.newspulse.core.feed.ArticleText.prepare(
                    "Ask XY: which laptop", "Thread 99.", "Forum", set, units)
                .text())
        .startsWith("which laptop");
    assertThat(
            com.newspulse.core.feed.ArticleText.prepare(
                    "Ukraine war: report 99", "Report 99.", "Forum", set, units)
                .text())
        .startsWith("Ukraine war: report 99");
  }
}
