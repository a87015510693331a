package com.newspulse.core.kb;

import com.newspulse.core.text.Folding;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Two entities may share an alias only if at least one side marks it ambiguous; otherwise every
 * occurrence of that alias would silently go to whichever entity the matcher picked. A check of
 * {@link KbLoader} across all its lines.
 */
final class AliasConflicts {
  private AliasConflicts() {}

  /**
   * Reports each unambiguous alias of an entity that an earlier entity already has (same match
   * key), at the later entity's location.
   *
   * @param entities the entities in file order, each with its location
   * @param matchKey the key the matcher's trie uses for an alias text
   */
  static <L> void check(
      List<Map.Entry<L, KbEntity>> entities,
      Function<String, String> matchKey,
      BiConsumer<L, String> problem) {
    Map<String, Map.Entry<L, KbEntity>> owners = new HashMap<>();
    Map<String, Alias> ownerAlias = new HashMap<>();
    for (Map.Entry<L, KbEntity> row : entities) {
      KbEntity entity = row.getValue();
      for (Alias alias : entity.aliases()) {
        if (alias.ambiguous()) {
          continue;
        }
        String key = matchKey.apply(alias.text());
        Map.Entry<L, KbEntity> owner = owners.putIfAbsent(key, row);
        if (owner != null
            && !owner.getValue().id().equals(entity.id())
            && canCollide(ownerAlias.get(key), alias)) {
          problem.accept(
              row.getKey(),
              "alias '"
                  + alias.text()
                  + "' of '"
                  + entity.id()
                  + "' is also an alias of '"
                  + owner.getValue().id()
                  + "' ("
                  + owner.getKey()
                  + "); mark one of them '~' ambiguous");
        } else if (owner == null) {
          ownerAlias.put(key, alias);
        }
      }
    }
  }

  /** Same key; but two case-sensitive aliases differing in case can never match the same text. */
  private static boolean canCollide(Alias a, Alias b) {
    return !(a.caseSensitive() && b.caseSensitive())
        || Folding.normalize(a.text()).equals(Folding.normalize(b.text()));
  }
}
