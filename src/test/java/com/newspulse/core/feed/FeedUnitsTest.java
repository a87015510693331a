package com.newspulse.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeedUnitsTest {
  private final FeedUnits units = new FeedUnits();

  @Test
  void linesAreUnitsTheirSentencesTooWhenThereAreSeveralAndLinkLinesAreOneUnit() {
    String text = "Rep. Smith met Mr. Jones. They talked.\nComments URL: https://news.example.com/item?id=3\n"
        + "# Comments: 12";
    List<FeedUnits.Unit> u = units.units(text);
    assertThat(u).extracting(x -> text.substring(x.start(), x.end())).containsExactly(
        "Rep. Smith met Mr. Jones. They talked.", "Rep. Smith met Mr. Jones.", "They talked.",
        "Comments URL: https://news.example.com/item?id=3", "# Comments: 12");
    assertThat(u).extracting(FeedUnits.Unit::kind).containsExactly(FeedUnits.Kind.LINE, FeedUnits.Kind.SENTENCE,
        FeedUnits.Kind.SENTENCE, FeedUnits.Kind.LINK, FeedUnits.Kind.LINE);
    assertThat(u.get(3).key()).isEqualTo("comments url: <url>");
    assertThat(u.get(4).key()).isEqualTo("# comments: 12");
  }

  @Test
  void aHeadlinesUnitsAreItsPrefixAndSuffixWithTheirSeparators() {
    String title = "Show HN: A tiny database - Example Site";
    List<FeedUnits.Unit> u = units.titleUnits(title);
    assertThat(u).extracting(x -> title.substring(x.start(), x.end()))
        .containsExactly("Show HN: ", " - Example Site");
    assertThat(u).extracting(FeedUnits.Unit::key).containsExactly("show hn:", "- example site");
    assertThat(units.titleUnits("Nvidia beats forecasts")).isEmpty();
    assertThat(units.titleUnits("Review - CNET")).extracting(FeedUnits.Unit::key).containsExactly("review -", "- cnet");
  }

  @Test
  void keysNormaliseCaseLinksAndSpacesKeepDigitsAndShortUnitsHaveNone() {
    assertThat(BoilerplateKey.of("Sign up  at NEWS@example.com or https://x.example/a for 3 issues"))
        .isEqualTo(BoilerplateKey.of("sign up at other@example.org or www.example.com/b for 3 issues"))
        .isNotEqualTo(BoilerplateKey.of("sign up at other@example.org or www.example.com/b for 12 issues"));
    assertThat(BoilerplateKey.story("Export curbs widen, part 2")).isEqualTo(BoilerplateKey.story("Export Curbs widen, part 11"));
    assertThat(BoilerplateKey.story(" ")).isNull();
    assertThat(BoilerplateKey.of("Rep.")).isNull();
    assertThat(BoilerplateKey.of("2024.")).isNull();
    assertThat(FeedUnits.isLinkLine("Support us on Patreon and read the whole story at https://x.example.com/a"))
        .isFalse();
    assertThat(FeedUnits.isLinkLine("\u25BA Twitter: https://twitter.com/someone")).isTrue();
  }
}
