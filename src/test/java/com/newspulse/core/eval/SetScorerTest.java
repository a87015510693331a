package com.newspulse.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SetScorerTest {
  @Test
  void microAveragesOverArticlesAndKeepsEveryError() {
    SetScorer s = new SetScorer();
    s.add("a1", "TRAIN", Set.of("usa", "japan"), Set.of("usa"));
    s.add("a2", "TEST", Set.of("uk"), Set.of("uk", "france"));
    s.add("a3", "TEST", Set.of(), Set.of());
    assertThat(s.articles()).isEqualTo(3);
    assertThat(s.total().tp()).isEqualTo(2);
    assertThat(s.total().fp()).isEqualTo(1);
    assertThat(s.total().fn()).isEqualTo(1);
    assertThat(s.total().precision()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(s.total().f1()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(s.byGroup().get("TEST").fp()).isEqualTo(1);
    assertThat(s.byLabel().get("japan").fn()).isEqualTo(1);
    assertThat(s.errors())
        .containsExactly(
            new SetScorer.Error("a1", "FN", "japan", "TRAIN"),
            new SetScorer.Error("a2", "FP", "france", "TEST"));
  }

  @Test
  void emptyScoresAreZeroNotNaN() {
    Prf p = new Prf();
    assertThat(p.precision()).isZero();
    assertThat(p.recall()).isZero();
    assertThat(p.f1()).isZero();
  }

  @Test
  void namesMustContainEveryWordOfTheGoldCode() {
    assertThat(NameRecall.found("james-baker", List.of("James A. Baker"))).isTrue();
    assertThat(NameRecall.found("james-baker", List.of("Baker"))).isFalse();
    assertThat(NameRecall.found("de-clercq", List.of("Willy De Clercq"))).isTrue();
    assertThat(NameRecall.found("volcker", List.of("Paul Volcker", "Alan Greenspan"))).isTrue();
    assertThat(NameRecall.found("poehl", List.of("Karl Otto Pöhl"))).isFalse();
  }
}
