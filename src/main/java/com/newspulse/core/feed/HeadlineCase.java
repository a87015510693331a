package com.newspulse.core.feed;

/**
 * Whether a headline is written in title case ("Nvidia Faces New Export Curbs"). Capitalisation
 * there marks the style, not names, so entity candidates are not taken from such a headline
 * (knowledge-base names and everything else still are).
 */
public final class HeadlineCase {
  /** Share of capitalised longer words (after the first) from which a headline is title case. */
  static final double TITLE_CASE_SHARE = 0.5;

  private static final int MIN_WORD = 4;

  private HeadlineCase() {}

  public static boolean isTitleCase(String headline) {
    if (headline == null) {
      return false;
    }
    int words = 0;
    int capitalised = 0;
    int i = 0;
    int n = headline.length();
    boolean first = true;
    while (i < n) {
      while (i < n && !Character.isLetter(headline.codePointAt(i))) {
        i += Character.charCount(headline.codePointAt(i));
      }
      int start = i;
      while (i < n && (Character.isLetter(headline.codePointAt(i)) || headline.charAt(i) == '\'')) {
        i += Character.charCount(headline.codePointAt(i));
      }
      if (i > start) {
        if (!first && i - start >= MIN_WORD) {
          words++;
          if (Character.isUpperCase(headline.codePointAt(start))) {
            capitalised++;
          }
        }
        first = false;
      }
    }
    return words > 0 && capitalised >= TITLE_CASE_SHARE * words;
  }
}
