package com.newspulse.core.themes;

import static org.assertj.core.api.Assertions.assertThat;

import com.newspulse.core.text.SegmentedText;
import com.newspulse.core.text.Sentence;
import com.newspulse.core.text.TextSegmenter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The trigger prefilter and anchored matching of {@link ThemeMatcher} must not change any pattern
 * hit: hits are compared with the plain method, every pattern run with {@code find()} on every
 * sentence.
 */
class ThemeMatcherPrefilterTest {

  /** One pattern per theme, so the plain method's hits need no overlap filtering. */
  private static final String[] PATTERNS = {
    "\\bchips?\\b(?<!potato chips?)(?!\\s+away)", // anchored on "chip"
    "\\b\\d{1,2}\\s?-?(nm|nanometre)\\b", // anchored, up to 7 chars before "nm"
    "(?<!x\\. )\\bwar\\b", // leading lookbehind: must not see the previous sentence
    "\\bban(ned)?\\s+exports?\\s+of\\s+\\w+", // several trigger sets
    "\\b\\d+\\s?(%|pct)\\s+tariffs?\\b", // no anchor: "\\d+" has no bounded length
    "(urban|ban)\\w*", // "ban" may start 2 chars into the match
    "^\\s*chips", // ^ depends on where matching starts: no anchor
    "\\bbank\\b", // matches "BAN\u212A" (Kelvin sign) under UNICODE_CASE
    "(lay)?off\\b",
    "x*", // can match empty: no triggers at all
    "\\bstra(ss|\u00DF)e\\b", // non-ASCII literal
  };

  private static final String[] FRAGMENTS = {
    "chip",
    "chips",
    "Chips",
    "CHIP",
    "potato",
    "away",
    "5",
    "12",
    "123",
    "nm",
    "Nanometre",
    "-",
    " ",
    " ",
    " ",
    "  ",
    "\u00A0",
    ".",
    ". ",
    "\n\n",
    "war",
    "WAR",
    "x",
    "x. ",
    "ban",
    "banned",
    "BANNED",
    "exports",
    "of",
    "urban",
    "%",
    "pct",
    "tariffs",
    "bank",
    "BAN\u212A",
    "\u017F",
    "\uD83D\uDE00",
    "lay",
    "off",
    "\u00E9",
    "strasse",
    "stra\u00DFe",
    "STRA\u017F\u017FE",
    "\r\n",
    "Ban",
    "banned exports of ",
    "Ban export\nof ",
    "10% tariffs",
    "5 pct\u00A0tariff"
  };

  private static ThemeMatcher matcher;
  private static final List<Pattern> COMPILED = new ArrayList<>();

  @BeforeAll
  static void build() {
    StringBuilder conf = new StringBuilder("themes = [\n");
    for (int i = 0; i < PATTERNS.length; i++) {
      conf.append("  { id = T")
          .append(i)
          .append(", label = t")
          .append(i)
          .append(", patterns = [\"\"\"")
          .append(PATTERNS[i])
          .append("\"\"\"] }\n");
      COMPILED.add(Pattern.compile(PATTERNS[i], ThemeTaxonomy.PATTERN_FLAGS));
    }
    matcher = new ThemeMatcher(ThemeTaxonomy.parse("test.conf", conf.append("]\n").toString()));
  }

  /** The plain method: every pattern, every sentence, find(); sorted like ThemeMatcher's result. */
  private static List<ThemeHit> plain(String text) {
    SegmentedText segmented = new TextSegmenter().segment(text);
    List<ThemeHit> hits = new ArrayList<>();
    for (int t = 0; t < COMPILED.size(); t++) {
      Matcher m = COMPILED.get(t).matcher(text);
      for (Sentence s : segmented.sentences()) {
        m.region(s.start(), s.end());
        while (m.find()) {
          if (m.end() > m.start()) {
            hits.add(new ThemeHit("T" + t, m.start(), m.end(), m.group(), s.index()));
          }
        }
      }
    }
    hits.sort(
        Comparator.comparingInt(ThemeHit::start)
            .thenComparing(Comparator.comparingInt(ThemeHit::end).reversed())
            .thenComparingInt(h -> Integer.parseInt(h.themeId().substring(1))));
    return hits;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Potato chips and chips. Chips away and CHIP sales.",
        "A 5 -nm node, a 12nm node, 123nm and 7 nanometre chips.",
        "It was x. War broke out. Then x. war again, and a war.",
        "They banned exports of chips, and ban export of gallium. Ban\nexports of x.",
        "A 25% tariffs hike, 10 pct tariff and 5 %  tariffs.",
        "urban banking, bans and suburban sprawl",
        "chips first. Then   chips again.\n\n  chips",
        "BAN\u212A holidays at the bank; banks.",
        "Lay off, layoff, laid off, LAYOFF and offline.",
        "xx y x",
        "Die Stra\u00DFe, the strasse and STRA\u017F\u017FE.",
        "An emoji \uD83D\uDE00 chips sentence with 5nm. And \uD83D\uDE00war.",
        "\u017Fhips and chip\u017F",
        ""
      })
  void sameHitsAsRunningEveryPatternOnEverySentence(String text) {
    assertThat(hits(matcher.match(text))).isEqualTo(hits(plain(text)));
  }

  @Test
  void sameHitsOnRandomTexts() {
    for (String text : randomTexts()) {
      assertThat(hits(matcher.match(text))).as(text).isEqualTo(hits(plain(text)));
    }
  }

  @Test
  void theRandomTextsExerciseEveryPattern() {
    int[] hitsPerPattern = new int[PATTERNS.length];
    for (String text : randomTexts()) {
      for (ThemeHit h : plain(text)) {
        hitsPerPattern[Integer.parseInt(h.themeId().substring(1))]++;
      }
    }
    for (int t = 0; t < PATTERNS.length; t++) {
      assertThat(hitsPerPattern[t]).as(PATTERNS[t]).isGreaterThan(10);
    }
  }

  /** Texts made of pattern words, spaces, sentence ends and case variants, from a fixed seed. */
  private static List<String> randomTexts() {
    Random random = new Random(7);
    List<String> texts = new ArrayList<>();
    for (int n = 0; n < 3000; n++) {
      StringBuilder text = new StringBuilder();
      int fragments = 1 + random.nextInt(40);
      for (int k = 0; k < fragments; k++) {
        text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        if (random.nextInt(3) == 0) {
          text.append(' ');
        }
      }
      texts.add(text.toString());
    }
    return texts;
  }

  private static List<String> hits(List<ThemeHit> hits) {
    return hits.stream()
        .map(h -> h.themeId() + "@" + h.start() + "-" + h.end() + "/" + h.sentence())
        .toList();
  }
}
