package com.newspulse.report;

import java.util.Locale;

/**
 * HTML escaping for the report. Every string that comes from data (titles, labels, keywords,
 * sources, paths, run messages) goes through {@link #esc} before it is written, in text and in
 * double-quoted attribute values alike.
 */
public final class Html {
  private Html() {}

  /**
   * Escapes {@code & < > " '} and replaces characters HTML must not contain (C0/C1 controls other
   * than tab, newline and carriage return; unpaired surrogates; non-characters) by U+FFFD. Safe in
   * element text and in double- or single-quoted attribute values; {@code null} gives "".
   */
  public static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      String rep =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
          };
      int width = 1;
      if (rep == null) {
        if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          int cp = s.codePointAt(i);
          width = 2;
          if (isNonCharacter(cp)) {
            rep = "\uFFFD";
          }
        } else if (Character.isSurrogate(c) || isForbidden(c)) {
          rep = "\uFFFD";
        }
      }
      if (rep != null) {
        if (b == null) {
          b = new StringBuilder(n + 16).append(s, 0, i);
        }
        b.append(rep);
      } else if (b != null) {
        b.append(s, i, i + width);
      }
      i += width - 1;
    }
    return b == null ? s : b.toString();
  }

  private static boolean isForbidden(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        || (c >= 0x7F && c <= 0x9F)
        || isNonCharacter(c);
  }

  private static boolean isNonCharacter(int cp) {
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
  }

  /** {@code 1234567} → {@code 1,234,567}. */
  public static String num(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }

  /** A nullable count: "–" when absent. */
  public static String num(Long v) {
    return v == null ? "\u2013" : num(v.longValue());
  }

  /** A share in [0, 1] as a percentage with {@code decimals} decimals: 0.1234 → "12.3%". */
  public static String pct(double share, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f%%", share * 100);
  }

  /** A plain decimal (SVG coordinates, npmi): no grouping, dot separator. */
  public static String dec(double v, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  /**
   * An http(s) URL fit for an {@code href}, escaped; {@code null} for anything else ({@code
   * javascript:}, {@code data:}, relative or malformed), which is then shown without a link.
   */
  public static String safeHref(String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    String lower = u.toLowerCase(Locale.ROOT);
    if (!(lower.startsWith("http://") || lower.startsWith("https://")) || u.length() > 2048) {
      return null;
    }
    for (int i = 0; i < u.length(); i++) {
      char c = u.charAt(i);
      if (c <= 0x20 || c == 0x7F) {
        return null;
      }
    }
    try {
      java.net.URI uri = new java.net.URI(u);
      if (uri.getHost() == null) {
        return null;
      }
    } catch (java.net.URISyntaxException e) {
      return null;
    }
    return esc(u);
  }

  /** A UTF-8 text resource of the jar, e.g. the report's style sheet; fails loudly if missing. */
  static String resource(String path) {
    try (java.io.InputStream in = Html.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read resource " + path, e);
    }
  }
}
