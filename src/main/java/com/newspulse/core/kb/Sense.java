package com.newspulse.core.kb;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A whole article's sense of a kind of name, from a knowledge-base senses file: in an article whose
 * headline and body together contain at least {@code minTerms} distinct {@code articleTerms}, a
 * name of one of {@code types} means something other than its entity, unless one of the {@code
 * keep} contexts stands right before or after it. The default knowledge base has one: in a sports
 * article "Argentina beat France" names two national teams, not two countries, while "the World Cup
 * in Qatar" or "Qatar's emir" still names the country.
 *
 * <p>A per-entity {@link ContextRule} says what a neighbouring word makes of one entity's alias; a
 * sense says what the subject of the whole article makes of every name of a type, which no
 * neighbouring word shows ("Messi leads Argentina to the final").
 *
 * @param id the sense's name, for docs and problems
 * @param types the entity types whose mentions the sense can take
 * @param articleTerms phrases that, together, mark an article's subject (whole tokens,
 *     case-insensitive)
 * @param minTerms how many distinct article terms an article needs
 * @param keep contexts (as in {@link ContextRule}, without a redirect) in which the name keeps its
 *     entity
 */
public record Sense(
    String id,
    Set<EntityType> types,
    List<String> articleTerms,
    int minTerms,
    List<ContextRule> keep)
    implements Serializable {

  public Sense {
    Objects.requireNonNull(id, "id");
    types = Set.copyOf(types);
    articleTerms = List.copyOf(articleTerms);
    keep = List.copyOf(keep);
    if (minTerms < 1) {
      throw new IllegalArgumentException("minTerms must be at least 1: " + minTerms);
    }
  }
}
