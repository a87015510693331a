package com.newspulse.core.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicCoherenceTest {
  private static final double EPS = 1e-9;

  @Test
  void meanPairwiseNpmiOverDocuments() {
    TopicCoherence c =
        new TopicCoherence(List.of(List.of("a", "b"), List.of("a", "b", "c"), List.of("a")));
    c.add(List.of("a", "b", "a")) // repeats count once
        .add(List.of("b", "a", "zzz")) // unknown terms are ignored
        .add(List.of("a"))
        .add(List.of("c"));
    double[] npmi = c.npmi();
    // p(a) = 3/4, p(b) = 1/2, p(a,b) = 1/2: log((1/2) / (3/4 * 1/2)) / -log(1/2) = log(4/3) / log 2
    double ab = Math.log(4.0 / 3.0) / Math.log(2);
    assertEquals(0.4150374992788438, ab, EPS);
    assertEquals(ab, npmi[0], EPS);
    // c never meets a or b: -1 for both of its pairs
    assertEquals((ab - 2) / 3, npmi[1], EPS);
    assertTrue(Double.isNaN(npmi[2]), "one term has no pair");
    assertEquals(4, c.documents());
  }

  @Test
  void termsAlwaysTogetherScoreOneAndIndependentTermsZero() {
    TopicCoherence together = new TopicCoherence(List.of(List.of("x", "y")));
    together.add(List.of("x", "y")).add(List.of("y", "x"));
    assertEquals(1.0, together.npmi()[0], EPS);

    // x in half the documents, y in half, together in a quarter: p(x,y) = p(x) p(y)
    TopicCoherence independent = new TopicCoherence(List.of(List.of("x", "y")));
    independent.add(List.of("x", "y")).add(List.of("x")).add(List.of("y")).add(List.of());
    assertEquals(0.0, independent.npmi()[0], EPS);
  }

  @Test
  void onlyTheTopicsTermsAreTracked() {
    TopicCoherence c = new TopicCoherence(List.of(List.of("a", "b"), List.of("b", "c")));
    assertEquals(java.util.Set.of("a", "b", "c"), c.terms());
  }
}
