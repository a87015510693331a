package com.newspulse.core.amounts;

import java.util.Arrays;

/**
 * What a simple regex can match, read off its source: how many chars and which first char. The
 * near-number shortcut uses this to know where a currency prefix can start; each method returns
 * null when a regex is not simple enough to tell, and the caller then falls back to a full scan.
 */
final class RegexShape {
  private RegexShape() {}

  /**
   * The fewest and most chars the prefixes can match, plus {@code 0..trailing} optional chars after
   * them; null unless every prefix is a sequence of literal chars (possibly escaped), one-char
   * classes and {@code ?}.
   */
  static int[] leadBounds(String[][] entries, int trailing) {
    int min = Integer.MAX_VALUE;
    int max = 0;
    for (String[] entry : entries) {
      String re = entry[0];
      int lo = 0;
      int hi = 0;
      int i = 0;
      while (i < re.length()) {
        char c = re.charAt(i);
        if (c == '\\') {
          if (i + 1 >= re.length() || Character.isLetterOrDigit(re.charAt(i + 1))) {
            return null;
          }
          i += 2;
        } else if (c == '[') {
          int close = re.indexOf(']', i);
          String body = close < 0 ? "" : re.substring(i + 1, close);
          if (body.isEmpty()
              || body.startsWith("^")
              || body.contains("[")
              || body.contains("-")
              || body.contains("&&")
              || body.replace("\\u", "").contains("\\")) {
            return null; // only plain listed chars and \\uXXXX escapes: one BMP char
          }
          i = close + 1;
        } else if ("()|*+{}.^$?".indexOf(c) >= 0) {
          return null;
        } else {
          i++;
        }
        boolean optional = i < re.length() && re.charAt(i) == '?';
        if (optional) {
          i++;
        } else {
          lo++;
        }
        hi++;
      }
      min = Math.min(min, lo);
      max = Math.max(max, hi);
    }
    return new int[] {min, max + trailing};
  }

  /**
   * The chars a match of one of the regexes can start with (matched case-sensitively), indexed by
   * char; null when some regex does not start with a plain literal.
   */
  static boolean[] firstChars(String[][] entries) {
    boolean[] table = new boolean[65536];
    int max = 0;
    for (String[] entry : entries) {
      String re = entry[0];
      char c;
      int next;
      if (re.length() >= 2 && re.charAt(0) == '\\' && !Character.isLetterOrDigit(re.charAt(1))) {
        c = re.charAt(1);
        next = 2;
      } else if (!re.isEmpty()
          && "\\()[].^$|?*+{".indexOf(re.charAt(0)) < 0
          && !Character.isSurrogate(re.charAt(0))) {
        c = re.charAt(0);
        next = 1;
      } else {
        return null;
      }
      if (next < re.length() && "?*+{".indexOf(re.charAt(next)) >= 0) {
        return null;
      }
      table[c] = true;
      max = Math.max(max, c);
    }
    return Arrays.copyOf(table, max + 1);
  }
}
