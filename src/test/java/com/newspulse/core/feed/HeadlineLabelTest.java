package com.newspulse.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlineLabelTest {

  @Test
  void aLabelIsAShortPrefixBeforeAColonWithALetterWord() {
    assertThat(HeadlineLabel.isLabelForm("ask xy:")).isTrue();
    assertThat(HeadlineLabel.isLabelForm("your monday briefing:")).isTrue();
    assertThat(HeadlineLabel.isLabelForm("watch:")).isTrue();
    // Four words are a headline's clause, a suffix or a dash prefix is branding (by share).
    assertThat(HeadlineLabel.isLabelForm("the war in ukraine:")).isFalse();
    assertThat(HeadlineLabel.isLabelForm("- daily paper")).isFalse();
    assertThat(HeadlineLabel.isLabelForm("world news -")).isFalse();
    // No word of two or more letters: nothing to echo, nothing to decide on.
    assertThat(HeadlineLabel.isLabelForm("2024 x:")).isFalse();
    assertThat(HeadlineLabel.isLabelForm(null)).isFalse();
  }

  @Test
  void aPrefixIsEchoedWhenAWordOfItComesBackInTheHeadlineOrBody() {
    String desk = "Ukraine war: Shelling hits power plant";
    int end = desk.indexOf(": ") + 2;
    assertThat(HeadlineLabel.echoed(desk, end, "Officials in Ukraine said the plant was hit."))
        .isTrue();
    assertThat(HeadlineLabel.echoed(desk, end, "Officials said the plant was hit.")).isFalse();
    assertThat(HeadlineLabel.echoed("Ukraine war: Kyiv war games", end, null)).isTrue();
    String label = "Ask XY: How do you back up a laptop?";
    int labelEnd = label.indexOf(": ") + 2;
    assertThat(HeadlineLabel.echoed(label, labelEnd, "Comments and points below.")).isFalse();
    // Case and compatibility forms fold: "ＸＹ" is "xy".
    assertThat(HeadlineLabel.echoed(label, labelEnd, "More on \uFF38\uFF39 later.")).isTrue();
    // Numbers do not echo: "2022" in "World Cup 2022:" is no subject.
    String cup = "World Cup 2022: Draw made";
    assertThat(HeadlineLabel.echoed(cup, cup.indexOf(": ") + 2, "The draw of 2022 is out."))
        .isFalse();
  }

  @Test
  void aLabelNeedsEnoughItemsAndFewEchoes() {
    assertThat(HeadlineLabel.isLabel(20, 20, 4, 20, 0.2)).isTrue();
    assertThat(HeadlineLabel.isLabel(20, 20, 5, 20, 0.2)).isFalse();
    assertThat(HeadlineLabel.isLabel(19, 40, 0, 20, 0.2)).isFalse(); // 40 copies of 19 stories
    assertThat(HeadlineLabel.isLabel(450, 455, 68, 20, 0.2)).isTrue();
  }
}
