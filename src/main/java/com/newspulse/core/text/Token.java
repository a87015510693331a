package com.newspulse.core.text;

/**
 * A token as it appears in the original text: {@code text} equals {@code original.substring(start,
 * end)}; {@code sentence} is the index of the enclosing {@link Sentence}.
 */
public record Token(String text, int start, int end, int sentence) {}
