package com.newspulse.core.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The token normal forms used by all matchers, so that an alias and the text compare alike: {@link
 * #normalize} keeps case (for case-sensitive aliases), {@link #fold} also lower-cases. Both apply
 * NFKC, map typographic variants to ASCII (’ ‘ → ', “ ” → ", dashes → -) and strip diacritics (NFD
 * minus combining marks), so "Erdogan" and "Erdoğan" compare equal.
 */
public final class Folding {

  private Folding() {}

  /**
   * Normal form with case kept. Pure ASCII is already normal and is returned as is (the common
   * case).
   */
  public static String normalize(String s) {
    if (isPlainAscii(s)) {
      return s;
    }
    String v = Normalizer.normalize(s, Normalizer.Form.NFKC);
    v = Normalizer.normalize(v, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(v.length());
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      out.append(
          switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            default -> c;
          });
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  /** Case-folded normal form: {@link #normalize} then {@code toLowerCase(Locale.ROOT)}. */
  public static String fold(String s) {
    return normalize(s).toLowerCase(Locale.ROOT);
  }

  private static boolean isPlainAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
