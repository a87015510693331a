package com.newspulse.ner;

import static org.assertj.core.api.Assertions.assertThat;

import com.newspulse.job.NewsPulseJob;
import com.newspulse.spark.SparkTestBase;
import com.newspulse.spark.TableStore;
import com.newspulse.spark.TestCorpus;
import com.newspulse.tables.Tables;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * train-ner → eval --task ner → run with ner.model, end to end on the project's own tiny CoNLL
 * fixture ({@code fixtures/ner/train.conll}: 40 sentences, invented names in five patterns), so the
 * model is trained in seconds and what it tags is known.
 */
class NerSparkTest extends SparkTestBase {
  @TempDir static Path tmp;
  static String model;

  @BeforeAll
  static void train() {
    model = tmp.resolve("model").toString();
    Outcome t =
        cli(
            "train-ner",
            "--conll",
            resource("fixtures/ner/train.conll").toString(),
            "--out",
            model,
            "--epochs",
            "60",
            "--l2",
            "0.01",
            "--dim",
            "16",
            "--min-count",
            "1",
            "--embedding-iterations",
            "2",
            "kb.path=\"" + resource("fixtures/kb") + "\"",
            "spark.master=\"local[2]\"");
    assertThat(t.code()).as(t.err()).isZero();
    assertThat(t.out()).contains("trained on 4 documents, 40 sentences, ");
  }

  @Test
  void savesAModelThatSaysHowItWasMade() {
    Properties p = NerModelStore.properties(spark(), model);
    assertThat(p.getProperty("format")).isEqualTo("newspulse-ner-1");
    assertThat(p.getProperty("documents")).isEqualTo("4");
    assertThat(p.getProperty("sentences")).isEqualTo("40");
    assertThat(p.getProperty("dictionary")).isEqualTo("kb");
    assertThat(p.getProperty("settings"))
        .contains("crfMaxEpochs=60", "embeddingsDim=16", "embeddingsIterations=2");
  }

  @Test
  void evalTaskNerScoresGoldSentencesOfOneSplit() throws Exception {
    Path corpus = tmp.resolve("gold.jsonl");
    Files.write(
        corpus,
        List.of(
            goldLine(
                "d1",
                "dev",
                "[\"Quintel\",\"Systems\",\"said\",\"on\",\"Monday\",\"it\",\"would\",\"hire\",\"200\","
                    + "\"workers\",\"in\",\"Kastria\",\".\"]",
                "[\"B-ORG\",\"I-ORG\",\"O\",\"O\",\"O\",\"O\",\"O\",\"O\",\"O\",\"O\",\"O\",\"B-LOC\",\"O\"]"),
            goldLine(
                "d2",
                "dev",
                "[\"Ilse\",\"Brandt\",\"told\",\"reporters\",\"that\",\"Corvex\",\"Bank\",\"had\",\"no\","
                    + "\"plans\",\"to\",\"leave\",\"Velmora\",\".\"]",
                "[\"I-PER\",\"I-PER\",\"O\",\"O\",\"O\",\"I-ORG\",\"I-ORG\",\"O\",\"O\",\"O\",\"O\",\"O\",\"I-LOC\",\"O\"]"),
            goldLine("t1", "train", "[\"Mara\",\"Quill\"]", "[\"B-PER\",\"I-PER\"]")));
    String in = tmp.resolve("gold").toString();
    assertThat(cli("import", "--format", "jsonl", "--in", corpus.toString(), "--out", in).code())
        .isZero();

    Outcome e = cli("eval", "--task", "ner", "--input", in, "--split", "dev", "--ner-model", model);

    assertThat(e.code()).as(e.err()).isZero();
    assertThat(e.out())
        .contains("2 sentences, 27 tokens")
        .contains("  LOC     P 1.000  R 1.000  F1 1.000  (tp 2, fp 0, fn 0)")
        .contains("  overall P 1.000  R 1.000  F1 1.000  (tp 5, fp 0, fn 0)");
  }

  @Test
  void runWithNerModelAddsLinkedAndUnknownEntities() {
    String input =
        TestCorpus.write(
            tmp.resolve("articles"),
            TestCorpus.article(
                "n1",
                "2025-03-03T09:00:00Z",
                "Hiring",
                "Apple said on Monday it would hire 300 workers in Kastria. Tomas Revik, chief executive of"
                    + " Morvane Holdings, said sales rose. Nvidia shares fell.",
                "wire"));
    String out = tmp.resolve("out").toString();
    new NewsPulseJob(
            testConfig("ner.model=\"" + model + "\"", "topics.enabled=false"), spark(), out)
        .run(input, LocalDate.parse("2025-03-03"), LocalDate.parse("2025-03-03"));
    TableStore t = new TableStore(spark(), out);

    // Apple: an ambiguous alias without context, which the KB matcher skips, linked by the ORG tag;
    // Nvidia: the KB matcher's mention, which the model's span does not duplicate.
    assertThat(
            lines(
                t.read(Tables.ENTITY_MENTIONS).orderBy("start"),
                "entity_id",
                "entity_type",
                "surface",
                "method"))
        .containsExactly(
            "apple|ORG|Apple|ner",
            "ner:kastria|LOC|Kastria|ner",
            "ner:tomas revik|PERSON|Tomas Revik|ner",
            "ner:morvane holdings|ORG|Morvane Holdings|ner",
            "nvidia|ORG|Nvidia|alias");
    assertThat(
            lines(
                t.read(Tables.ARTICLE_ENTITIES).orderBy("entity_id"),
                "entity_id",
                "label",
                "mentions"))
        .containsExactly(
            "apple|Apple Inc|1",
            "ner:kastria|Kastria|1",
            "ner:morvane holdings|Morvane Holdings|1",
            "ner:tomas revik|Tomas Revik|1",
            "nvidia|Nvidia|1");
    // Same spans as the lexical candidates: a lexical cue that typed the span stays; "Tomas Revik,
    // chief
    // executive" had none, so it takes the model's.
    assertThat(
            lines(
                t.read(Tables.CANDIDATE_MENTIONS).orderBy("start"), "key", "suggested_type", "cue"))
        .containsExactly(
            "kastria|GPE|prep:in",
            "tomas revik|PERSON|ner:PER",
            "morvane holdings|ORG|suffix:Holdings");
    assertThat(
            t.read(Tables.TRENDS)
                .filter(
                    functions
                        .col("key")
                        .equalTo("ner:tomas revik")
                        .and(functions.col("granularity").equalTo("day")))
                .count())
        .isEqualTo(1);
  }

  @Test
  void badUsageAndMissingModelsGetClearErrors() throws Exception {
    Outcome neither = cli("train-ner", "--out", tmp.resolve("x").toString());
    assertThat(neither.code()).isEqualTo(2);
    assertThat(neither.err())
        .contains("give exactly one of --input PATH (imported corpus) and --conll FILE");

    Path badConll = tmp.resolve("bad.conll");
    Files.writeString(badConll, "Acme B-ORG\nlonely\n");
    Outcome bad =
        cli("train-ner", "--conll", badConll.toString(), "--out", tmp.resolve("y").toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("line 2 needs at least a token and a tag");

    String notAModel = Files.createDirectories(tmp.resolve("empty")).toString();
    Outcome noModel =
        cli(
            "eval",
            "--task",
            "ner",
            "--input",
            tmp.resolve("nowhere").toString(),
            "--ner-model",
            notAModel);
    assertThat(noModel.code()).isEqualTo(2);
    assertThat(noModel.err()).contains("is not a NewsPulse NER model (no model.properties)");

    String input = TestCorpus.write(tmp.resolve("articles2"), TestCorpus.knownArticles());
    Outcome run =
        cli(
            "run",
            "--input",
            input,
            "--output",
            tmp.resolve("out2").toString(),
            "ner.model=\"" + notAModel + "\"",
            "kb.path=\"" + resource("fixtures/kb") + "\"",
            "topics.enabled=false");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("train one with 'newspulse train-ner --out " + notAModel);
  }

  private static String goldLine(String id, String split, String tokens, String ner) {
    return "{\"id\":\""
        + id
        + "\",\"published_at\":\"1996-08-22\",\"text\":\"x\",\"meta\":{\"split\":\""
        + split
        + "\"},\"gold\":{\"sentences\":[{\"tokens\":"
        + tokens
        + ",\"ner\":"
        + ner
        + "}]}}";
  }
}
