package com.newspulse.core.match;

import java.io.Serializable;

/**
 * An entity found in a text: char span {@code [start, end)} of the original text with {@code
 * surface = text.substring(start, end)}; {@code method} is {@link #ALIAS}, {@link #SURNAME} or
 * {@link #NER}.
 */
public record EntityMention(
    String entityId, int start, int end, String surface, int sentence, String method, String field)
    implements Serializable {

  /** A mention in the body ({@code field = "text"}). */
  public EntityMention(
      String entityId, int start, int end, String surface, int sentence, String method) {
    this(entityId, start, end, surface, sentence, method, "text");
  }

  /**
   * This mention at another place: {@code field} ("title" or "text") and offsets into that field,
   * and its sentence index within that field.
   */
  public EntityMention at(String field, int start, int end, String surface, int sentence) {
    return new EntityMention(entityId, start, end, surface, sentence, method, field);
  }

  /** Matched one of the entity's aliases. */
  public static final String ALIAS = "alias";

  /** A bare surname after a full mention of the person earlier in the same text. */
  public static final String SURNAME = "surname";

  /**
   * A span of the statistical NER model (ner.model); its entity id is a KB id or {@code ner:<key>}.
   */
  public static final String NER = "ner";
}
