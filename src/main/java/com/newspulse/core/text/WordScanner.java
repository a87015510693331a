package com.newspulse.core.text;

/**
 * The character-level rules of {@link TextSegmenter}: where a word ends (letter/digit runs with
 * their joiners, dotted acronyms, numbers with separators, a possessive split off) and which code
 * points are spaces, marks, terminals and closers. Stateless.
 */
final class WordScanner {
  private WordScanner() {}

  /**
   * End of the word starting at {@code start}: a dotted acronym or a letter/digit run with joiners.
   */
  static int wordEnd(String s, int start) {
    int acronym = acronymEnd(s, start);
    if (acronym > 0) {
      return acronym;
    }
    int n = s.length();
    int j = start + Character.charCount(s.codePointAt(start));
    while (j < n) {
      int cp = s.codePointAt(j);
      if (isWordPart(cp)) {
        j += Character.charCount(cp);
        continue;
      }
      if (j + 1 >= n) {
        break;
      }
      char c = s.charAt(j);
      int prev = s.codePointBefore(j);
      int next = s.codePointAt(j + 1);
      if (isApostrophe(c)
          && Character.isLetter(prev)
          && Character.isLetter(next)
          && !isPossessive(s, j)) {
        j++;
      } else if (isHyphen(c) && isWordPart(prev) && isWordStart(next)) {
        j++;
      } else if (c == '.' && isAsciiDigit(prev) && isAsciiDigit(next)) {
        j++;
      } else if (c == ',' && isAsciiDigit(prev) && isThousandsGroup(s, j + 1)) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  /**
   * End of a dotted acronym of at least two single letters ("U.S.", "C.C.", "e.g.", "U.S"), or -1.
   * Includes the final period, which is why "U.S." never ends a sentence.
   */
  private static int acronymEnd(String s, int start) {
    int n = s.length();
    int j = start;
    int letters = 0;
    while (j < n) {
      int cp = s.codePointAt(j);
      if (!Character.isLetter(cp) || Character.isIdeographic(cp)) {
        break;
      }
      int k = j + Character.charCount(cp);
      if (k < n && s.charAt(k) == '.') {
        letters++;
        j = k + 1;
      } else if (letters >= 1 && (k >= n || !isWordPart(s.codePointAt(k)))) {
        return k; // final letter without a period: "U.S"
      } else {
        break;
      }
    }
    return letters >= 2 ? j : -1;
  }

  /** An apostrophe at {@code i} followed by s/S and a non-word character: the possessive "'s". */
  static boolean isPossessive(String s, int i) {
    int n = s.length();
    if (i + 1 >= n || !isApostrophe(s.charAt(i))) {
      return false;
    }
    char c = s.charAt(i + 1);
    return (c == 's' || c == 'S') && (i + 2 >= n || !isWordPart(s.codePointAt(i + 2)));
  }

  private static boolean isThousandsGroup(String s, int i) {
    int n = s.length();
    if (i + 3 > n) {
      return false;
    }
    for (int k = i; k < i + 3; k++) {
      if (!isAsciiDigit(s.charAt(k))) {
        return false;
      }
    }
    return i + 3 == n || !Character.isDigit(s.codePointAt(i + 3));
  }

  static boolean isSpace(int cp) {
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.CONTROL || type == Character.FORMAT;
  }

  static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  static boolean isWordStart(int cp) {
    return Character.isLetterOrDigit(cp) && !Character.isIdeographic(cp);
  }

  private static boolean isWordPart(int cp) {
    if (isWordStart(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isAsciiDigit(int cp) {
    return cp >= '0' && cp <= '9';
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026' || isCjkTerminal(c);
  }

  static boolean isCjkTerminal(char c) {
    return c == '\u3002' || c == '\uFF01' || c == '\uFF1F';
  }

  static boolean isCloser(char c) {
    return c == '"'
        || c == '\''
        || c == '\u201D'
        || c == '\u2019'
        || c == '\u00BB'
        || c == '\u203A'
        || c == ')'
        || c == ']'
        || c == '}';
  }

  static boolean startsSentence(int cp) {
    if (Character.isLetter(cp)) {
      return !Character.isLowerCase(cp); // uppercase, titlecase or a caseless script
    }
    return Character.isDigit(cp)
        || cp == '"'
        || cp == '\''
        || cp == '\u201C'
        || cp == '\u2018'
        || cp == '\u201E'
        || cp == '\u00AB'
        || cp == '('
        || cp == '[';
  }
}
