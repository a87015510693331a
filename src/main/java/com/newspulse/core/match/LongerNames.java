package com.newspulse.core.match;

import com.newspulse.core.kb.LongerName;
import com.newspulse.core.text.MatchTokens;
import java.util.Set;

/**
 * Whether a name stands inside a longer proper name of something else ({@link LongerName}): a head
 * among the capitalised words right after it ("Sydney Airport", "the American Heart Association"),
 * or a head and "of" right before it ("the University of Kentucky", "the Mall of America").
 *
 * <p>Capitals are the evidence, so both count only in a sentence written in sentence case: in a
 * headline in title case every word is capitalised, "School" in "Texas School Shooting Suspect
 * Named" heads no name and "Center of" in "Missiles Strike Center of Kharkiv" is the city's centre.
 */
final class LongerNames {
  /** Capitalised words after a name looked at: a longer name's head comes within a few words. */
  static final int MAX_WORDS_AFTER = 4;

  /**
   * A sentence is in title case when at least this share of its words of four letters or more are
   * capitalised (short words are often function words, lower case in title case too). High, as a
   * sentence in sentence case can be dense with names ("researchers at the University of Kentucky
   * flew from Sydney Airport to the Madrid Open"), while title case leaves at most a preposition.
   */
  static final double TITLE_CASE_SHARE = 0.85;

  /**
   * A sentence needs this many words of four letters or more, besides the name and the words up to
   * its head (the capitals in question), to be judged at all; with fewer it counts as title case.
   */
  static final int TITLE_CASE_MIN_WORDS = 3;

  private LongerNames() {}

  /** Whether the match over {@code [start, end)} stands inside a longer name with one of heads. */
  static boolean inside(Set<String> heads, MatchTokens units, int start, int end) {
    int sentence = units.sentence(start);
    // A head that starts the sentence is capitalised by the sentence: no evidence ("News of
    // Russia's retreat").
    if (start >= 3
        && units.sentence(start - 3) == sentence
        && units.folded(start - 1).equals("of")
        && capitalised(units, start - 2)
        && heads.contains(units.folded(start - 2))) {
      return !titleCase(units, sentence, start - 2, end);
    }
    for (int k = end;
        k < units.size()
            && k < end + MAX_WORDS_AFTER
            && units.sentence(k) == sentence
            && capitalised(units, k)
            && adjacent(units, k);
        k++) {
      if (heads.contains(units.folded(k))) {
        return !titleCase(units, sentence, start, k + 1);
      }
    }
    return false;
  }

  /**
   * Whether unit {@code k} follows the unit before it after white space only ("Sydney Airport").
   */
  private static boolean adjacent(MatchTokens units, int k) {
    int gap = units.start(k) - units.end(k - 1);
    if (gap <= 0) {
      return false; // a hyphen's parts, "Arabian-backed": one compound word
    }
    String text = units.text();
    for (int c = units.end(k - 1); c < units.start(k); c++) {
      if (!Character.isWhitespace(text.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  private static boolean capitalised(MatchTokens units, int k) {
    String t = units.unitText(k);
    return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0));
  }

  /**
   * Whether the sentence around the units {@code [start, end)} is written in title case, judged on
   * its other words; a sentence with too few of them to judge counts as title case (a short
   * headline's capitals are no evidence: "Kentucky School Shooting").
   */
  private static boolean titleCase(MatchTokens units, int sentence, int start, int end) {
    int from = start;
    while (from > 0 && units.sentence(from - 1) == sentence) {
      from--;
    }
    int words = 0;
    int capitals = 0;
    for (int k = from; k < units.size() && units.sentence(k) == sentence; k++) {
      String t = units.unitText(k);
      if ((k < start || k >= end) && t.length() >= 4 && Character.isLetter(t.codePointAt(0))) {
        words++;
        if (Character.isUpperCase(t.codePointAt(0))) {
          capitals++;
        }
      }
    }
    return words < TITLE_CASE_MIN_WORDS || capitals >= TITLE_CASE_SHARE * words;
  }
}
