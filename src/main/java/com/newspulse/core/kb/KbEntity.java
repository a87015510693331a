package com.newspulse.core.kb;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One knowledge-base entity. {@code aliases} always includes the canonical name; {@code wikidata}
 * and {@code country} (id of the entity's GPE) are null when unknown; {@code context} holds the
 * terms that confirm the entity's ambiguous aliases; {@code rules} the contexts in which its
 * aliases mean something else ({@link ContextRule}).
 */
public record KbEntity(
    String id,
    EntityType type,
    String name,
    List<Alias> aliases,
    String wikidata,
    String country,
    List<String> context,
    List<ContextRule> rules)
    implements Serializable {

  public KbEntity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    context = List.copyOf(context);
    rules = List.copyOf(rules);
  }

  /** An entity without context rules. */
  public KbEntity(
      String id,
      EntityType type,
      String name,
      List<Alias> aliases,
      String wikidata,
      String country,
      List<String> context) {
    this(id, type, name, aliases, wikidata, country, context, List.of());
  }
}
