package com.newspulse.core.keywords;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;

/** A candidate keyword (an n-gram of terms) of a text, with its YAKE score once scored. */
final class KeywordCandidate {
  /**
   * Lower score first; ties keep first-occurrence order (a total order, so the ranking is
   * deterministic).
   */
  static final Comparator<KeywordCandidate> RANKING =
      Comparator.comparingDouble((KeywordCandidate c) -> c.score).thenComparingInt(c -> c.order);

  final String text;
  final KeywordTerm[] terms;
  final int size;
  final int order;
  int tf;
  boolean hasCleanOccurrence;
  double score;
  private Set<String> contentKeys;

  KeywordCandidate(String text, KeywordTerm[] terms, int order) {
    this.text = text;
    this.terms = terms;
    this.size = terms.length;
    this.order = order;
  }

  /**
   * Non-stop-word term keys; built lazily since only the few candidates reaching dedup need them.
   */
  Set<String> contentKeys() {
    if (contentKeys == null) {
      contentKeys = new HashSet<>();
      for (KeywordTerm t : terms) {
        if (!t.stopWord) {
          contentKeys.add(t.key);
        }
      }
    }
    return contentKeys;
  }
}
