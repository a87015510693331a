package com.newspulse.core.match;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The character ranges of a text that are web addresses or e-mail addresses: "twitter.com/nvidia",
 * "https://www.reuters.com/...", "press@huawei.com". A name inside one is part of an address, not a
 * mention ("Twitter" in a feed's link line is not the company in the news).
 *
 * <p>A bare domain must start with a lowercase letter ("nytimes.com"): "Amazon.com" written with a
 * capital is a company's name in running text, and "U.S." or "e.g." are no domains.
 *
 * <p>Each pattern may only start where a run of its characters starts (the lookbehinds): without
 * that, a 300,000-letter "word" makes the e-mail pattern retry from every letter, quadratic time
 * that held one article for minutes. Group repetitions are bounded (a host has at most 10 dots
 * here): Java's regex engine recurses once per repetition, and "a.a.a..." overflowed the stack.
 */
public final class LinkSpans {
  private static final Pattern LINK =
      Pattern.compile(
          "(?:https?://|ftp://|www\\.)\\S+"
              + "|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+){1,10}"
              + "|(?<![\\w.@/-])[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+){0,10}\\.[a-z]{2,12}(?:/\\S*)?(?![\\w@])");

  private LinkSpans() {}

  /** {@code [start, end)} pairs, in order; empty when the text has no address. */
  public static List<int[]> of(String text) {
    if (!mayHaveLink(text)) {
      return List.of();
    }
    List<int[]> out = null;
    Matcher m = LINK.matcher(text);
    while (m.find()) {
      if (out == null) {
        out = new ArrayList<>();
      }
      out.add(new int[] {m.start(), m.end()});
    }
    return out == null ? List.of() : out;
  }

  /**
   * False only when {@link #LINK} cannot match, which is most sentences (the pattern's search cost
   * 4% of enrich's CPU on RSS 2022, JFR): every form has a dot, and a scheme ("://"), "www.", an
   * '@', or a dot between two of a domain's characters ([a-z0-9-], as in "nytimes.com"); a
   * sentence's full stop or "U.S." has none of these.
   */
  static boolean mayHaveLink(String text) {
    if (text.indexOf('.') < 0) {
      return false;
    }
    if (text.indexOf("://") >= 0 || text.indexOf("www.") >= 0 || text.indexOf('@') >= 0) {
      return true;
    }
    for (int i = text.indexOf('.', 1);
        i >= 0 && i + 1 < text.length();
        i = text.indexOf('.', i + 1)) {
      if (domainChar(text.charAt(i - 1)) && domainChar(text.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean domainChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  }

  /** Whether {@code offset} lies inside one of {@code spans}. */
  public static boolean inside(List<int[]> spans, int offset) {
    for (int[] s : spans) {
      if (offset >= s[0] && offset < s[1]) {
        return true;
      }
    }
    return false;
  }
}
