package com.newspulse.core.themes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * @param sets trigger sets, each of non-empty folded strings; empty when none could be derived
 * @param anchor index in {@code sets} of the set matches start near, or -1
 * @param anchorLead the most chars a match can start before the occurrence of an anchor string
 */
record PatternTriggers(List<Set<String>> sets, int anchor, int anchorLead) {

  static final PatternTriggers NONE = new PatternTriggers(List.of(), -1, 0);

  /**
   * Upper bound on the strings of an exact alternative set before it is turned into a requirement.
   */
  private static final int MAX_EXACT = 64;

  /** Leads and lengths at or above this are "unbounded". */
  private static final int INF = 1 << 20;

  /** A window longer than this is not worth anchoring on. */
  private static final int MAX_ANCHOR_LEAD = 32;

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
    Info info;
    Parser p = new Parser(regex);
    try {
      info = p.alternation();
      if (p.pos != regex.length()) {
        return NONE;
      }
    } catch (Unsupported e) {
      return NONE;
    }
    Map<Set<String>, Integer> leads = new LinkedHashMap<>();
    for (Req r : info.requirement()) {
      Req reduced = r.withoutSuperstrings();
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

  private static int minLength(Set<String> set) {
    return set.stream().mapToInt(String::length).min().orElse(0);
  }

  private static int add(int a, int b) {
    return Math.min(INF, a + b);
  }

  /** The analysis gave up; the pattern gets no triggers. */
  private static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported(String what) {
      super(what, null, false, false);
    }
  }

  /**
   * A requirement: each match contains one of {@code strings}, starting at most {@code lead} chars
   * after the start of the match (of the sub-pattern it was derived for).
   */
  private record Req(Set<String> strings, int lead) {

    /**
     * Drops strings containing another string of the set: wherever a dropped string occurs, a kept
     * string occurs inside it (containment chains end at a kept one), at most {@code indexOf} chars
     * later, which the lead absorbs.
     */
    Req withoutSuperstrings() {
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
      return new Req(Set.copyOf(kept), add(lead, shift));
    }
  }

  /**
   * What is known about the texts a sub-pattern matches: either {@code exact}, the complete set of
   * them (folded), or, when that is null, {@code required} (see {@link Req}); and {@code
   * maxLength}, the most chars a match can have ({@link #INF} when unbounded).
   */
  private record Info(Set<String> exact, List<Req> required, int maxLength) {

    static final Info EMPTY = new Info(Set.of(""), List.of(), 0);

    /** One code point of unknown kind: up to two chars. */
    static final Info ANY_CHAR = new Info(null, List.of(), 2);

    static final Info UNBOUNDED = new Info(null, List.of(), INF);

    static Info exactly(Set<String> strings) {
      return new Info(
          strings, List.of(), strings.stream().mapToInt(String::length).max().orElse(0));
    }

    /** As requirements: an exact set that can match the empty string requires nothing. */
    List<Req> requirement() {
      if (exact == null) {
        return required;
      }
      return exact.contains("") ? List.of() : List.of(new Req(exact, 0));
    }

    static Info either(List<Info> branches) {
      Set<String> union = new LinkedHashSet<>();
      int maxLength = 0;
      for (Info b : branches) {
        maxLength = Math.max(maxLength, b.maxLength);
        if (union != null && b.exact != null) {
          union.addAll(b.exact);
        } else {
          union = null;
        }
      }
      if (union != null && union.size() <= MAX_EXACT) {
        return new Info(union, List.of(), maxLength);
      }
      // Some branch matches each time, so one requirement of each branch, united, is required.
      Set<String> any = new LinkedHashSet<>();
      int lead = 0;
      for (Info b : branches) {
        Req best = best(b.requirement());
        if (best == null) {
          return new Info(null, List.of(), maxLength);
        }
        any.addAll(best.strings());
        lead = Math.max(lead, best.lead());
      }
      return new Info(null, List.of(new Req(any, lead)), maxLength);
    }

    Info repeated(int min, int max) {
      if (min == 1 && max == 1) {
        return this;
      }
      int maxLength =
          max == Integer.MAX_VALUE
              ? (this.maxLength == 0 ? 0 : INF)
              : (int) Math.min(INF, (long) max * this.maxLength);
      if (min == 0) {
        if (max == 1 && exact != null) {
          Set<String> optional = new LinkedHashSet<>(exact);
          optional.add("");
          return new Info(optional, List.of(), maxLength);
        }
        return new Info(null, List.of(), maxLength);
      }
      // The first repetition starts where the whole does, so its requirements and leads hold.
      return new Info(null, requirement(), maxLength);
    }

    /**
     * Prefer a bounded lead (it can anchor), then the longest shortest string, then fewest strings.
     */
    private static Req best(List<Req> reqs) {
      Req best = null;
      for (Req r : reqs) {
        if (best == null || better(r, best)) {
          best = r;
        }
      }
      return best;
    }

    private static boolean better(Req a, Req b) {
      boolean boundedA = a.lead() <= MAX_ANCHOR_LEAD;
      boolean boundedB = b.lead() <= MAX_ANCHOR_LEAD;
      if (boundedA != boundedB) {
        return boundedA;
      }
      int la = minLength(a.strings());
      int lb = minLength(b.strings());
      return la != lb ? la > lb : a.strings().size() < b.strings().size();
    }
  }

  /** Recursive descent over java.util.regex syntax, rejecting what it does not know. */
  private static final class Parser {
    final String re;
    int pos;

    /** Whether the pattern uses ^, $, \A, \z, \Z or \G (which depend on where matching starts). */
    boolean anchors;

    Parser(String re) {
      this.re = re;
    }

    Info alternation() throws Unsupported {
      List<Info> branches = new ArrayList<>();
      branches.add(sequence());
      while (pos < re.length() && re.charAt(pos) == '|') {
        pos++;
        branches.add(sequence());
      }
      return branches.size() == 1 ? branches.get(0) : Info.either(branches);
    }

    /**
     * Concatenation: consecutive exact parts are multiplied out into one exact "run" ("of" rather
     * than "o" and "f"); a part that is not exact (or would make the run too large) ends the run,
     * which then becomes a requirement like the part's own. Leads add up the maximum lengths of
     * earlier parts.
     */
    Info sequence() throws Unsupported {
      Set<String> run = Set.of("");
      int runStart = 0;
      int length = 0; // max length of the parts so far
      List<Req> required = new ArrayList<>();
      boolean exact = true;
      while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
        Info part = quantified(atom());
        if (part.exact() != null && run.size() * part.exact().size() <= MAX_EXACT) {
          run = product(run, part.exact());
          length = add(length, part.maxLength());
          continue;
        }
        exact = false;
        flush(run, runStart, required);
        if (part.exact() != null) {
          run = part.exact();
          runStart = length;
        } else {
          for (Req r : part.requirement()) {
            required.add(new Req(r.strings(), add(length, r.lead())));
          }
          run = Set.of("");
          runStart = add(length, part.maxLength());
        }
        length = add(length, part.maxLength());
      }
      if (exact) {
        return Info.exactly(run);
      }
      flush(run, runStart, required);
      return new Info(null, required, length);
    }

    private static void flush(Set<String> run, int runStart, List<Req> required) {
      if (!run.contains("")) {
        required.add(new Req(run, runStart));
      }
    }

    private static Set<String> product(Set<String> a, Set<String> b) {
      Set<String> product = new LinkedHashSet<>();
      for (String x : a) {
        for (String y : b) {
          product.add(x + y);
        }
      }
      return product;
    }

    Info quantified(Info atom) throws Unsupported {
      if (pos >= re.length()) {
        return atom;
      }
      int min;
      int max;
      char c = re.charAt(pos);
      if (c == '?') {
        min = 0;
        max = 1;
        pos++;
      } else if (c == '*') {
        min = 0;
        max = Integer.MAX_VALUE;
        pos++;
      } else if (c == '+') {
        min = 1;
        max = Integer.MAX_VALUE;
        pos++;
      } else if (c == '{') {
        int close = re.indexOf('}', pos);
        if (close < 0) {
          throw new Unsupported("unclosed {");
        }
        String body = re.substring(pos + 1, close);
        if (!body.matches("[0-9]{1,6}(,[0-9]{0,6})?")) {
          throw new Unsupported("bad repetition {" + body + "}");
        }
        int comma = body.indexOf(',');
        if (comma < 0) {
          min = Integer.parseInt(body);
          max = min;
        } else {
          min = Integer.parseInt(body.substring(0, comma));
          max =
              comma == body.length() - 1
                  ? Integer.MAX_VALUE
                  : Integer.parseInt(body.substring(comma + 1));
        }
        pos = close + 1;
      } else {
        return atom;
      }
      if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
        pos++; // lazy or possessive: changes which match, not what a match can contain
      }
      if (pos < re.length() && "?*+{".indexOf(re.charAt(pos)) >= 0) {
        throw new Unsupported("stacked quantifiers");
      }
      return atom.repeated(min, max);
    }

    Info atom() throws Unsupported {
      char c = re.charAt(pos);
      switch (c) {
        case '(':
          return group();
        case '[':
          return charClass();
        case '\\':
          return escape();
        case '.':
          pos++;
          return Info.ANY_CHAR;
        case '^':
        case '$':
          pos++;
          anchors = true;
          return Info.EMPTY;
        case '?':
        case '*':
        case '+':
        case '{':
          throw new Unsupported("dangling quantifier");
        default:
          pos++;
          return literal(c);
      }
    }

    static Info literal(char c) {
      char f = fold(c);
      // Only printable ASCII is modelled exactly; fold(f) == f keeps the comparison exact for it.
      return c < 0x7F && f != 0 ? Info.exactly(Set.of(String.valueOf(f))) : Info.ANY_CHAR;
    }

    Info group() throws Unsupported {
      pos++; // '('
      boolean lookaround = false;
      if (re.startsWith("?", pos)) {
        if (re.startsWith("?:", pos) || re.startsWith("?>", pos)) {
          pos += 2;
        } else if (re.startsWith("?=", pos) || re.startsWith("?!", pos)) {
          pos += 2;
          lookaround = true;
        } else if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
          pos += 3;
          lookaround = true;
        } else if (re.startsWith("?<", pos)) {
          int close = re.indexOf('>', pos);
          if (close < 0 || !re.substring(pos + 2, close).matches("[a-zA-Z][a-zA-Z0-9]*")) {
            throw new Unsupported("bad group name");
          }
          pos = close + 1;
        } else {
          // Inline flags "(?iu)" or "(?iu:...)"; comments mode would change the syntax itself.
          int p = pos + 1;
          while (p < re.length() && "idmsuU-".indexOf(re.charAt(p)) >= 0) {
            p++;
          }
          if (p >= re.length() || p == pos + 1) {
            throw new Unsupported("unknown group");
          }
          if (re.charAt(p) == ')') {
            pos = p + 1;
            return Info.EMPTY;
          }
          if (re.charAt(p) != ':') {
            throw new Unsupported("unknown flags");
          }
          pos = p + 1;
        }
      }
      Info inner = alternation();
      if (pos >= re.length() || re.charAt(pos) != ')') {
        throw new Unsupported("unclosed group");
      }
      pos++;
      return lookaround ? Info.EMPTY : inner;
    }

    /**
     * A class of plain listed chars is an exact set; anything else (ranges, \d, ^, &&, [..])
     * unknown.
     */
    Info charClass() throws Unsupported {
      pos++; // '['
      boolean simple = true;
      Set<String> chars = new LinkedHashSet<>();
      if (pos < re.length() && re.charAt(pos) == '^') {
        simple = false;
        pos++;
      }
      int depth = 1;
      boolean first = true;
      while (true) {
        if (pos >= re.length()) {
          throw new Unsupported("unclosed class");
        }
        char c = re.charAt(pos);
        if (c == ']' && !first) {
          pos++;
          if (--depth == 0) {
            break;
          }
          continue;
        }
        first = false;
        if (c == '[') {
          simple = false;
          depth++;
          pos++;
          if (pos < re.length() && re.charAt(pos) == '^') {
            pos++;
          }
          first = true;
          continue;
        }
        if (c == ']') {
          throw new Unsupported("']' first in class");
        }
        if (c == '\\') {
          if (pos + 1 >= re.length()) {
            throw new Unsupported("trailing backslash");
          }
          char e = re.charAt(pos + 1);
          if (isAsciiLetterOrDigit(e)) {
            simple = false;
            pos = skipEscape(pos);
          } else {
            simple &= e < 0x7F && fold(e) != 0;
            chars.add(String.valueOf(fold(e)));
            pos += 2;
          }
          continue;
        }
        if (c == '-' || c == '&' || c >= 0x7F || fold(c) == 0) {
          // A range or an intersection (or a plain '-' / '&'), or a char not modelled.
          simple = false;
        }
        chars.add(String.valueOf(fold(c)));
        pos++;
      }
      return simple && !chars.isEmpty() && chars.size() <= MAX_EXACT
          ? Info.exactly(chars)
          : Info.ANY_CHAR;
    }

    Info escape() throws Unsupported {
      if (pos + 1 >= re.length()) {
        throw new Unsupported("trailing backslash");
      }
      char e = re.charAt(pos + 1);
      switch (e) {
        case 'b':
        case 'B':
          pos += 2;
          return Info.EMPTY;
        case 'A':
        case 'z':
        case 'Z':
        case 'G':
          pos += 2;
          anchors = true;
          return Info.EMPTY;
        case 'X':
          pos += 2;
          return Info.UNBOUNDED; // a grapheme cluster
        default:
          if (isAsciiLetterOrDigit(e)) {
            pos = skipEscape(pos);
            return Info.ANY_CHAR;
          }
          pos += 2;
          return literal(e);
      }
    }

    /**
     * Position after the letter escape at {@code at} (a backslash) that stands for one code point,
     * or for \R at most two chars; rejects every other escape (back-references, \Q, \x, unicode and
     * octal escapes, \N, \k ...).
     */
    int skipEscape(int at) throws Unsupported {
      char e = re.charAt(at + 1);
      switch (e) {
        case 'd':
        case 'D':
        case 's':
        case 'S':
        case 'w':
        case 'W':
        case 'h':
        case 'H':
        case 'v':
        case 'V':
        case 'R':
        case 't':
        case 'n':
        case 'r':
        case 'f':
        case 'a':
        case 'e':
          return at + 2;
        case 'p':
        case 'P':
          if (at + 2 < re.length() && re.charAt(at + 2) == '{') {
            int close = re.indexOf('}', at + 2);
            if (close < 0) {
              throw new Unsupported("unclosed \\p{");
            }
            return close + 1;
          }
          if (at + 2 >= re.length()) {
            throw new Unsupported("bad \\p");
          }
          return at + 3;
        default:
          throw new Unsupported("escape \\" + e);
      }
    }

    private static boolean isAsciiLetterOrDigit(char c) {
      return c < 0x80 && Character.isLetterOrDigit(c);
    }
  }
}
