package com.newspulse.core.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.newspulse.core.amounts.Amount;
import com.newspulse.core.discovery.Candidate;
import com.newspulse.core.match.EntityMention;
import com.newspulse.core.themes.ThemeHit;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every extractor, through {@link ArticleEnricher}, on arbitrary Unicode: all planes, lone
 * combining marks and variation selectors, ZWJ emoji, RTL scripts, CJK without spaces, lone
 * surrogates, markup, punctuation- and digit-only texts. Nothing may throw, and every span must lie
 * inside its field with its surface equal to the field's substring.
 */
class ArticleEnricherPropertiesTest {
  private static final List<String> PIECES =
      List.of(
          "\u2764\uFE0F",
          "\u0301",
          "\uFE0F",
          "\u200D",
          "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
          "\u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645",
          "\u05E9\u05DC\u05D5\u05DD",
          "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD\u5546\u52A1\u90E8",
          "\u0E2A\u0E27\u0E31\u0E2A\u0E14\u0E35",
          "\uD800",
          "\uDC00",
          "\uD834\uDD1E",
          "Nvidia",
          "Huawei",
          "New York",
          "export controls",
          "tariffs",
          "$5 billion",
          "10%",
          "<b>",
          "</p>",
          "<script>x</script>",
          "&amp;",
          "&#x1F600;",
          "https://x.com/a?b=1",
          "a@b.com",
          "...",
          "!!!",
          "?",
          "12345",
          "1,500.5",
          " ",
          "\n",
          "\n\n",
          "\t",
          "U.S.",
          "'s",
          "-",
          "Mr.",
          "not",
          "bad",
          "good",
          "\u00A0",
          "\u200B",
          "\u0000",
          "\u009D",
          "Read more...");

  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.of(PIECES),
            Arbitraries.strings().all().ofMaxLength(12),
            Arbitraries.strings().withCharRange('\u0300', '\u036F').ofMaxLength(3),
            Arbitraries.strings().ascii().ofMaxLength(20));
    return piece.list().ofMaxSize(40).map(l -> String.join(" ", l));
  }

  @Property(tries = 300)
  void neverThrowsAndEverySpanIndexesItsField(
      @ForAll("hostile") String title, @ForAll("hostile") String text) {
    ArticleAnalysis a = TestEnricher.INSTANCE.analyze(title, text, null);
    for (EntityMention m : a.mentions()) {
      assertSpan(title, text, m.field(), m.start(), m.end(), m.surface());
    }
    for (ThemeHit h : a.themes()) {
      assertSpan(title, text, h.field(), h.start(), h.end(), h.surface());
    }
    for (Amount x : a.amounts()) {
      assertSpan(title, text, x.field(), x.start(), x.end(), x.surface());
    }
    for (Candidate c : a.candidates()) {
      assertSpan(title, text, c.field(), c.start(), c.end(), c.surface());
    }
    a.keywords().forEach(k -> assertThat(k.text()).isNotEmpty().hasSizeLessThanOrEqualTo(400));
    a.terms().forEach(t -> assertThat(t).isNotEmpty());
  }

  @Example
  void aOneMegabyteTextOfHostilePieces() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; b.length() < 1_000_000; i++) {
      b.append(PIECES.get(i % PIECES.size())).append(i % 7 == 0 ? ". " : " ");
    }
    String text = b.toString();
    ArticleAnalysis a = TestEnricher.INSTANCE.analyze("Nvidia \u2764\uFE0F", text, null);
    assertThat(a.mentions()).isNotEmpty();
    a.mentions()
        .forEach(
            m ->
                assertSpan(
                    "Nvidia \u2764\uFE0F", text, m.field(), m.start(), m.end(), m.surface()));
  }

  @Example
  void longChainsOfJoinedWordsAreAnalysed() {
    // Each of these as one 200,000-char run: a regex group repeated per link overflowed the stack
    // ("a-a-a-", "a.a.a.") or retried from every boundary (quadratic).
    for (String unit : List.of("a-", "a.", "A.", "a'", "1,2", "a&", "x.com/", "a@b.")) {
      String text = unit.repeat(200_000 / unit.length());
      ArticleAnalysis a = TestEnricher.INSTANCE.analyze("Nvidia " + unit, text, null);
      assertThat(a.mentions()).as(unit).isNotEmpty(); // the title's Nvidia
      a.keywords().forEach(k -> assertThat(k.text()).hasSizeLessThanOrEqualTo(400));
    }
  }

  @Example
  void punctuationOnlyAndDigitOnlyTexts() {
    for (String s :
        List.of(
            "!!! ... ??? --- ;;;", "1234567890 42 3.14 1,000", "\u0301\u0301\u0301", "\uFE0F")) {
      ArticleAnalysis a = TestEnricher.INSTANCE.analyze(s, s, null);
      assertThat(a.mentions()).isEmpty();
    }
  }

  private static void assertSpan(
      String title, String text, String field, int start, int end, String surface) {
    String f = field.equals("title") ? title : text;
    assertThat(start).as("start of %s", surface).isBetween(0, f.length());
    assertThat(end).as("end of %s", surface).isBetween(start, f.length());
    assertThat(surface).isEqualTo(f.substring(start, end));
  }
}
