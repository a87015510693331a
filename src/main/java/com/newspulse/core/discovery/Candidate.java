package com.newspulse.core.discovery;

/**
 * A proper-noun phrase not covered by the knowledge base: char span {@code [start, end)} with
 * {@code surface = text.substring(start, end)}, its grouping {@code key} (folded, lower-case,
 * whitespace collapsed, possessive stripped), sentence index, suggested type and the {@code cue}
 * that decided the type ({@code "suffix:Inc"}, {@code "title:President"}, {@code "pattern:said"},
 * {@code "prep:in"}, or {@code "none"}), so analysts can see why.
 */
public record Candidate(
    String surface,
    String key,
    int start,
    int end,
    int sentence,
    SuggestedType type,
    String cue,
    String field) {

  /** A candidate in the body ({@code field = "text"}). */
  public Candidate(
      String surface,
      String key,
      int start,
      int end,
      int sentence,
      SuggestedType type,
      String cue) {
    this(surface, key, start, end, sentence, type, cue, "text");
  }

  /**
   * This candidate at another place: {@code field} ("title" or "text") and offsets into that field,
   * and its sentence index within that field.
   */
  public Candidate at(String field, int start, int end, String surface, int sentence) {
    return new Candidate(surface, key, start, end, sentence, type, cue, field);
  }
}
