package com.newspulse.core.tone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.newspulse.core.text.TextSegmenter;
import com.newspulse.testing.JavaSerialization;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ToneScorerTest {
  private static final ToneLexicon LEXICON =
      ToneLexicon.parse(
          "test.tsv",
          new StringReader(
              String.join(
                  "\n",
                  "growth\t1.5",
                  "strong\t1",
                  "recovery\t2",
                  "record\t1",
                  "record loss\t-3",
                  "loss\t-2",
                  "crisis\t-2.5",
                  "layoffs\t-2",
                  "sell-off\t-1.5")));

  private final TextSegmenter segmenter = new TextSegmenter();
  private final ToneScorer scorer = new ToneScorer(LEXICON);

  private ArticleTone score(String text) {
    return scorer.score(segmenter.segment(text));
  }

  @Test
  void sumsHitsPerSentenceAndNormalisesLikeVader() {
    ArticleTone tone = score("Growth was strong in May. The firm reported a record loss.");
    assertThat(tone.sentences()).hasSize(2);
    SentenceTone first = tone.sentences().get(0);
    assertThat(first.sum()).isEqualTo(2.5);
    assertThat(first.tone()).isCloseTo(2.5 / Math.sqrt(2.5 * 2.5 + 15), within(1e-12));
    assertThat(first.positiveHits()).isEqualTo(2);
    SentenceTone second = tone.sentences().get(1);
    assertThat(second.sum()).isEqualTo(-3.0); // "record loss" wins over "record" + "loss"
    assertThat(second.negativeHits()).isEqualTo(1);
    assertThat(tone.sum()).isEqualTo(-0.5);
    assertThat(tone.tone()).isCloseTo((first.tone() + second.tone()) / 2, within(1e-12));
    assertThat(tone.positiveHits()).isEqualTo(2);
    assertThat(tone.negativeHits()).isEqualTo(1);
    assertThat(tone.hits())
        .extracting(ToneHit::term)
        .containsExactly("growth", "strong", "record loss");
    ToneHit hit = tone.hits().get(2);
    assertThat(
            "Growth was strong in May. The firm reported a record loss."
                .substring(hit.start(), hit.end()))
        .isEqualTo("record loss");
  }

  @Test
  void negatorWithinThreeWordsFlipsAndHalves() {
    ToneHit notCrisis = score("This is not a real crisis.").hits().get(0);
    assertThat(notCrisis.negated()).isTrue();
    assertThat(notCrisis.weight()).isEqualTo(1.25);
    assertThat(score("Officials didn't expect layoffs.").hits().get(0).weight()).isEqualTo(1.0);
    assertThat(score("There was hardly any recovery.").sentences().get(0).sum()).isEqualTo(-1.0);
    assertThat(score("The plan came without layoffs.").sentences().get(0).positiveHits())
        .isEqualTo(1);
  }

  @Test
  void negationStopsAfterThreeWordsAndAtPunctuation() {
    assertThat(score("Not one of the analysts saw growth.").hits().get(0).negated()).isFalse();
    assertThat(score("No comment, the crisis deepened.").hits().get(0).weight()).isEqualTo(-2.5);
    assertThat(score("It never ended. Layoffs followed.").hits().get(0).negated()).isFalse();
  }

  @Test
  void matchesFoldedHyphenatedAndCompoundWords() {
    ArticleTone tone = score("A SELL-OFF hit banks; the post-crisis recovery stalled.");
    assertThat(tone.hits())
        .extracting(ToneHit::term)
        .containsExactly("sell - off", "crisis", "recovery");
  }

  @Test
  void neutralSentencesDiluteTheArticleTone() {
    ArticleTone tone =
        score("The board met on Monday. It discussed the agenda. Growth was strong.");
    double third = ToneScorer.normalize(2.5);
    assertThat(tone.tone()).isCloseTo(third / 3, within(1e-12));
    assertThat(tone.sentences().get(0).tone()).isZero();
  }

  @Test
  void emptyTextIsNeutral() {
    ArticleTone tone = score("");
    assertThat(tone.tone()).isZero();
    assertThat(tone.sentences()).isEmpty();
    assertThat(tone.hits()).isEmpty();
  }

  @Test
  void aTermNeverSpansTwoSentences() {
    ArticleTone tone =
        score("Shares hit a record\n\nLoss of trust followed."); // a heading, then a sentence
    assertThat(tone.hits()).extracting(ToneHit::term).containsExactly("record", "loss");
    assertThat(tone.sentences()).extracting(SentenceTone::sum).containsExactly(1.0, -2.0);
  }

  @Test
  void scoresAlikeAfterJavaSerialization() throws Exception {
    // Spark ships the scorer serialized; its term trie is transient and must be rebuilt on the
    // other side.
    ToneScorer shipped = JavaSerialization.roundTrip(scorer);
    String text = "Growth was strong. The firm reported a record loss, not a crisis.";
    assertThat(shipped.score(segmenter.segment(text))).isEqualTo(score(text));
  }
}
