package com.newspulse.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeedUnitsTest {
  private final FeedUnits units = new FeedUnits();

  @Test
  void linesAreUnitsTheirSentencesTooWhenThereAreSeveralAndLinkLinesAreOneUnit() {
    String text =
        "Rep. Smith met Mr. Jones. They talked.\nComments URL: https://news.example.com/item?id=3\n"
            + "# Comments: 12";
    List<FeedUnits.Unit> u = units.units(text);
    assertThat(u)
        .extracting(x -> text.substring(x.start(), x.end()))
        .containsExactly(
            "Rep. Smith met Mr. Jones. They talked.",
            "Rep. Smith met Mr. Jones.",
            "They talked.",
            "Comments URL: https://news.example.com/item?id=3",
            "# Comments: 12");
    assertThat(u)
        .extracting(FeedUnits.Unit::kind)
        .containsExactly(
            FeedUnits.Kind.LINE,
            FeedUnits.Kind.SENTENCE,
            FeedUnits.Kind.SENTENCE,
            FeedUnits.Kind.LINK,
            FeedUnits.Kind.LINE);
    assertThat(u.get(3).key()).isEqualTo("comments url: <url>");
    assertThat(u.get(4).key()).isEqualTo("# comments: 12");
  }

  @Test
  void aHeadlinesUnitsAreItsPrefixAndSuffixWithTheirSeparators() {
    String title = "Show HN: A tiny database - Example Site";
    List<FeedUnits.Unit> u = units.titleUnits(title);
    assertThat(u)
        .extracting(x -> title.substring(x.start(), x.end()))
        .containsExactly("Show HN: ", " - Example Site");
    assertThat(u).extracting(FeedUnits.Unit::key).containsExactly("show hn:", "- example site");
    assertThat(units.titleUnits("Nvidia beats forecasts")).isEmpty();
    assertThat(units.titleUnits("Review - CNET"))
        .extracting(FeedUnits.Unit::key)
        .containsExactly("review -", "- cnet");
  }

  @Test
  void keysNormaliseCaseLinksAndSpacesKeepDigitsAndShortUnitsHaveNone() {
    assertThat(
            BoilerplateKey.of("Sign up  at NEWS@example.com or https://x.example/a for 3 issues"))
        .isEqualTo(
            BoilerplateKey.of("sign up at other@example.org or www.example.com/b for 3 issues"))
        .isNotEqualTo(
            BoilerplateKey.of("sign up at other@example.org or www.example.com/b for 12 issues"));
    assertThat(BoilerplateKey.story("Export curbs widen, part 2"))
        .isEqualTo(BoilerplateKey.story("Export Curbs widen, part 11"));
    assertThat(BoilerplateKey.story(" ")).isNull();
    assertThat(BoilerplateKey.of("Rep.")).isNull();
    assertThat(BoilerplateKey.of("2024.")).isNull();
    assertThat(
            FeedUnits.isLinkLine(
                "Support us on Patreon and read the whole story at https://x.example.com/a"))
        .isFalse();
    assertThat(FeedUnits.isLinkLine("\u25BA Twitter: https://twitter.com/someone")).isTrue();
  }

  @Test
  void creditAndBylinePiecesYieldTheirTemplatesAndSentencesDoNot() {
    String text =
        "The tablet costs less this week. | Photo by Jane Roe / Wire Photos\n"
            + "posted by /u/some_reader_42\n"
            + "Rain fell on the capital on Monday. (Ann Example/Wire Photos)\n"
            + "Shares of Acme rose three percent.";
    List<FeedUnits.Unit> affixes =
        units.units(text).stream()
            .filter(u -> u.kind() == FeedUnits.Kind.AFFIX || u.kind() == FeedUnits.Kind.CREDIT)
            .toList();
    // The templates of a line's tail after " | " and of its trailing parenthesis are credits.
    assertThat(affixes)
        .extracting(u -> u.kind() + " " + u.key())
        .containsExactly(
            "CREDIT photo by \u2026",
            "CREDIT \u2026 wire photos",
            "AFFIX posted by \u2026",
            "AFFIX \u2026 u some_reader_42",
            "AFFIX ann example \u2026",
            "AFFIX \u2026 wire photos",
            "CREDIT ann example \u2026",
            "CREDIT \u2026 wire photos");
    // each spans its piece: the bar tail keeps its bar, the parenthesis is the last sentence and
    // the trailing one
    assertThat(affixes)
        .extracting(x -> text.substring(x.start(), x.end()))
        .containsExactly(
            "| Photo by Jane Roe / Wire Photos",
            "| Photo by Jane Roe / Wire Photos",
            "posted by /u/some_reader_42",
            "posted by /u/some_reader_42",
            "(Ann Example/Wire Photos)",
            "(Ann Example/Wire Photos)",
            "(Ann Example/Wire Photos)",
            "(Ann Example/Wire Photos)");
    assertThat(BoilerplateKey.affixes("Shares of Acme rose three percent.")).isEmpty();
    assertThat(BoilerplateKey.affixes("Image: Reuters")).containsExactly("image: \u2026");
    assertThat(BoilerplateKey.affixes("Credit: Jane Roe / Wire Photos"))
        .containsExactly("credit: \u2026", "credit jane \u2026", "\u2026 wire photos");
    assertThat(BoilerplateKey.affixes("Points: 6")).isEmpty();
    assertThat(BoilerplateKey.affixes("Nvidia RTX")).isEmpty();
    assertThat(BoilerplateKey.affixes("Net profit 5.1 mln vs 4.2 mln")).isEmpty();
    assertThat(BoilerplateKey.affixes("one two three four five six seven eight nine")).isEmpty();
  }
}
