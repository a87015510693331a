package com.newspulse.core.kb;

import java.io.Serializable;
import java.util.Objects;

/**
 * A blocking context of an entity's aliases, from the knowledge base's {@code rules} column: when
 * {@code phrase} stands right after ({@code after}) or right before a match of one of the entity's
 * aliases, the words mean something else. "New York" followed by "Jets" is a team, preceded by
 * nothing it is the city; "England" preceded by "New" is a region of the United States. With a
 * {@code redirect} the mention goes to that entity instead ("New York" + "governor" is the state);
 * without one it is no mention of the entity at all.
 *
 * <p>Written {@code +phrase} (after) or {@code -phrase} (before), optionally {@code >entity-id}:
 * {@code +Jets|+Post|+governor>new-york-state|-New}. Phrases compare whole tokens,
 * case-insensitively, within the sentence.
 */
public record ContextRule(boolean after, String phrase, String redirect) implements Serializable {

  public ContextRule {
    Objects.requireNonNull(phrase, "phrase");
  }

  /** The rule as written in the knowledge base. */
  @Override
  public String toString() {
    return (after ? "+" : "-") + phrase + (redirect == null ? "" : ">" + redirect);
  }
}
