package com.newspulse.core.tone;

/**
 * Tone of one sentence: {@code sum} of hit weights, {@code tone = sum / sqrt(sum² + 15)} in (-1,
 * 1), and the number of hits that contributed positively and negatively (after negation).
 */
public record SentenceTone(
    int sentence, double tone, double sum, int positiveHits, int negativeHits) {}
