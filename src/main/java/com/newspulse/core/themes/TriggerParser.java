package com.newspulse.core.themes;

import static com.newspulse.core.themes.PatternTriggers.fold;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Recursive descent over java.util.regex syntax, rejecting what it does not know. */
final class TriggerParser {
  private final String re;
  int pos;

  /** Whether the pattern uses ^, $, \A, \z, \Z or \G (which depend on where matching starts). */
  boolean anchors;

  TriggerParser(String re) {
    this.re = re;
  }

  SubpatternInfo alternation() throws Unsupported {
    List<SubpatternInfo> branches = new ArrayList<>();
    branches.add(sequence());
    while (pos < re.length() && re.charAt(pos) == '|') {
      pos++;
      branches.add(sequence());
    }
    return branches.size() == 1 ? branches.get(0) : SubpatternInfo.either(branches);
  }

  /** A concatenation, up to the next '|' or ')' (see {@link SubpatternInfo#concat}). */
  private SubpatternInfo sequence() throws Unsupported {
    List<SubpatternInfo> parts = new ArrayList<>();
    while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
      parts.add(quantified(atom()));
    }
    return SubpatternInfo.concat(parts);
  }

  private SubpatternInfo quantified(SubpatternInfo atom) throws Unsupported {
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

  private SubpatternInfo atom() throws Unsupported {
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
        return SubpatternInfo.ANY_CHAR;
      case '^':
      case '$':
        pos++;
        anchors = true;
        return SubpatternInfo.EMPTY;
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

  private static SubpatternInfo literal(char c) {
    char f = fold(c);
    // Only printable ASCII is modelled exactly; fold(f) == f keeps the comparison exact for it.
    return c < 0x7F && f != 0
        ? SubpatternInfo.exactly(Set.of(String.valueOf(f)))
        : SubpatternInfo.ANY_CHAR;
  }

  private SubpatternInfo group() throws Unsupported {
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
          return SubpatternInfo.EMPTY;
        }
        if (re.charAt(p) != ':') {
          throw new Unsupported("unknown flags");
        }
        pos = p + 1;
      }
    }
    SubpatternInfo inner = alternation();
    if (pos >= re.length() || re.charAt(pos) != ')') {
      throw new Unsupported("unclosed group");
    }
    pos++;
    return lookaround ? SubpatternInfo.EMPTY : inner;
  }

  /**
   * A class of plain listed chars is an exact set; anything else (ranges, \d, ^, &&, [..]) unknown.
   */
  private SubpatternInfo charClass() throws Unsupported {
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
        if (RegexEscapes.isAsciiLetterOrDigit(e)) {
          simple = false;
          pos = RegexEscapes.skipEscape(re, pos);
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
    return simple && !chars.isEmpty() && chars.size() <= SubpatternInfo.MAX_EXACT
        ? SubpatternInfo.exactly(chars)
        : SubpatternInfo.ANY_CHAR;
  }

  private SubpatternInfo escape() throws Unsupported {
    if (pos + 1 >= re.length()) {
      throw new Unsupported("trailing backslash");
    }
    char e = re.charAt(pos + 1);
    switch (e) {
      case 'b':
      case 'B':
        pos += 2;
        return SubpatternInfo.EMPTY;
      case 'A':
      case 'z':
      case 'Z':
      case 'G':
        pos += 2;
        anchors = true;
        return SubpatternInfo.EMPTY;
      case 'X':
        pos += 2;
        return SubpatternInfo.UNBOUNDED; // a grapheme cluster
      default:
        if (RegexEscapes.isAsciiLetterOrDigit(e)) {
          pos = RegexEscapes.skipEscape(re, pos);
          return SubpatternInfo.ANY_CHAR;
        }
        pos += 2;
        return literal(e);
    }
  }

  /** The analysis gave up; the pattern gets no triggers. */
  static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported(String what) {
      super(what, null, false, false);
    }
  }
}
