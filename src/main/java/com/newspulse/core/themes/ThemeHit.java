package com.newspulse.core.themes;

import java.io.Serializable;

/** A theme found in a text: char span {@code [start, end)} with {@code surface = text.substring(start, end)}. */
public record ThemeHit(String themeId, int start, int end, String surface, int sentence) implements Serializable {
}
