package com.newspulse.core.themes;

import java.io.Serializable;
import java.util.List;

/**
 * A theme rule by structure rather than by phrase: a phrase of {@code a} and a phrase of {@code b}
 * in the same sentence, in either order, with at most {@code window} tokens between them ("curbs on
 * AI chip exports", "export rules", "ban on rice exports" from {@code a = [export, exports]},
 * {@code b = [curb, curbs, ban, rules]}), unless the sentence contains a phrase of {@code unless}.
 * With {@code ordered}, the phrase of {@code a} must come first ("limit ... access to advanced
 * chips", not "advanced chips to limit losses"). Phrases are matched like theme terms (folded,
 * whole tokens). The hit spans both phrases.
 */
public record NearRule(
    List<String> a, List<String> b, int window, List<String> unless, boolean ordered)
    implements Serializable {
  /** Longest gap a rule may allow: beyond it two words rarely belong to one phrase. */
  public static final int MAX_WINDOW = 8;

  public NearRule {
    a = List.copyOf(a);
    b = List.copyOf(b);
    unless = List.copyOf(unless);
    if (a.isEmpty() || b.isEmpty()) {
      throw new IllegalArgumentException("a and b must each list at least one phrase");
    }
    if (window < 0 || window > MAX_WINDOW) {
      throw new IllegalArgumentException(
          "window must be in [0, " + MAX_WINDOW + "], got " + window);
    }
  }

  /** A rule in either order. */
  public NearRule(List<String> a, List<String> b, int window, List<String> unless) {
    this(a, b, window, unless, false);
  }
}
