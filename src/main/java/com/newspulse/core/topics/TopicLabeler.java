package com.newspulse.core.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Readable names for topics. A topic model gives each topic a ranked list of terms; people want
 * "chip · export · control" and, to recognise the story, the entities and themes that go with it.
 *
 * <ul>
 *   <li>{@link #label}: the first {@link #LABEL_TERMS} terms by weight, phrases written with a
 *       space, joined by " · ". A term whose words are all already in the label is skipped, so
 *       "export", "control", "export_control" gives "export · control · ..." and not the same words
 *       twice.
 *   <li>{@link #description}: the label plus the most associated entities and themes, e.g. "chip ·
 *       export · control; entities: Nvidia, Huawei; themes: Export controls".
 * </ul>
 */
public final class TopicLabeler {
  public static final int LABEL_TERMS = 3;
  public static final String SEPARATOR = " · ";

  private TopicLabeler() {}

  /**
   * Label from terms ordered by weight, best first (phrases joined by {@link
   * TopicTerms#PHRASE_JOINER}).
   */
  public static String label(List<String> termsByWeight) {
    List<String> chosen = new ArrayList<>();
    Set<String> words = new HashSet<>();
    for (String t : termsByWeight) {
      if (chosen.size() == LABEL_TERMS) {
        break;
      }
      List<String> parts = Arrays.asList(t.split(TopicTerms.PHRASE_JOINER));
      if (words.containsAll(parts)) {
        continue;
      }
      words.addAll(parts);
      chosen.add(String.join(" ", parts));
    }
    return chosen.isEmpty() ? "(no terms)" : String.join(SEPARATOR, chosen);
  }

  /** The label, then the associated entity and theme labels (either list may be empty). */
  public static String description(String label, List<String> entities, List<String> themes) {
    StringBuilder b = new StringBuilder(label);
    if (!entities.isEmpty()) {
      b.append("; entities: ").append(String.join(", ", entities));
    }
    if (!themes.isEmpty()) {
      b.append("; themes: ").append(String.join(", ", themes));
    }
    return b.toString();
  }
}
