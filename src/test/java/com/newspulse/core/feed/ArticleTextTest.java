package com.newspulse.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleTextTest {
  private static final String BODY =
      "Nvidia cut prices.\nSign up for our free daily newsletter today\n"
          + "Article URL: https://example.com/a\nMore details are at www.example.com/b or by mail to desk@example.com.";

  @Test
  void theSourcesBoilerplateLinkLinesAndLinksAreRemovedAndCounted() {
    BoilerplateSet bp =
        new BoilerplateSet.Builder()
            .add("Feed", BoilerplateKey.of("Sign up for our free daily newsletter today"))
            .build();
    ArticleText t = ArticleText.prepare("Nvidia Cuts Prices", BODY, "Feed", bp, new FeedUnits());
    assertThat(t.body()).isEqualTo("Nvidia cut prices.\n\n\nMore details are at  or by mail to .");
    assertThat(t.boilerplateChars())
        .isEqualTo(
            "Sign up for our free daily newsletter today".length()
                + "Article URL: https://example.com/a".length());
    assertThat(t.text()).startsWith("Nvidia Cuts Prices\n\nNvidia cut prices.");
    // Another source's identical line is content.
    assertThat(ArticleText.prepare(null, BODY, "Other", bp, new FeedUnits()).body())
        .contains("Sign up for our free daily newsletter today");
  }

  @Test
  void aBrandedHeadlineAffixOfTheSourceIsRemovedButNeverTheWholeHeadline() {
    BoilerplateSet bp = new BoilerplateSet.Builder().add("Site", "- cnet").build();
    ArticleText t =
        ArticleText.prepare("Nvidia RTX 4090 Review - CNET", "Fast.", "Site", bp, new FeedUnits());
    assertThat(t.title()).isEqualTo("Nvidia RTX 4090 Review");
    int nvidia = t.text().indexOf("Nvidia");
    assertThat(t.surface(nvidia, nvidia + 6)).isEqualTo("Nvidia");
    assertThat(
            ArticleText.prepare(
                    "Nvidia RTX 4090 Review - CNET", "Fast.", "Other", bp, new FeedUnits())
                .title())
        .isEqualTo("Nvidia RTX 4090 Review - CNET");
    BoilerplateSet both =
        new BoilerplateSet.Builder().add("Site", "live -").add("Site", "- cnet").build();
    assertThat(ArticleText.prepare("Live - CNET", "Fast.", "Site", both, new FeedUnits()).title())
        .isEqualTo("Live - CNET");
  }

  @Test
  void spansMapToTheirFieldAndTheOriginalOffsets() {
    String body = "<b>Huawei</b> &amp; ZTE grew.";
    ArticleText t =
        ArticleText.prepare("Huawei grows", body, null, BoilerplateSet.empty(), new FeedUnits());
    int inTitle = t.text().indexOf("Huawei");
    assertThat(t.field(inTitle)).isEqualTo("title");
    assertThat(t.fieldStart(inTitle)).isZero();
    int inBody = t.text().indexOf("Huawei", t.bodyStart());
    assertThat(t.field(inBody)).isEqualTo("text");
    assertThat(t.fieldStart(inBody)).isEqualTo(3);
    assertThat(t.surface(inBody, inBody + 6)).isEqualTo("Huawei");
    int amp = t.text().indexOf("& ZTE");
    assertThat(t.surface(amp, amp + 5)).isEqualTo("&amp; ZTE");
    assertThat(t.textIndexOfBodyOffset(3)).isEqualTo(inBody);
  }

  @Test
  void withoutAHeadlineTheTextIsTheBody() {
    ArticleText t = ArticleText.of("Plain body.");
    assertThat(t.text()).isEqualTo("Plain body.");
    assertThat(t.bodyStart()).isZero();
    assertThat(HeadlineCase.isTitleCase("Nvidia Faces New Export Curbs From Washington")).isTrue();
    assertThat(HeadlineCase.isTitleCase("Nvidia faces new export curbs from Washington")).isFalse();
  }
}
