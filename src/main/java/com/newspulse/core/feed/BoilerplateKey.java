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
 * <p>{@link #story} is the coarser key of a headline that tells stories apart: boilerplate is what
 * a source attaches to many different stories, while a story's own lines repeat only in its copies
 * and updates ("Export curbs widen, part 2"), so there digit runs become {@code 0}.
 */
public final class BoilerplateKey {
  /** Keys longer than this are cut: a repeated block is still found by its first part. */
  public static final int MAX_KEY_CHARS = 300;

  /** Shorter keys ("Rep.", "2.") are never boilerplate: too short to tell apart from content. */
  public static final int MIN_KEY_CHARS = 6;

  /**
   * A headline's affix keeps its separator ("- cnet", "show hn:"), which makes short ones telling.
   */
  public static final int MIN_AFFIX_CHARS = 4;

  // Linear on any line. Every repetition is bounded (a DNS label is at most 63 chars, an address'
  // local part 64), and a host or a local part starts only where a run of its chars starts (the
  // lookbehinds). Unbounded, a line like "a-a-a-..." made each word boundary scan to the line's end
  // and back (400,000 such chars took minutes); bounded alone, 3-4 s; now 0.3 s.
  static final Pattern URL =
      Pattern.compile(
          "(?i)\\b(?:https?://|ftp://|www\\.)[^\\s<>\"]{1,2000}|\\b(?<![a-z0-9-])[a-z0-9-]{1,63}(?:\\.[a-z0-9-]{1,63}){0,8}\\.(?:com|org|net|io|co|uk|gov|edu|ly|be|gl|me|tv|us|de|fr|au|ca|news|app)/[^\\s<>\"]{0,2000}");
  static final Pattern EMAIL =
      Pattern.compile(
          "(?i)\\b(?<![a-z0-9._%+-])[a-z0-9._%+-]{1,64}@[a-z0-9.-]{1,253}\\.[a-z]{2,63}\\b");
  private static final Pattern DIGITS = Pattern.compile("\\p{Nd}+");

  private BoilerplateKey() {}

  /**
   * The key of one unit's text, or null when it is too short or has no letter to be boilerplate.
   */
  public static String of(String unit) {
    return of(unit, MIN_KEY_CHARS);
  }

  /**
   * The key of one unit's text, or null when it is shorter than {@code minChars} or has no letter.
   */
  public static String of(String unit, int minChars) {
    // The fast paths skip only work that cannot change the text (ASCII is its own NFKC form; the
    // patterns cannot match without their characters): keys are the same, at a third of ingest's
    // CPU on RSS 2022 (JFR) before them.
    String v = isAscii(unit) ? unit : Normalizer.normalize(unit, Normalizer.Form.NFKC);
    v = v.toLowerCase(Locale.ROOT);
    if (mayHaveUrl(v)) {
      v = URL.matcher(v).replaceAll("<url>");
    }
    if (mayHaveEmail(v)) {
      v = EMAIL.matcher(v).replaceAll("<email>");
    }
    v = collapseSpaces(v).trim();
    if (v.length() > MAX_KEY_CHARS) {
      v = v.substring(0, MAX_KEY_CHARS);
    }
    if (v.length() < minChars || !hasLetter(v)) {
      return null;
    }
    return v;
  }

  /**
   * The story a headline names: its key with every digit run as {@code 0}; null without a usable
   * headline.
   */
  public static String story(String headline) {
    if (headline == null) {
      return null;
    }
    String k = of(headline, 1);
    return k == null ? null : DIGITS.matcher(k).replaceAll("0");
  }

  /** Pieces with more words than this are prose, not a credit or label line. */
  public static final int AFFIX_MAX_WORDS = 8;

  /** Marks the open end of an affix template, so a template never equals a whole line's key. */
  public static final String OPEN = "\u2026";

  /**
   * The templates of a short piece of a line ("Photo by Jane Roe / Getty Images", "submitted by
   * /u/someone", "Image: Apple"): its first two words followed by {@link #OPEN} and {@link #OPEN}
   * followed by its last two words (pieces of 3 words or more), and its label before a colon
   * followed by {@link #OPEN} ("image: …"; a label of 1-3 words), words being the key's runs of
   * letters and digits. Credit, byline and caption lines share a fixed beginning or end around a
   * name that varies, so no whole-line key repeats; their template does. None when the piece has
   * fewer than 2 or more than {@link #AFFIX_MAX_WORDS} words, ends like a sentence ('.', '!', '?',
   * '…'), or has a number for a word: a short sentence that starts like others ("Shares of Nvidia
   * rose 3%.") is news, and so is a results line that varies by its figures ("Net profit 5.1 mln vs
   * 4.2 mln"); a credit line is a fragment around a name.
   */
  public static java.util.List<String> affixes(String piece) {
    String v = of(piece, 1);
    if (v == null) {
      return java.util.List.of();
    }
    char last = v.charAt(v.length() - 1);
    if (last == '.' || last == '!' || last == '?' || last == '\u2026') {
      return java.util.List.of();
    }
    java.util.List<String> words = new java.util.ArrayList<>();
    java.util.regex.Matcher m = WORD.matcher(v);
    while (m.find() && words.size() <= AFFIX_MAX_WORDS) {
      if (NUMBER.matcher(m.group()).matches()) {
        return java.util.List.of(); // a table or results line ("Net 5.1 mln vs 4.2 mln"): content
      }
      words.add(m.group());
    }
    if (words.size() < 2 || words.size() > AFFIX_MAX_WORDS) {
      return java.util.List.of();
    }
    java.util.List<String> out = new java.util.ArrayList<>(3);
    String label = label(v);
    if (label != null) {
      out.add(label + " " + OPEN);
    }
    int n = words.size();
    if (n >= 3) {
      out.add(words.get(0) + " " + words.get(1) + " " + OPEN);
      out.add(OPEN + " " + words.get(n - 2) + " " + words.get(n - 1));
    }
    return out;
  }

  /**
   * "image:" of "image: apple": a label of 1-3 words before a colon, with at least a word after it;
   * else null.
   */
  private static String label(String v) {
    int colon = v.indexOf(':');
    if (colon <= 0 || colon == v.length() - 1) {
      return null;
    }
    String label = v.substring(0, colon).trim();
    int words = 0;
    java.util.regex.Matcher m = WORD.matcher(label);
    while (m.find()) {
      words++;
    }
    return words >= 1 && words <= 3 && WORD.matcher(v.substring(colon + 1)).find()
        ? label + ":"
        : null;
  }

  private static final Pattern NUMBER = Pattern.compile("\\p{Nd}+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}_]+");

  /**
   * False only when {@link #URL} cannot match: both of its forms need a '/' or "www." (ASCII, in
   * any case).
   */
  public static boolean mayHaveUrl(String s) {
    if (s.indexOf('/') >= 0) {
      return true;
    }
    for (int i = s.indexOf('.', 3); i >= 0; i = s.indexOf('.', i + 1)) {
      if (s.regionMatches(true, i - 3, "www", 0, 3)) {
        return true;
      }
    }
    return false;
  }

  /** False only when {@link #EMAIL} cannot match: it needs an '@'. */
  public static boolean mayHaveEmail(String s) {
    return s.indexOf('@') >= 0;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * Every run of white space (Java's \\s, the no-break and typographic spaces, zero-width space,
   * ideographic space) as one ' '.
   */
  static String collapseSpaces(String v) {
    StringBuilder b = null;
    int n = v.length();
    for (int i = 0; i < n; i++) {
      if (!isSpace(v.charAt(i))) {
        if (b != null) {
          b.append(v.charAt(i));
        }
        continue;
      }
      int end = i + 1;
      while (end < n && isSpace(v.charAt(end))) {
        end++;
      }
      if (b == null && (v.charAt(i) != ' ' || end > i + 1)) {
        b = new StringBuilder(n).append(v, 0, i);
      }
      if (b != null) {
        b.append(' ');
      }
      i = end - 1;
    }
    return b == null ? v : b.toString();
  }

  private static boolean isSpace(char c) {
    return c == ' '
        || (c >= '\t' && c <= '\r')
        || c == '\u00A0'
        || (c >= '\u2000' && c <= '\u200B')
        || c == '\u202F'
        || c == '\u205F'
        || c == '\u3000';
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
