package com.newspulse.core.feed;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normal form under which a line or sentence is compared across a source's articles: NFKC,
 * lower case, every URL as {@code <url>}, every e-mail address as {@code <email>}, whitespace
 * collapsed. Digits are kept: "Toyota opened plant 4" and "... plant 5" are two lines of news, not
 * one template (the frequent values of a counter line, "# Comments: 0", recur on their own).
 *
 * <p>{@link #story} is the coarser key of a headline that tells stories apart: boilerplate is
 * what a source attaches to many different stories, while a story's own lines repeat only in its
 * copies and updates ("Export curbs widen, part 2"), so there digit runs become {@code 0}.
 */
public final class BoilerplateKey {
  /** Keys longer than this are cut: a repeated block is still found by its first part. */
  public static final int MAX_KEY_CHARS = 300;
  /** Shorter keys ("Rep.", "2.") are never boilerplate: too short to tell apart from content. */
  public static final int MIN_KEY_CHARS = 6;
  /** A headline's affix keeps its separator ("- cnet", "show hn:"), which makes short ones telling. */
  public static final int MIN_AFFIX_CHARS = 4;

  static final Pattern URL = Pattern.compile(
      "(?i)\\b(?:https?://|ftp://|www\\.)[^\\s<>\"]+|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|org|net|io|co|uk|gov|edu|ly|be|gl|me|tv|us|de|fr|au|ca|news|app)/[^\\s<>\"]*");
  static final Pattern EMAIL = Pattern.compile("(?i)\\b[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}\\b");
  private static final Pattern DIGITS = Pattern.compile("\\p{Nd}+");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+");

  private BoilerplateKey() {}

  /** The key of one unit's text, or null when it is too short or has no letter to be boilerplate. */
  public static String of(String unit) {
    return of(unit, MIN_KEY_CHARS);
  }

  /** The key of one unit's text, or null when it is shorter than {@code minChars} or has no letter. */
  public static String of(String unit, int minChars) {
    String v = Normalizer.normalize(unit, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    v = URL.matcher(v).replaceAll("<url>");
    v = EMAIL.matcher(v).replaceAll("<email>");
    v = SPACES.matcher(v).replaceAll(" ").trim();
    if (v.length() > MAX_KEY_CHARS) {
      v = v.substring(0, MAX_KEY_CHARS);
    }
    if (v.length() < minChars || !hasLetter(v)) {
      return null;
    }
    return v;
  }

  /** The story a headline names: its key with every digit run as {@code 0}; null without a usable headline. */
  public static String story(String headline) {
    if (headline == null) {
      return null;
    }
    String k = of(headline, 1);
    return k == null ? null : DIGITS.matcher(k).replaceAll("0");
  }

  private static boolean hasLetter(String v) {
    for (int i = 0; i < v.length(); i++) {
      if (Character.isLetter(v.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
