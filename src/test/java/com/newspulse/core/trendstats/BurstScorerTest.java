package com.newspulse.core.trendstats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.newspulse.core.trendstats.BurstScorer.PeriodScore;
import org.junit.jupiter.api.Test;

class BurstScorerTest {

  private final BurstScorer scorer = new BurstScorer(4, 2, 3.0, 5);

  @Test
  void flagsAJumpInShareAgainstAVariableBaseline() {
    long[] articles = {10, 12, 8, 10, 40};
    long[] totals = {100, 100, 100, 100, 100};
    PeriodScore[] s = scorer.score(articles, totals);
    // baseline shares 0.10 0.12 0.08 0.10: mean 0.10, sample sd 0.01633; binomial sd 0.03
    assertThat(s[4].baselineShare()).isCloseTo(0.10, within(1e-12));
    // share z = 0.30 / 0.03 = 10; the count's Poisson deviate (P(X >= 40 | 10) = 7.3e-13, scipy
    // norm.isf of it 7.0774485) is smaller and wins
    assertThat(s[4].zScore()).isCloseTo(7.077448504742946, within(1e-7));
    assertThat(s[4].burst()).isTrue();
    assertThat(s[3].burst()).isFalse();
  }

  @Test
  void noScoreWithoutEnoughHistory() {
    PeriodScore[] s = scorer.score(new long[] {50, 50}, new long[] {100, 100});
    assertThat(s[0].zScore()).isNaN();
    assertThat(s[1].zScore()).isNaN();
    assertThat(s[1].share()).isEqualTo(0.5);
    assertThat(s[1].burst()).isFalse();
  }

  @Test
  void zeroBaselineUsesBinomialFloorAndMinimumSupport() {
    // A key never seen before: 1 article in 100 is not a burst (support), 30 is.
    PeriodScore[] one = scorer.score(new long[] {0, 0, 0, 1}, new long[] {100, 100, 100, 100});
    // share z would be 1.005; the count deviate 2 (sqrt 1 - sqrt 1) = 0 is the score
    assertThat(one[3].zScore()).isCloseTo(0.0, within(1e-12));
    assertThat(one[3].burst()).isFalse();
    PeriodScore[] many = scorer.score(new long[] {0, 0, 0, 30}, new long[] {100, 100, 100, 100});
    assertThat(many[3].burst()).isTrue();
  }

  @Test
  void smallCountsNeedMoreThanANormalApproximationWouldAccept() {
    // 3 expected (6% of 50), 9 seen: the share z-score says 3.6, the count's Poisson tail 0.0038
    // (z 2.67).
    long[] articles = {3, 3, 3, 3, 2, 4, 3, 9};
    long[] totals = {50, 50, 50, 50, 50, 50, 50, 50};
    PeriodScore last = new BurstScorer(7, 3, 3.0, 5).score(articles, totals)[7];
    assertThat(last.zScore()).isCloseTo(2.669077750249623, within(1e-7));
    assertThat(last.burst()).isFalse();
  }

  @Test
  void steadyShareAtHigherVolumeIsNotABurst() {
    // Volume doubles but the share stays 10%: mentions double, share does not move.
    PeriodScore[] s =
        scorer.score(new long[] {10, 10, 10, 10, 20}, new long[] {100, 100, 100, 100, 200});
    assertThat(s[4].zScore()).isCloseTo(0.0, within(1e-12));
    assertThat(s[4].burst()).isFalse();
  }

  @Test
  void emptyPeriodsAreSkippedInTheBaseline() {
    PeriodScore[] s = scorer.score(new long[] {10, 0, 10, 40}, new long[] {100, 0, 100, 100});
    assertThat(s[1].zScore()).isNaN();
    assertThat(s[3].baselineShare()).isCloseTo(0.10, within(1e-12));
    assertThat(s[3].burst()).isTrue();
  }

  @Test
  void aBurstDoesNotRaiseTheBarForTheDaysAfterIt() {
    // Three days at 45% after a steady 2-3%: all three are bursts. With day 5 in the baseline,
    // day 6 would get mean 0.1 and sd 0.17, z = 2.0, and be missed.
    long[] articles = {2, 3, 2, 3, 45, 45, 45, 2};
    long[] totals = {100, 100, 100, 100, 100, 100, 100, 100};
    PeriodScore[] s = new BurstScorer(7, 2, 3.0, 5).score(articles, totals);
    assertThat(s)
        .extracting(PeriodScore::burst)
        .containsExactly(false, false, false, false, true, true, true, false);
    assertThat(s[6].baselineShare()).isCloseTo(0.025, within(1e-12));
  }

  @Test
  void rejectsInconsistentInput() {
    assertThatThrownBy(() -> scorer.score(new long[] {5}, new long[] {4}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period 0: articles 5 not within [0, total 4]");
    assertThatThrownBy(() -> new BurstScorer(0, 1, 3, 1)).hasMessage("window must be >= 1, got 0");
  }
}
