package com.newspulse.core.keywords;

import java.io.Serializable;
import java.util.Objects;

/**
 * One extracted keyword.
 *
 * @param text lowercased (Locale.ROOT) phrase, words separated by one space; used as a stable trend
 *     key
 * @param score YAKE score: lower means more relevant; only comparable within one document
 * @param rank 1-based position in the extractor's output, 1 = best
 */
public record Keyword(String text, double score, int rank) implements Serializable {

  public Keyword {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("keyword text is blank");
    }
    if (rank < 1) {
      throw new IllegalArgumentException("rank must be >= 1, was " + rank);
    }
  }
}
