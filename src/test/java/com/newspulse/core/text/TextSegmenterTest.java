package com.newspulse.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSegmenterTest {

  private final TextSegmenter segmenter = new TextSegmenter();

  private List<String> texts(String text) {
    return segmenter.segment(text).tokens().stream().map(Token::text).toList();
  }

  private List<String> sentences(String text) {
    return segmenter.segment(text).sentences().stream()
        .map(s -> text.substring(s.start(), s.end()))
        .toList();
  }

  @Test
  void splitsParagraphWithAbbreviationsInitialsNumbersAndBlankLines() {
    String text =
        "The U.S. Commerce Department said Mr. Huang's company expects 5.5 billion dollars in sales. "
            + "TSMC chief C.C. Wei agreed! Analysts cited Jan. 5 filings.\n\n"
            + "A second paragraph without a final period\n\nAnd a third";
    SegmentedText seg = segmenter.segment(text);

    assertThat(seg.sentences())
        .containsExactly(
            new Sentence(0, 0, 91),
            new Sentence(1, 92, 119),
            new Sentence(2, 120, 150),
            new Sentence(3, 152, 193),
            new Sentence(4, 195, 206));
    assertThat(sentences(text))
        .containsExactly(
            "The U.S. Commerce Department said Mr. Huang's company expects 5.5 billion dollars in sales.",
            "TSMC chief C.C. Wei agreed!",
            "Analysts cited Jan. 5 filings.",
            "A second paragraph without a final period",
            "And a third");
    assertThat(seg.tokens())
        .contains(
            new Token("U.S.", 4, 8, 0),
            new Token("Mr", 34, 36, 0),
            new Token(".", 36, 37, 0),
            new Token("Huang", 38, 43, 0),
            new Token("'s", 43, 45, 0),
            new Token("5.5", 62, 65, 0),
            new Token("C.C.", 103, 107, 1),
            new Token("Wei", 108, 111, 1),
            new Token("Jan", 135, 138, 2),
            new Token("And", 195, 198, 4));
    assertThat(seg.tokens()).hasSize(40);
    assertThat(seg.tokens())
        .allSatisfy(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()));
  }

  @Test
  void keepsJoinersInsideTokens() {
    assertThat(
            texts(
                "don't O’Brien 7-nanometer Okonjo-Iweala GPT-4 U.S. U.K. e.g. 5.5 1,500 1,500.25"))
        .containsExactly(
            "don't",
            "O’Brien",
            "7-nanometer",
            "Okonjo-Iweala",
            "GPT-4",
            "U.S.",
            "U.K.",
            "e.g.",
            "5.5",
            "1,500",
            "1,500.25");
  }

  @Test
  void splitsPunctuationIntoSingleCharacterTokens() {
    assertThat(texts("costs $5 (up 3%), “said” end."))
        .containsExactly(
            "costs", "$", "5", "(", "up", "3", "%", ")", ",", "“", "said", "”", "end", ".");
  }

  @Test
  void splitsPossessiveButNotOtherApostrophes() {
    assertThat(texts("Huawei's O'Brien's Huawei’s 2024's investors' don't"))
        .containsExactly(
            "Huawei",
            "'s",
            "O'Brien",
            "'s",
            "Huawei",
            "’s",
            "2024",
            "'s",
            "investors",
            "'",
            "don't");
  }

  @Test
  void separatorsJoinOnlyInsideNumbers() {
    assertThat(texts("grew 5.5. In 2023,2024 and 1,50 rose"))
        .containsExactly(
            "grew", "5.5", ".", "In", "2023", ",", "2024", "and", "1", ",", "50", "rose");
    assertThat(texts("Amazon.com U.S.-China -5 a-"))
        .containsExactly("Amazon", ".", "com", "U.S.", "-", "China", "-", "5", "a", "-");
  }

  @Test
  void isUnicodeAware() {
    String text = "Erdoğan in Türkiye met 华为 😀 x\u0301y";
    assertThat(segmenter.segment(text).tokens())
        .containsExactly(
            new Token("Erdoğan", 0, 7, 0),
            new Token("in", 8, 10, 0),
            new Token("Türkiye", 11, 18, 0),
            new Token("met", 19, 22, 0),
            new Token("华", 23, 24, 0),
            new Token("为", 24, 25, 0),
            new Token("😀", 26, 28, 0),
            new Token("x\u0301y", 29, 32, 0));
  }

  @Test
  void sentenceBoundaryRules() {
    assertThat(sentences("He said \"no.\" Then he left."))
        .containsExactly("He said \"no.\"", "Then he left.");
    assertThat(sentences("It fell. \"Bad,\" he said."))
        .containsExactly("It fell.", "\"Bad,\" he said.");
    assertThat(sentences("Sales fell 3.2 percent. 2025 looks better."))
        .containsExactly("Sales fell 3.2 percent.", "2025 looks better.");
    assertThat(sentences("He bought 5 lbs. of rice. Really?! Yes."))
        .containsExactly("He bought 5 lbs. of rice.", "Really?!", "Yes.");
    assertThat(sentences("Ask Dr. Smith and J. Doe of Acme Inc. Today."))
        .containsExactly("Ask Dr. Smith and J. Doe of Acme Inc. Today.");
    assertThat(sentences("Line one\nline two\r\n\r\nLine three"))
        .containsExactly("Line one\nline two", "Line three");
    assertThat(sentences("华为发布。新品上市。")).containsExactly("华为发布。", "新品上市。");
  }

  @Test
  void emptyAndBlankTextHaveNoSentences() {
    assertThat(segmenter.segment("").sentences()).isEmpty();
    assertThat(segmenter.segment(" \n\t ").tokens()).isEmpty();
    assertThat(segmenter.segment(" \n\t ").sentences()).isEmpty();
  }
}
