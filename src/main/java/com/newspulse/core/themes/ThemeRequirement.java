package com.newspulse.core.themes;

import com.newspulse.core.kb.EntityType;
import com.newspulse.core.kb.KbEntity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A theme's {@code requires}: the kinds of knowledge-base entity an article must name for the theme
 * to count in it. A kind is an entity type ({@code GPE}, {@code ORG}...) or {@code COUNTRY}: a GPE
 * that belongs to no other (its {@code country} column is empty), i.e. a state or a union of
 * states, not a city or a province. Article-level, not sentence-level: the state that imposes or
 * suffers sanctions is often named in the sentence before.
 */
public final class ThemeRequirement {
  /** The kind of a GPE entity with no country of its own. */
  public static final String COUNTRY = "COUNTRY";

  /** Every accepted kind, for messages. */
  public static final List<String> KINDS = kinds();

  private ThemeRequirement() {}

  private static List<String> kinds() {
    List<String> out = new ArrayList<>();
    Arrays.stream(EntityType.values()).forEach(t -> out.add(t.name()));
    out.add(COUNTRY);
    return List.copyOf(out);
  }

  static boolean isKind(String s) {
    return KINDS.contains(s);
  }

  /** Adds the kinds {@code e} counts as: its type, and {@link #COUNTRY} for a GPE without one. */
  public static void addKinds(KbEntity e, Set<String> out) {
    out.add(e.type().name());
    if (e.type() == EntityType.GPE && (e.country() == null || e.country().isEmpty())) {
      out.add(COUNTRY);
    }
  }

  /**
   * {@code hits} without those of themes whose {@code requires} none of {@code named} (the kinds
   * the article's knowledge-base entities are, {@link #addKinds}) satisfies; {@code named} is asked
   * for only when a hit's theme has a {@code requires}, so articles without such a theme pay
   * nothing.
   */
  public static List<ThemeHit> keep(
      List<ThemeHit> hits, ThemeTaxonomy taxonomy, Supplier<Set<String>> named) {
    List<ThemeHit> out = new ArrayList<>(hits.size());
    Set<String> kinds = null;
    for (ThemeHit h : hits) {
      List<String> requires = taxonomy.byId(h.themeId()).requires();
      if (!requires.isEmpty() && kinds == null) {
        kinds = named.get();
      }
      if (requires.isEmpty() || requires.stream().anyMatch(kinds::contains)) {
        out.add(h);
      }
    }
    return out;
  }
}
