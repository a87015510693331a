package com.newspulse.core.tone;

/**
 * One lexicon term found in a text: char span {@code [start, end)}, the lexicon {@code term} key,
 * and the {@code weight} it contributed (the lexicon weight, times -0.5 when {@code negated}).
 */
public record ToneHit(
    String term, int start, int end, int sentence, double weight, boolean negated) {}
