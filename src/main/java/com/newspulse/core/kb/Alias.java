package com.newspulse.core.kb;

import java.io.Serializable;
import java.util.Objects;

/**
 * One surface form of an entity. {@code ambiguous} aliases count only with support in the same
 * article; {@code caseSensitive} aliases must match with the exact case (after
 * typographic/diacritic folding).
 */
public record Alias(String text, boolean ambiguous, boolean caseSensitive) implements Serializable {

  public Alias {
    Objects.requireNonNull(text, "text");
  }

  /**
   * The default case rule: short all-caps forms are acronyms that collide with ordinary words when
   * lower-cased ("US" vs "us", "BIS" vs "bis"), so an alias with no lowercase letter and at most 5
   * letters is case-sensitive; anything longer or mixed-case is matched case-insensitively.
   */
  public static boolean defaultCaseSensitive(String text) {
    int letters = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isLetter(cp)) {
        if (Character.isLowerCase(cp)) {
          return false;
        }
        letters++;
      }
      i += Character.charCount(cp);
    }
    return letters <= 5;
  }
}
