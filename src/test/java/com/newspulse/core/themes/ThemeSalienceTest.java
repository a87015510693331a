package com.newspulse.core.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ThemeSalienceTest {
  @Test
  void headlineLeadAndRepetitionMakeAThemePrimary() {
    // Headline hit only: 3, not primary.
    assertThat(ThemeSalience.score(1, 0, -1, 400)).isEqualTo(3.0);
    // Headline + one lead hit in a 400-token story: 3 + 1 + 2 * 0.25 + 1 = 5.5, primary.
    assertThat(ThemeSalience.score(1, 1, 10, 400)).isCloseTo(5.5, within(1e-12));
    assertThat(ThemeSalience.score(1, 1, 10, 400)).isGreaterThanOrEqualTo(ThemeSalience.PRIMARY);
    // One passing mention deep in a long story: 1 + 2 * 0.25 = 1.5, not primary.
    assertThat(ThemeSalience.score(0, 1, 2000, 400)).isCloseTo(1.5, within(1e-12));
    // Short briefs: density uses at least 50 tokens. 2 hits in 20 tokens: 1 + 2 * 4 + 2 = 11.
    assertThat(ThemeSalience.score(0, 2, 0, 20)).isCloseTo(11.0, within(1e-12));
    assertThat(ThemeSalience.score(0, 0, -1, 100)).isZero();
  }
}
