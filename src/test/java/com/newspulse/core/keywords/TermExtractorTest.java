package com.newspulse.core.keywords;

import static org.assertj.core.api.Assertions.assertThat;

import com.newspulse.core.text.TextSegmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermExtractorTest {
  private final TextSegmenter segmenter = new TextSegmenter();
  private final TermExtractor extractor = new TermExtractor();

  private List<String> terms(String text) {
    return extractor.terms(segmenter.segment(text));
  }

  @Test
  void ngramsNeitherStartNorEndWithStopWords() {
    assertThat(terms("The Bank of England raised rates."))
        .containsExactly(
            "bank",
            "bank of england",
            "england",
            "england raised",
            "england raised rates",
            "raised",
            "raised rates",
            "rates");
  }

  @Test
  void punctuationNumbersAndSentenceEndsBreakNgrams() {
    assertThat(terms("Chip output rose 12 percent, analysts noted. Demand stayed firm."))
        .containsExactly(
            "analysts",
            "analysts noted",
            "chip",
            "chip output",
            "chip output rose",
            "demand",
            "demand stayed",
            "demand stayed firm",
            "firm",
            "noted",
            "output",
            "output rose",
            "percent",
            "rose",
            "stayed",
            "stayed firm");
  }

  @Test
  void alphanumericTokensStayAndShortOrNumericTokensGo() {
    assertThat(terms("Its B200 chips use a 5nm node, up from 2023's H20 to Plan B."))
        .containsExactly(
            "5nm",
            "5nm node",
            "b200",
            "b200 chips",
            "b200 chips use",
            "chips",
            "chips use",
            "h20",
            "h20 to plan",
            "node",
            "plan",
            "use");
  }

  @Test
  void foldsCaseDiacriticsAndKeepsHyphenatedWords() {
    assertThat(terms("Cross-border trade with Türkiye grew; TRADE grew again."))
        .containsExactly(
            "cross-border",
            "cross-border trade",
            "grew",
            "trade",
            "trade grew",
            "trade with turkiye",
            "turkiye",
            "turkiye grew");
  }

  @Test
  void emptyTextHasNoTerms() {
    assertThat(terms("")).isEmpty();
    assertThat(terms("The and of it.")).isEmpty();
  }
}
