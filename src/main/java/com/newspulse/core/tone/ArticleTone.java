package com.newspulse.core.tone;

import java.util.List;

/**
 * Tone of one article (see {@link ToneScorer} for the rule): {@code tone} is the mean sentence
 * tone, {@code sum} the sum of all hit weights; hit counts are after negation. {@code sentences}
 * has one entry per sentence of the text, in order; {@code hits} lists every lexicon hit, for
 * explanations.
 */
public record ArticleTone(
    double tone,
    double sum,
    int positiveHits,
    int negativeHits,
    List<SentenceTone> sentences,
    List<ToneHit> hits) {

  public ArticleTone {
    sentences = List.copyOf(sentences);
    hits = List.copyOf(hits);
  }
}
