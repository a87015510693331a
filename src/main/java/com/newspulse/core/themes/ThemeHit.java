package com.newspulse.core.themes;

import java.io.Serializable;

/**
 * A theme found in a text: char span {@code [start, end)} with {@code surface =
 * text.substring(start, end)}.
 */
public record ThemeHit(
    String themeId, int start, int end, String surface, int sentence, String field)
    implements Serializable {

  /** A hit in the body ({@code field = "text"}). */
  public ThemeHit(String themeId, int start, int end, String surface, int sentence) {
    this(themeId, start, end, surface, sentence, "text");
  }

  /**
   * This hit at another place: {@code field} ("title" or "text") and offsets into that field, and
   * its sentence index within that field.
   */
  public ThemeHit at(String field, int start, int end, String surface, int sentence) {
    return new ThemeHit(themeId, start, end, surface, sentence, field);
  }
}
