package com.newspulse.core.trendstats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NormalQuantileTest {

  @Test
  void matchesTheNormalQuantilesInEveryRegion() {
    // Reference values: commons-math NormalDistribution.inverseCumulativeProbability and, past
    // its precision, scipy.stats.norm.isf.
    assertThat(NormalQuantile.lower(0.5)).isCloseTo(0.0, within(1e-12));
    assertThat(NormalQuantile.lower(0.1)).isCloseTo(-1.2815515655446008, within(1e-8));
    assertThat(NormalQuantile.lower(0.02)).isCloseTo(-2.0537489106318234, within(1e-8));
    assertThat(NormalQuantile.lower(0.001)).isCloseTo(-3.0902323061678136, within(1e-8));
    assertThat(NormalQuantile.lower(1e-10)).isCloseTo(-6.361340889697421, within(1e-7));
    assertThat(NormalQuantile.lower(0.999)).isCloseTo(3.0902323061678136, within(1e-8));
    assertThat(NormalQuantile.upper(0.00134989803163)).isCloseTo(3.0, within(1e-8));
  }

  @Test
  void staysFiniteAndOrderedForTailsPastDoublePrecision() {
    // Where erfInv(2p - 1) rounds to infinity (p < 1.1e-16), and past the smallest double.
    double a = NormalQuantile.upper(1e-20);
    double b = NormalQuantile.upper(1e-300);
    double c = NormalQuantile.upperOfLog(-2000);
    assertThat(a).isCloseTo(9.262340089798408, within(1e-7));
    assertThat(b).isCloseTo(37.0470962993612, within(1e-6));
    assertThat(c).isFinite().isGreaterThan(b);
    assertThat(NormalQuantile.upperOfLog(Math.log(1e-300))).isCloseTo(b, within(1e-9));
    assertThat(NormalQuantile.upperOfLog(Math.log(0.2)))
        .isCloseTo(0.8416212335729143, within(1e-8));
  }

  @Test
  void rejectsWhatIsNotAProbability() {
    assertThat(NormalQuantile.upper(0)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(NormalQuantile.upper(1)).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThatThrownBy(() -> NormalQuantile.lower(1.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NormalQuantile.lower(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NormalQuantile.upperOfLog(0.1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
