package com.newspulse.core.text;

/**
 * A sentence as a char span {@code [start, end)} of the original text; {@code index} counts from 0.
 */
public record Sentence(int index, int start, int end) {}
