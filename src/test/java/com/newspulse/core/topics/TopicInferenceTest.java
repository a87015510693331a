package com.newspulse.core.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class TopicInferenceTest {
  // Two topics over four terms: topic 0 is "chip"/"wafer", topic 1 "goal"/"match" (λ, as fitted).
  private static final String[] VOCAB = {"chip", "goal", "match", "wafer"};
  private static final double[][] LAMBDA = {{50, 1, 1, 40}, {1, 45, 55, 1}};

  private static TopicInference model() {
    return new TopicInference(
        VOCAB, TopicInference.expElogbeta(LAMBDA), new double[] {0.5, 0.5}, new double[] {1, 1});
  }

  @Test
  void aDocumentGoesToTheTopicOfItsWordsAndItsMixtureSumsToOne() {
    double[] chips = model().mixture(List.of("chip", "wafer", "chip", "unknown"));
    double[] sport = model().mixture(List.of("goal", "match"));
    assertThat(chips[0]).isGreaterThan(0.8);
    assertThat(sport[1]).isGreaterThan(0.7);
    assertThat(chips[0] + chips[1]).isCloseTo(1.0, Offset.offset(1e-12));
    // Half and half: the counts decide, not the order.
    double[] mixed = model().mixture(List.of("match", "chip", "goal", "wafer"));
    assertThat(mixed[0]).isCloseTo(mixed[1], Offset.offset(0.15));
    assertThat(model().mixture(List.of("wafer", "goal", "chip", "match"))).containsExactly(mixed);
  }

  @Test
  void aDocumentWithoutVocabularyTermsHasNoMixture() {
    assertThat(model().mixture(List.of())).isNull();
    assertThat(model().mixture(List.of("zebra", ""))).isNull();
  }

  @Test
  void expElogbetaIsTheDigammaExpectationPerTopic() {
    double[][] e = TopicInference.expElogbeta(new double[][] {{1, 1}});
    // exp(ψ(1) − ψ(2)) = exp(−1)
    assertThat(e[0][0]).isCloseTo(Math.exp(-1), Offset.offset(1e-12));
    assertThat(e[1][0]).isCloseTo(Math.exp(-1), Offset.offset(1e-12));
  }

  @Test
  void digammaMatchesItsExactValuesAndItsRecurrence() {
    double euler = 0.57721566490153286;
    assertThat(TopicInference.digamma(1)).isCloseTo(-euler, Offset.offset(1e-11));
    assertThat(TopicInference.digamma(0.5))
        .isCloseTo(-euler - 2 * Math.log(2), Offset.offset(1e-11));
    double harmonic = 0; // ψ(n) = −γ + H(n−1)
    for (int n = 2; n <= 200; n++) {
      harmonic += 1.0 / (n - 1);
      assertThat(TopicInference.digamma(n))
          .as("ψ(%s)", n)
          .isCloseTo(harmonic - euler, Offset.offset(1e-11));
    }
    for (double x = 1e-4; x < 5e4; x *= 1.37) { // ψ(x + 1) = ψ(x) + 1/x, across the series' edge
      assertThat(TopicInference.digamma(x + 1))
          .as("ψ(%s + 1)", x)
          .isCloseTo(TopicInference.digamma(x) + 1 / x, Offset.offset(1e-11 * Math.max(1, 1 / x)));
    }
  }

  @Test
  void inconsistentShapesAreRejected() {
    assertThatThrownBy(
            () ->
                new TopicInference(
                    VOCAB, new double[3][2], new double[] {0.5, 0.5}, new double[] {1, 1}))
        .hasMessage("4 terms but 3 rows of expElogbeta");
    assertThatThrownBy(
            () ->
                new TopicInference(
                    VOCAB,
                    TopicInference.expElogbeta(LAMBDA),
                    new double[] {0.5, 0.5},
                    new double[] {1}))
        .hasMessage("alpha has 2 topics but the initial gamma 1");
  }
}
