package com.newspulse.core.themes;

/** The letter escapes {@link TriggerParser} accepts: those that stand for one code point. */
final class RegexEscapes {

  private RegexEscapes() {}

  /**
   * Position after the letter escape at {@code at} (a backslash) that stands for one code point, or
   * for \R at most two chars; rejects every other escape (back-references, \Q, \x, unicode and
   * octal escapes, \N, \k ...).
   */
  static int skipEscape(String re, int at) throws TriggerParser.Unsupported {
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
            throw new TriggerParser.Unsupported("unclosed \\p{");
          }
          return close + 1;
        }
        if (at + 2 >= re.length()) {
          throw new TriggerParser.Unsupported("bad \\p");
        }
        return at + 3;
      default:
        throw new TriggerParser.Unsupported("escape \\" + e);
    }
  }

  static boolean isAsciiLetterOrDigit(char c) {
    return c < 0x80 && Character.isLetterOrDigit(c);
  }
}
