package com.newspulse.core.text;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@link TextSegmenter#segment(String)}: immutable sentences and tokens over {@code
 * text}.
 */
public record SegmentedText(String text, List<Sentence> sentences, List<Token> tokens) {

  public SegmentedText {
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
  }
}
