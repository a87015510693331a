package com.newspulse.core.feed;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Markup that feeds leave in summaries, removed before analysis: tags go (the content of {@code
 * script}, {@code style}, {@code iframe}, {@code noscript} and comments too), block tags become
 * line breaks, character references are decoded, and a tag cut off by the feed's truncation ({@code
 * <a href="https://exa}) is dropped to the end of its line.
 *
 * <p>Hand-written rather than jsoup: the analysis needs, for every kept char, its offset in the
 * original text ({@link MappedText}), which a DOM parser does not keep. Only what a plain-text
 * summary with stray markup needs is handled; a text without {@code <} or {@code &} is returned as
 * is (the common case).
 */
public final class HtmlText {
  private static final Set<String> DROP_CONTENT =
      Set.of("script", "style", "iframe", "noscript", "template");
  private static final Set<String> BLOCK =
      Set.of(
          "p",
          "br",
          "div",
          "li",
          "ul",
          "ol",
          "tr",
          "td",
          "th",
          "table",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "blockquote",
          "hr",
          "section",
          "article",
          "header",
          "footer",
          "figure",
          "figcaption",
          "pre");
  private static final Map<String, Integer> NAMED =
      Map.ofEntries(
          Map.entry("amp", (int) '&'),
          Map.entry("lt", (int) '<'),
          Map.entry("gt", (int) '>'),
          Map.entry("quot", (int) '"'),
          Map.entry("apos", (int) '\''),
          Map.entry("nbsp", 0xA0),
          Map.entry("ndash", 0x2013),
          Map.entry("mdash", 0x2014),
          Map.entry("lsquo", 0x2018),
          Map.entry("rsquo", 0x2019),
          Map.entry("ldquo", 0x201C),
          Map.entry("rdquo", 0x201D),
          Map.entry("hellip", 0x2026),
          Map.entry("copy", 0xA9),
          Map.entry("reg", 0xAE),
          Map.entry("trade", 0x2122),
          Map.entry("euro", 0x20AC),
          Map.entry("pound", 0xA3),
          Map.entry("yen", 0xA5),
          Map.entry("cent", 0xA2),
          Map.entry("middot", 0xB7),
          Map.entry("bull", 0x2022),
          Map.entry("laquo", 0xAB),
          Map.entry("raquo", 0xBB),
          Map.entry("eacute", 0xE9),
          Map.entry("egrave", 0xE8),
          Map.entry("aacute", 0xE1),
          Map.entry("oacute", 0xF3),
          Map.entry("uuml", 0xFC),
          Map.entry("ouml", 0xF6),
          Map.entry("auml", 0xE4),
          Map.entry("ccedil", 0xE7),
          Map.entry("ntilde", 0xF1),
          Map.entry("szlig", 0xDF),
          Map.entry("deg", 0xB0),
          Map.entry("times", 0xD7));
  private static final int MAX_TAG = 2_000;
  private static final int MAX_ENTITY = 10;

  private HtmlText() {}

  /** The text with markup removed; spans map back to {@code s}. */
  public static MappedText strip(String s) {
    if (s == null || (s.indexOf('<') < 0 && s.indexOf('&') < 0)) {
      return MappedText.identity(s);
    }
    int n = s.length();
    MappedText.Builder b = new MappedText.Builder(s, n);
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '<' && i + 1 < n && isTagStart(s.charAt(i + 1))) {
        int close = indexOf(s, '>', i + 1, i + MAX_TAG + 1);
        if (close < 0) {
          int eol = endOfLine(s, i);
          i = eol; // a tag cut off by truncation: drop it to the end of its line
          continue;
        }
        if (s.startsWith("<!--", i)) {
          int end = s.indexOf("-->", i + 4);
          i = end < 0 ? n : end + 3;
          continue;
        }
        String name = tagName(s, i + 1, close);
        boolean closing = s.charAt(i + 1) == '/';
        if (BLOCK.contains(name) && b.length() > 0 && b.charAt(b.length() - 1) != '\n') {
          b.append('\n', i, close + 1);
        }
        i = close + 1;
        if (!closing && DROP_CONTENT.contains(name)) {
          int end = indexOfIgnoreCase(s, "</" + name, i);
          if (end < 0) {
            i = n;
          } else {
            int gt = s.indexOf('>', end);
            i = gt < 0 ? n : gt + 1;
          }
        }
        continue;
      }
      if (c == '&') {
        int semi = indexOf(s, ';', i + 1, i + MAX_ENTITY + 1);
        if (semi > i + 1) {
          int cp = decode(s.substring(i + 1, semi));
          if (cp >= 0) {
            if (cp > 0) {
              b.appendCodePoint(cp, i, semi + 1);
            }
            i = semi + 1;
            continue;
          }
        }
      }
      b.append(c, i, i + 1);
      i++;
    }
    return b.build();
  }

  private static boolean isTagStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '!' || c == '?';
  }

  /**
   * The first {@code c} in {@code s[from, to)}, or -1. Bounded so that a text with many {@code <}
   * or {@code &} and no closing char is read once, not once per opening char (quadratic).
   */
  private static int indexOf(String s, char c, int from, int to) {
    for (int i = from, end = Math.min(to, s.length()); i < end; i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /**
   * {@code needle} (ASCII) from {@code from}, ignoring case, in place: lower-casing the whole text
   * per tag was quadratic (a megabyte of scripts took 16 s) and can change its length, and with it
   * the offsets.
   */
  static int indexOfIgnoreCase(String s, String needle, int from) {
    for (int i = Math.max(from, 0), last = s.length() - needle.length(); i <= last; i++) {
      if (s.regionMatches(true, i, needle, 0, needle.length())) {
        return i;
      }
    }
    return -1;
  }

  private static int endOfLine(String s, int i) {
    int nl = s.indexOf('\n', i);
    return nl < 0 ? s.length() : nl;
  }

  private static String tagName(String s, int from, int to) {
    int i = from;
    if (i < to && (s.charAt(i) == '/' || s.charAt(i) == '!' || s.charAt(i) == '?')) {
      i++;
    }
    int start = i;
    while (i < to && Character.isLetterOrDigit(s.charAt(i))) {
      i++;
    }
    return s.substring(start, i).toLowerCase(Locale.ROOT);
  }

  /**
   * The code point of a reference body ("amp", "#39", "#x1F600"); 0 for one that stands for nothing
   * usable; -1 if unknown.
   */
  static int decode(String ref) {
    if (ref.startsWith("#")) {
      try {
        int cp =
            ref.length() > 1 && (ref.charAt(1) == 'x' || ref.charAt(1) == 'X')
                ? Integer.parseInt(ref.substring(2), 16)
                : Integer.parseInt(ref.substring(1));
        boolean usable =
            cp >= 0x20
                && cp <= 0x10FFFF
                && !(cp >= 0x7F && cp <= 0x9F)
                && !(cp >= 0xD800 && cp <= 0xDFFF)
                && cp != 0xFFFE
                && cp != 0xFFFF
                && cp != 0xFFFD;
        return usable ? cp : (cp == 9 || cp == 10 || cp == 13 ? ' ' : 0);
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    Integer named = NAMED.get(ref);
    return named == null ? -1 : named;
  }
}
