package com.newspulse.core.kb;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A kind of longer proper name that a name of one of {@code types} can stand inside without meaning
 * its entity, from a knowledge-base longer-names file: "Sydney Airport", "the British Heart
 * Foundation", "the University of Kentucky", "the Madrid Open" are an airport, a charity, a
 * university and a tournament, not mentions of Sydney, the United Kingdom, Kentucky or Madrid. The
 * longer name is recognised by one of its {@code heads}: a capitalised word of the name that says
 * what kind of thing it is.
 *
 * <p>A per-entity {@link ContextRule} names the words that make one entity's alias something else
 * ("New York" + Jets); a longer name does it for every name of a type, with words that are no
 * entity's own.
 *
 * @param id the row's name, for docs and problems
 * @param types the entity types whose mentions it can take
 * @param heads single words (compared whole, case-insensitively) that head a longer name
 */
public record LongerName(String id, Set<EntityType> types, List<String> heads)
    implements Serializable {

  public LongerName {
    Objects.requireNonNull(id, "id");
    types = Set.copyOf(types);
    heads = List.copyOf(heads);
  }
}
