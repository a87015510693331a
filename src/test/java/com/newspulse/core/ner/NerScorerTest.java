package com.newspulse.core.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerScorerTest {
  @Test
  void countsOnlyExactSpanAndTypeAsRight() {
    NerScorer s = new NerScorer();
    // gold: PER [0,2), ORG [3,4), LOC [5,6)
    // predicted: PER [0,1) (boundary wrong), ORG [3,4) (right), MISC [5,6) (type wrong), LOC [7,8)
    // (spurious)
    s.add(
        List.of("B-PER", "I-PER", "O", "B-ORG", "O", "B-LOC", "O", "O"),
        List.of("B-PER", "O", "O", "B-ORG", "O", "B-MISC", "O", "B-LOC"));
    s.add(List.of("B-PER"), List.of("B-PER"));
    assertThat(s.overall().tp()).isEqualTo(2);
    assertThat(s.overall().fp()).isEqualTo(3);
    assertThat(s.overall().fn()).isEqualTo(2);
    assertThat(s.byType().keySet()).containsExactly("LOC", "MISC", "ORG", "PER");
    assertThat(s.byType().get("PER").tp()).isEqualTo(1);
    assertThat(s.byType().get("PER").fp()).isEqualTo(1);
    assertThat(s.byType().get("PER").fn()).isEqualTo(1);
    assertThat(s.byType().get("ORG").f1()).isEqualTo(1.0);
    assertThat(s.byType().get("LOC").fp()).isEqualTo(1);
    assertThat(s.byType().get("LOC").fn()).isEqualTo(1);
    assertThat(s.sentences()).isEqualTo(2);
    assertThat(s.tokens()).isEqualTo(9);
    assertThat(s.overall().precision()).isEqualTo(0.4);
  }

  @Test
  void refusesMisalignedTags() {
    assertThatThrownBy(() -> new NerScorer().add(List.of("O", "O"), List.of("O")))
        .hasMessageContaining("must use the gold tokens");
  }
}
