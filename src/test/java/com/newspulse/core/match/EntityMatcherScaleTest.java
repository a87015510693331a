package com.newspulse.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.newspulse.core.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

/**
 * Correctness at 100,000 aliases (speed is measured by {@link MatcherScaleBench}, not asserted).
 */
class EntityMatcherScaleTest {

  @Test
  void findsExpectedMentionsAmong100kAliases() {
    KnowledgeBase kb = SyntheticKb.build(100_000);
    assertThat(kb.size()).isEqualTo(50_000);
    assertThat(kb.aliasCount()).isEqualTo(100_000);
    EntityMatcher matcher = new EntityMatcher(kb);

    String text =
        "Yesterday "
            + SyntheticKb.name(12_345)
            + " bought "
            + SyntheticKb.alias(49_999)
            + ". "
            + SyntheticKb.name(7)
            + " and "
            + SyntheticKb.name(3).toLowerCase()
            + " rose, but "
            + SyntheticKb.word(8)
            + " and "
            + SyntheticKb.word(49_997)
            + " Group did not.";

    assertThat(matcher.match(text))
        .extracting(m -> m.entityId() + ":" + m.surface())
        .containsExactly(
            "syn-12345:" + SyntheticKb.name(12_345),
            "syn-49999:" + SyntheticKb.alias(49_999),
            "syn-7:" + SyntheticKb.name(7),
            "syn-3:" + SyntheticKb.name(3).toLowerCase());
    assertThat(SyntheticKb.name(12_345)).isEqualTo(SyntheticKb.word(12_345));
    assertThat(SyntheticKb.name(7)).endsWith(" Group");
  }
}
