package com.newspulse.core.themes;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One theme of the taxonomy: {@code terms} are literal phrases (token-matched, case-insensitive),
 * {@code patterns} Java regexes; when {@code context} is non-empty a hit counts only if one of
 * these terms occurs in the same sentence; a hit never counts in a sentence that has one of the
 * {@code unless} phrases (the theme's negative context: "energy tariffs", "sporting sanctions").
 * {@code near} rules find a theme by the structure of a phrase ({@link NearRule}). With {@code
 * requires}, the theme counts in an article only if the article also names a knowledge-base entity
 * of one of these kinds ({@link ThemeRequirement}): sanctions are imposed by and on states, so
 * "sanctions" in an article that names no country is most often a court's or a sports body's.
 */
public record ThemeDef(
    String id,
    String label,
    List<String> terms,
    List<String> patterns,
    List<String> context,
    List<NearRule> near,
    List<String> unless,
    List<String> requires)
    implements Serializable {

  public ThemeDef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    terms = List.copyOf(terms);
    patterns = List.copyOf(patterns);
    context = List.copyOf(context);
    near = List.copyOf(near);
    unless = List.copyOf(unless);
    requires = List.copyOf(requires);
  }

  public ThemeDef(
      String id, String label, List<String> terms, List<String> patterns, List<String> context) {
    this(id, label, terms, patterns, context, List.of(), List.of(), List.of());
  }
}
