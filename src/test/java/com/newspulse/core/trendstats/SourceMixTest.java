package com.newspulse.core.trendstats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.newspulse.core.trendstats.BurstScorer.MixScore;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceMixTest {
  private static final double ZPOISSON_45_AT_7_5 = 9.232875341560423;

  @Test
  void stableSourcesPublishedInThePeriodAndInEnoughOfItsBaseline() {
    // a: every period; b: joins at period 3; c: only periods 0 and 1 (leaves).
    long[][] volume = {
      {10, 10, 10, 10, 10, 10},
      {0, 0, 0, 30, 30, 30},
      {5, 5, 0, 0, 0, 0}
    };
    SourceMix mix = SourceMix.of(List.of("a", "b", "c"), volume, 3, 0.5);
    assertThat(mix.change(0)).isNaN();
    // period 3: baseline 0-2; regular: a (3 of 3), c (2 of 3); active: a, b.
    assertThat(mix.isStable(3, 0)).isTrue();
    assertThat(mix.isStable(3, 1)).isFalse();
    assertThat(mix.isStable(3, 2)).isFalse();
    assertThat(mix.change(3))
        .isCloseTo(2.0 / 3, within(1e-12)); // {a,b} vs {a,c}: b and c differ of 3
    assertThat(mix.stableTotal(3, 0)).isEqualTo(10);
    // period 5: baseline 2-4; b active in 2 of 3 >= ceil(1.5) = 2: stable.
    assertThat(mix.isStable(5, 1)).isTrue();
    assertThat(mix.change(5)).isEqualTo(0.0);
    assertThat(mix.stableTotal(5, 0)).isEqualTo(40);
    // the stable set of period 5 ({a, b}) measured in period 3: a 10 + b 30
    assertThat(mix.stableTotal(5, 2)).isEqualTo(40);
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> SourceMix.of(List.of("a"), new long[][] {{1}}, 0, 0.5))
        .hasMessageContaining("window");
    assertThatThrownBy(() -> SourceMix.of(List.of("a"), new long[][] {{1}}, 2, 0))
        .hasMessageContaining("coverage");
    assertThatThrownBy(() -> SourceMix.of(List.of("a", "a"), new long[][] {{1}, {1}}, 2, 0.5))
        .hasMessageContaining("twice");
  }

  @Test
  void aJoiningFeedThatAlwaysNamesAKeyIsNoBurstWithinStableSources() {
    // Source a: 100 articles a period, 5 on the key. Source b joins at period 4 with 100 a period,
    // 60 on the key (its home country). On all articles the key's share jumps from 5% to 32.5%.
    int n = 10;
    long[][] volume = new long[2][n];
    long[][] key = new long[2][n];
    for (int i = 0; i < n; i++) {
      volume[0][i] = 100;
      key[0][i] = 5;
      if (i >= 4) {
        volume[1][i] = 100;
        key[1][i] = 60;
      }
    }
    BurstScorer scorer = new BurstScorer(4, 2, 3.0, 5);
    SourceMix mix = SourceMix.of(List.of("a", "b"), volume, 4, 0.5);
    long[] all = new long[n];
    for (int i = 0; i < n; i++) {
      all[i] = key[0][i] + key[1][i];
    }
    assertThat(scorer.score(all, mix.totals())[4].burst()).isTrue();
    MixScore[] s = scorer.score(mix, new int[] {0, 1}, key);
    for (int i = 2; i < n; i++) {
      assertThat(s[i].score().burst()).as("period " + i).isFalse();
    }
    // Period 4: b is not yet stable, the key's stable share is a's 5%.
    assertThat(s[4].articles()).isEqualTo(5);
    assertThat(s[4].periodArticles()).isEqualTo(100);
    // Period 6: b active in 2 of its 4 baseline periods: stable; expected = 100*0.05 + 100*0.6 =
    // 65.
    assertThat(s[6].periodArticles()).isEqualTo(200);
    assertThat(s[6].articles()).isEqualTo(65);
    assertThat(s[6].score().baselineShare()).isCloseTo(65.0 / 200, within(1e-12));
    assertThat(s[6].score().zScore()).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void aRealRiseAmongStableSourcesIsABurst() {
    long[][] volume = {{100, 100, 100, 100, 100}, {50, 50, 50, 50, 50}};
    long[][] key = {{5, 4, 6, 5, 30}, {2, 3, 2, 3, 15}};
    BurstScorer scorer = new BurstScorer(4, 2, 3.0, 5);
    SourceMix mix = SourceMix.of(List.of("a", "b"), volume, 4, 0.5);
    MixScore last = scorer.score(mix, new int[] {0, 1}, key)[4];
    assertThat(last.articles()).isEqualTo(45);
    assertThat(last.periodArticles()).isEqualTo(150);
    // a's rate 20/400, b's 10/200: expected 5 + 2.5 = 7.5 of 150.
    assertThat(last.score().baselineShare()).isCloseTo(7.5 / 150, within(1e-12));
    // share z 37.5/150 / sqrt(0.05 * 0.95 / 150) = 14.05; the Poisson deviate of 45 at 7.5 (scipy
    // norm.isf(poisson.sf(44, 7.5))) is smaller and wins
    assertThat(last.score().zScore()).isCloseTo(ZPOISSON_45_AT_7_5, within(1e-6));
    assertThat(last.score().burst()).isTrue();
  }

  @Test
  void keySourcesOutsideTheStableSetAreNotCounted() {
    long[][] volume = {{100, 100, 100, 100}, {0, 0, 0, 100}};
    long[][] key = {{5, 5, 5, 5}, {0, 0, 0, 90}};
    MixScore last =
        new BurstScorer(3, 2, 3.0, 5)
            .score(SourceMix.of(List.of("a", "b"), volume, 3, 0.5), new int[] {0, 1}, key)[3];
    assertThat(last.articles()).isEqualTo(5);
    assertThat(last.periodArticles()).isEqualTo(100);
    assertThat(last.score().burst()).isFalse();
  }

  @Test
  void stableCountsExpectEachSourceAtItsOwnRate() {
    // a: 100 a period, the term in 10%; b: 50 a period, in 40%. In period 3 b doubles its volume.
    long[][] volume = {{100, 100, 100, 100}, {50, 50, 50, 100}, {0, 0, 0, 70}};
    long[][] key = {{10, 10, 10, 10}, {20, 20, 20, 40}, {0, 0, 0, 70}};
    SourceMix mix = SourceMix.of(List.of("a", "b", "c"), volume, 3, 0.5);
    SourceMix.StableCount c = mix.stableAt(3, new int[] {0, 1, 2}, 3, new int[] {0, 1, 2}, key);
    assertThat(c.articles()).isEqualTo(50); // c is new: not counted
    assertThat(c.total()).isEqualTo(200);
    assertThat(c.expected())
        .isCloseTo(100 * 0.1 + 100 * 0.4, within(1e-9)); // no rise: the mix moved
  }
}
