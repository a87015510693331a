package com.newspulse.core.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Input hygiene for article text: characters that signal broken encoding, and a dedup normal form.
 */
public final class TextChecks {

  private TextChecks() {}

  /**
   * The first character that has no business in article text, described with its code and char
   * offset; empty when the text is clean. U+FFFD is rejected because it is what an unpaired
   * surrogate or a broken byte sequence turns into after a UTF-8 round trip.
   */
  public static Optional<String> invalidCharacterReason(String s) {
    if (s == null) {
      return Optional.empty();
    }
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == 0) {
        return reason("NUL character", c, i);
      } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        return reason("control character", c, i);
      } else if (c >= 0x7F && c <= 0x9F) {
        return reason("control character", c, i); // DEL and the C1 controls (U+0080..U+009F)
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return reason("unpaired surrogate", c, i);
        }
      } else if (Character.isLowSurrogate(c)) {
        return reason("unpaired surrogate", c, i);
      } else if (c == '\uFFFD') {
        return reason("replacement character", c, i);
      } else if (c == '\uFFFE' || c == '\uFFFF') {
        return reason("noncharacter", c, i);
      }
    }
    return Optional.empty();
  }

  /**
   * True when {@code s} has at least one visible character: a letter, digit, symbol or punctuation.
   * Whitespace, no-break spaces, zero-width and other format characters, controls and lone
   * combining marks are invisible, so a text made only of them is blank.
   */
  public static boolean hasVisibleText(String s) {
    if (s == null) {
      return false;
    }
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        continue;
      }
      switch (Character.getType(cp)) {
        case Character.CONTROL,
            Character.FORMAT,
            Character.NON_SPACING_MARK,
            Character.ENCLOSING_MARK,
            Character.COMBINING_SPACING_MARK,
            Character.UNASSIGNED,
            Character.SURROGATE,
            Character.PRIVATE_USE -> {
          continue;
        }
        default -> {
          return true;
        }
      }
    }
    return false;
  }

  /** NFKC, lower-cased, whitespace runs collapsed, stripped; title and text joined by a newline. */
  public static String normalizeForDedup(String title, String text) {
    return normalizePart(title) + "\n" + normalizePart(text);
  }

  private static String normalizePart(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    String v = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(v.length());
    boolean pendingSpace = false;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  private static Optional<String> reason(String what, char c, int offset) {
    return Optional.of(String.format(Locale.ROOT, "%s U+%04X at offset %d", what, (int) c, offset));
  }
}
