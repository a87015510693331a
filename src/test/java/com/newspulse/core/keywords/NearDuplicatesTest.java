package com.newspulse.core.keywords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

  @Test
  void levenshteinDistanceAndRatio() {
    assertThat(NearDuplicates.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(NearDuplicates.distance("", "abc")).isEqualTo(3);
    assertThat(NearDuplicates.levenshteinRatio("kitten", "sitting"))
        .isCloseTo(1 - 3.0 / 7, within(1e-15));
    assertThat(NearDuplicates.levenshteinRatio("chip", "chips")).isEqualTo(0.8);
    assertThat(NearDuplicates.levenshteinRatio("", "")).isEqualTo(1.0);
  }

  @Test
  void lengthGapShortCutStaysBelowFloor() {
    // "ai" vs "export controls": the length gap alone caps the ratio at 2/15.
    assertThat(NearDuplicates.levenshteinRatio("ai", "export controls", 0.8))
        .isCloseTo(2.0 / 15, within(1e-15));
  }

  @Test
  void containmentIsSharedOverSmallerSet() {
    assertThat(
            NearDuplicates.containment(
                Set.of("export", "control"), Set.of("export", "control", "rule")))
        .isEqualTo(1.0);
    assertThat(
            NearDuplicates.containment(
                Set.of("advanced", "ai", "chip"), Set.of("keep", "advanced", "ai")))
        .isCloseTo(2.0 / 3, within(1e-15));
    assertThat(NearDuplicates.containment(Set.of(), Set.of("a"))).isEqualTo(0.0);
  }
}
