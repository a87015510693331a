package com.newspulse.core.trendstats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SignificantTermsTest {

  @Test
  void llrMatchesHandComputedValues() {
    // expected values from the entropy form of G², computed independently
    assertThat(SignificantTerms.llr(10, 100, 10, 1000)).isCloseTo(22.90780354461822, within(1e-9));
    assertThat(SignificantTerms.llr(3, 100, 1, 1000)).isCloseTo(10.156661803392126, within(1e-9));
    assertThat(SignificantTerms.llr(1, 100, 0, 1000)).isCloseTo(4.804914680087677, within(1e-9));
  }

  @Test
  void equalRatesScoreZeroAndUnderRepresentationIsNegative() {
    assertThat(SignificantTerms.llr(5, 50, 50, 500)).isCloseTo(0.0, within(1e-9));
    assertThat(SignificantTerms.llr(0, 100, 30, 1000)).isCloseTo(-5.802025315217179, within(1e-9));
    assertThat(SignificantTerms.llr(0, 0, 3, 10)).isZero();
  }

  @Test
  void significanceNeedsSupportAndThreshold() {
    SignificantTerms.Result r = SignificantTerms.score(10, 100, 10, 1000);
    assertThat(r.rateRatio()).isCloseTo((11.0 / 101) / (11.0 / 1001), within(1e-12));
    assertThat(r.significant(5, SignificantTerms.LLR_P001)).isTrue();
    assertThat(r.significant(11, SignificantTerms.LLR_P001)).isFalse();
    // 3 of 100 vs 1 of 1000 is a 30x rate but not yet p < 0.001
    assertThat(SignificantTerms.score(3, 100, 1, 1000).significant(2, SignificantTerms.LLR_P001))
        .isFalse();
    assertThat(SignificantTerms.score(0, 100, 30, 1000).significant(0, 0.0)).isFalse();
  }

  @Test
  void rejectsInconsistentCounts() {
    assertThatThrownBy(() -> SignificantTerms.llr(5, 4, 0, 10))
        .hasMessage("inconsistent counts: a=5 n1=4 b=0 n2=10");
  }
}
