package com.newspulse.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchTokensTest {

  @Test
  void splitsHyphenatedWordsIntoUnitsWithOffsets() {
    String text = "Taiwan-based Nvidia’s GPT-4";
    MatchTokens units = MatchTokens.of(new TextSegmenter().segment(text));

    assertThat(units.foldedKeys())
        .containsExactly("taiwan", "-", "based", "nvidia", "'s", "gpt", "-", "4");
    List<String> spans = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      spans.add(units.start(i) + ":" + units.end(i) + ":" + units.tokenIndex(i));
    }
    assertThat(spans)
        .containsExactly(
            "0:6:0", "6:7:0", "7:12:0", "13:19:1", "19:21:2", "22:25:3", "25:26:3", "26:27:3");
    assertThat(units.normalized(4)).isEqualTo("'s");
    assertThat(units.unitText(4)).isEqualTo("’s");
  }
}
