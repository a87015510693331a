package com.newspulse.core.themes;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A requirement: each match contains one of {@code strings}, starting at most {@code lead} chars
 * after the start of the match (of the sub-pattern it was derived for).
 */
record RequiredStrings(Set<String> strings, int lead) {

  /**
   * Drops strings containing another string of the set: wherever a dropped string occurs, a kept
   * string occurs inside it (containment chains end at a kept one), at most {@code indexOf} chars
   * later, which the lead absorbs.
   */
  RequiredStrings withoutSuperstrings() {
    Set<String> kept = new LinkedHashSet<>();
    for (String s : strings) {
      boolean containsOther = false;
      for (String other : strings) {
        containsOther |= !other.equals(s) && s.contains(other);
      }
      if (!containsOther) {
        kept.add(s);
      }
    }
    int shift = 0;
    for (String s : strings) {
      if (!kept.contains(s)) {
        int at = Integer.MAX_VALUE;
        for (String k : kept) {
          if (s.contains(k)) {
            at = Math.min(at, s.indexOf(k));
          }
        }
        shift = Math.max(shift, at);
      }
    }
    return new RequiredStrings(Set.copyOf(kept), SubpatternInfo.add(lead, shift));
  }
}
