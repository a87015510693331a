package com.newspulse.core.themes;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One theme of the taxonomy: {@code terms} are literal phrases (token-matched, case-insensitive),
 * {@code patterns} Java regexes; when {@code context} is non-empty a hit counts only if one of
 * these terms occurs in the same sentence; a hit never counts in a sentence that has one of the
 * {@code unless} phrases (the theme's negative context: "energy tariffs", "sporting sanctions").
 * {@code near} rules find a theme by the structure of a phrase ({@link NearRule}).
 */
public record ThemeDef(
    String id,
    String label,
    List<String> terms,
    List<String> patterns,
    List<String> context,
    List<NearRule> near,
    List<String> unless)
    implements Serializable {

  public ThemeDef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    terms = List.copyOf(terms);
    patterns = List.copyOf(patterns);
    context = List.copyOf(context);
    near = List.copyOf(near);
    unless = List.copyOf(unless);
  }

  public ThemeDef(
      String id, String label, List<String> terms, List<String> patterns, List<String> context) {
    this(id, label, terms, patterns, context, List.of(), List.of());
  }
}
