package com.newspulse.core.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.newspulse.core.match.EntityMention;
import com.newspulse.core.text.SegmentedText;
import com.newspulse.core.text.TextSegmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateExtractorTest {
  private final TextSegmenter segmenter = new TextSegmenter();
  private final CandidateExtractor extractor = new CandidateExtractor();

  private List<Candidate> extract(String text, CandidateExtractor.Span... covered) {
    return extractor.extractOutside(segmenter.segment(text), List.of(covered));
  }

  @Test
  void findsPhrasesWithConnectorsAndOrgSuffixes() {
    List<Candidate> c =
        extract("The Bank of England and Procter & Gamble met Zephyr Dynamics Inc. on Monday.");
    assertThat(c)
        .extracting(Candidate::surface, Candidate::key, Candidate::type, Candidate::cue)
        .containsExactly(
            tuple("Bank of England", "bank of england", SuggestedType.ORG, "suffix:Bank"),
            tuple("Procter & Gamble", "procter & gamble", SuggestedType.UNKNOWN, "none"),
            tuple("Zephyr Dynamics Inc", "zephyr dynamics inc", SuggestedType.ORG, "suffix:Inc"));
    assertThat(c.get(0).start()).isEqualTo(4);
    assertThat(c.get(0).end()).isEqualTo(19);
    assertThat(c.get(0).sentence()).isZero();
  }

  @Test
  void andSplitsUnlessThePhraseIsAnOrganisation() {
    assertThat(extract("Talks between Norland and Vesteria resumed."))
        .extracting(Candidate::surface)
        .containsExactly("Norland", "Vesteria");
    assertThat(extract("Shares of Hale and Brook Holdings rose."))
        .extracting(Candidate::surface)
        .containsExactly("Hale and Brook Holdings");
  }

  @Test
  void personCuesFromTitlesAndSpeechPatterns() {
    String text =
        "Finance Minister Lena Okafor spoke first. Growth slowed, said Tomas Brandt."
            + " Mira Castell, who runs the fund, disagreed. Mr. Ivo Renz said little."
            + " Sales rose, chief executive Dana Whitlock said.";
    assertThat(extract(text))
        .extracting(Candidate::surface, Candidate::type, Candidate::cue)
        .containsExactly(
            tuple("Lena Okafor", SuggestedType.PERSON, "title:Finance Minister"),
            tuple("Tomas Brandt", SuggestedType.PERSON, "pattern:said"),
            tuple("Mira Castell", SuggestedType.PERSON, "pattern:who"),
            tuple("Ivo Renz", SuggestedType.PERSON, "title:Mr"),
            tuple("Dana Whitlock", SuggestedType.PERSON, "title:chief executive"));
  }

  @Test
  void singleTokenAfterInIsAWeakPlace() {
    assertThat(extract("The summit was held in Valdoria last week."))
        .extracting(Candidate::surface, Candidate::type, Candidate::cue)
        .containsExactly(tuple("Valdoria", SuggestedType.GPE, "prep:in"));
    assertThat(extract("The twist came late in Season 2 of the show, and in Valdoria 2 more fell."))
        .extracting(Candidate::surface, Candidate::type, Candidate::cue)
        .containsExactly(
            tuple("Season", SuggestedType.UNKNOWN, "none"),
            tuple("Valdoria", SuggestedType.UNKNOWN, "none"));
  }

  @Test
  void skipsSentenceInitialWordsCalendarNamesAndStopWords() {
    assertThat(
            extract(
                "However, prices rose. In March the index fell. It was calm on Friday. But We agreed."))
        .isEmpty();
    assertThat(extract("After Quorvex raised prices, demand fell."))
        .extracting(Candidate::surface)
        .containsExactly("Quorvex");
  }

  @Test
  void sentenceInitialWordCountsWhenItRecursCapitalisedInside() {
    assertThat(extract("Quorvex raised prices. Rivals matched Quorvex within days."))
        .extracting(Candidate::surface, Candidate::sentence)
        .containsExactly(tuple("Quorvex", 0), tuple("Quorvex", 1));
  }

  @Test
  void skipsMostlyUpperCaseSentences() {
    assertThat(extract("BREAKING: KESTREL BANK HALTS TRADING. Kestrel Bank later resumed."))
        .extracting(Candidate::surface, Candidate::sentence)
        .containsExactly(tuple("Kestrel Bank", 1));
  }

  @Test
  void knownMentionsAreNotCandidatesAndBreakRuns() {
    String text = "Orbis Labs CEO Jana Holm visited Berlin.";
    SegmentedText seg = segmenter.segment(text);
    List<EntityMention> known =
        List.of(
            new EntityMention("orbis-labs", 0, 10, "Orbis Labs", 0, EntityMention.ALIAS),
            new EntityMention("berlin", 33, 39, "Berlin", 0, EntityMention.ALIAS));
    assertThat(extractor.extract(seg, known))
        .extracting(Candidate::surface, Candidate::type, Candidate::cue)
        .containsExactly(tuple("Jana Holm", SuggestedType.PERSON, "title:CEO"));
  }

  @Test
  void keyStripsPossessiveAndFoldsDiacritics() {
    List<Candidate> c = extract("Analysts praised Zoë  Varga’s plan.");
    assertThat(c)
        .extracting(Candidate::surface, Candidate::key)
        .containsExactly(tuple("Zoë  Varga", "zoe varga"));
    assertThat(CandidateExtractor.key("Halvorsen Partners'")).isEqualTo("halvorsen partners");
    assertThat(CandidateExtractor.key("Varga’s")).isEqualTo("varga");
  }

  @Test
  void loneWordsTheArticleAlsoWritesInLowerCaseOrThatOpenTableLinesAreNotNames() {
    assertThat(
            extract(
                "Net profit rose.\n    Net 1.5 mln vs 1.2 mln\n    Revs 10 mln. The net gain and Quorvex Inc grew."))
        .extracting(Candidate::surface)
        .containsExactly("Quorvex Inc");
    assertThat(extract("Orders went to Corp and Inc units of Talvik."))
        .extracting(Candidate::surface)
        .containsExactly("Talvik");
  }

  @Test
  void numbersAndLineBreaksEndPhrases() {
    assertThat(extract("Shares of Delta 9 Systems rose. New Harbor Group fell."))
        .extracting(Candidate::surface)
        .containsExactly(
            "Delta", "New Harbor Group"); // "Systems" alone is only an organisation word
    assertThat(extract("Reporting by Ana Lind\nRob Kerr contributed"))
        .extracting(Candidate::surface)
        .containsExactly("Ana Lind", "Rob Kerr");
  }
}
