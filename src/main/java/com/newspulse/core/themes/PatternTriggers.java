package com.newspulse.core.themes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derives from a theme regex the literal "trigger" strings a match must contain, so that {@link
 * ThemeMatcher} can skip the sentences, and the positions, where the pattern cannot match.
 *
 * <p>{@link #sets()} is a conjunction of disjunctions: every match of the pattern contains, for
 * each set, at least one of its strings (compared after {@link #fold folding}). For {@code
 * \b(ban|curb)s?\s+exports?\s+of\s+chips?\b} it is {@code [{ban, curb}, {export}, {of}, {chip}]}.
 * No sets means nothing could be derived and the pattern must run on every sentence. When {@link
 * #anchor()} is not -1, every match moreover starts at most {@link #anchorLead()} chars before an
 * occurrence of a string of that set, so a match can only start in such a window ({@code 0} for the
 * patterns that begin with their trigger word, like {@code \b(ban|curb)...}).
 *
 * <p>Soundness rules: only consuming parts of the pattern count (lookarounds and anchors match the
 * empty string); an optional or starred part requires nothing; anything the analysis does not model
 * exactly ({@code .}, {@code \s}, {@code \d}, ranges, negated classes, non-ASCII literals ...) is
 * "unknown text" of a known maximum length, which breaks a literal but is otherwise harmless; and a
 * construct it cannot parse with certainty (back-references, unknown escapes, {@code \Q}, the
 * comments flag, unbalanced syntax) makes it give up and derive nothing. Trigger strings contain
 * printable ASCII only. Case: a pattern literal {@code c} (case-insensitive or not, with or without
 * UNICODE_CASE) only ever matches one text char, and one whose {@link #fold} equals {@code
 * fold(c)}, so comparing folded text with folded triggers never misses a match.
 *
 * <p>{@link TriggerParser} reads the regex; {@link SubpatternInfo} and {@link RequiredStrings}
 * combine what its parts require; this record picks the anchor and folds chars.
 *
 * @param sets trigger sets, each of non-empty folded strings; empty when none could be derived
 * @param anchor index in {@code sets} of the set matches start near, or -1
 * @param anchorLead the most chars a match can start before the occurrence of an anchor string
 */
record PatternTriggers(List<Set<String>> sets, int anchor, int anchorLead) {

  static final PatternTriggers NONE = new PatternTriggers(List.of(), -1, 0);

  /** A window longer than this is not worth anchoring on. */
  static final int MAX_ANCHOR_LEAD = 32;

  /**
   * Per BMP char: its ASCII fold (lower-case letter, other printable ASCII as is), or 0 when none.
   */
  private static final char[] FOLD = buildFold();

  PatternTriggers {
    sets = List.copyOf(sets);
  }

  /**
   * The char that {@code c} compares as, or 0 when it cannot match any printable ASCII pattern
   * char. Equals {@code Character.toLowerCase(Character.toUpperCase(c))} (the comparison
   * java.util.regex uses under CASE_INSENSITIVE|UNICODE_CASE) whenever that is printable ASCII:
   * besides ASCII itself this maps U+0130 and U+0131 to 'i', U+017F to 's' and U+212A (Kelvin sign)
   * to 'k'. No supplementary code point folds to ASCII, so surrogate halves map to 0.
   */
  static char fold(char c) {
    return FOLD[c];
  }

  private static char[] buildFold() {
    char[] t = new char[65536];
    for (int c = 0; c < 65536; c++) {
      int f = c < 128 ? c : Character.toLowerCase(Character.toUpperCase(c));
      if (c >= 'A' && c <= 'Z') {
        f = c + ('a' - 'A');
      }
      t[c] = f >= 0x20 && f < 0x7F ? (char) f : 0;
    }
    return t;
  }

  /**
   * Trigger sets of {@code regex} (see class comment); {@link #NONE} when none can be derived
   * safely.
   */
  static PatternTriggers derive(String regex) {
    SubpatternInfo info;
    TriggerParser p = new TriggerParser(regex);
    try {
      info = p.alternation();
      if (p.pos != regex.length()) {
        return NONE;
      }
    } catch (TriggerParser.Unsupported e) {
      return NONE;
    }
    Map<Set<String>, Integer> leads = new LinkedHashMap<>();
    for (RequiredStrings r : info.requirement()) {
      RequiredStrings reduced = r.withoutSuperstrings();
      leads.merge(reduced.strings(), reduced.lead(), Math::min);
    }
    List<Set<String>> sets = new ArrayList<>(leads.keySet());
    int anchor = -1;
    int anchorLead = 0;
    if (!p.anchors) {
      for (int i = 0; i < sets.size(); i++) {
        int lead = leads.get(sets.get(i));
        if (lead <= MAX_ANCHOR_LEAD
            && (anchor < 0
                || lead < anchorLead
                || (lead == anchorLead && minLength(sets.get(i)) > minLength(sets.get(anchor))))) {
          anchor = i;
          anchorLead = lead;
        }
      }
    }
    return new PatternTriggers(sets, anchor, anchor < 0 ? 0 : anchorLead);
  }

  static int minLength(Set<String> set) {
    return set.stream().mapToInt(String::length).min().orElse(0);
  }
}
