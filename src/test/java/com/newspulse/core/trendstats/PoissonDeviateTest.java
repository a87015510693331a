package com.newspulse.core.trendstats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PoissonDeviateTest {

  @Test
  void aboveTheMeanItIsTheExactUpperTailAsANormalZ() {
    // P(X >= 9 | 2.289) = 6.2045e-4 (regularized gamma), the normal z with that upper tail 3.2293;
    // the Freeman-Tukey deviate said 2.974 and missed the threshold of 3.
    assertThat(PoissonDeviate.of(9, 2.289)).isCloseTo(3.2293096196352336, within(1e-7));
    // P(X >= 9 | 3) = 0.0038: rarer than z 2.67 but not rare enough for 3.
    assertThat(PoissonDeviate.of(9, 3)).isCloseTo(2.669077750249623, within(1e-7));
    // Large counts: close to the normal approximation with its skew.
    assertThat(PoissonDeviate.of(135, 100)).isCloseTo(3.291509537749662, within(1e-7));
  }

  @Test
  void atOrBelowTheMeanItIsTheFreemanTukeyDeviate() {
    assertThat(PoissonDeviate.of(1, 1)).isCloseTo(0.0, within(1e-12));
    assertThat(PoissonDeviate.of(0, 4)).isCloseTo(-4.0, within(1e-12));
    assertThat(PoissonDeviate.of(4, 9)).isCloseTo(-2.0, within(1e-12));
  }

  @Test
  void tailsPastDoublePrecisionStayFiniteAndOrdered() {
    double z1000 = PoissonDeviate.of(1000, 100);
    double z2000 = PoissonDeviate.of(2000, 100);
    double z500 = PoissonDeviate.of(500, 100);
    assertThat(z500).isFinite();
    assertThat(z1000).isFinite().isGreaterThan(z500);
    assertThat(z2000).isFinite().isGreaterThan(z1000);
  }

  @Test
  void rejectsNegativeCountsAndMeans() {
    assertThatThrownBy(() -> PoissonDeviate.of(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PoissonDeviate.of(1, -2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PoissonDeviate.of(1, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
