package com.newspulse.core.match;

import com.newspulse.core.text.MatchTokens;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The first pass of an {@link EntityMatcher} and its disambiguation: leftmost-longest alias matches
 * whose case rule holds, the entities the article supports (an unambiguous mention or a context
 * term), and the one candidate an ambiguous match resolves to (the rules in {@link EntityMatcher}).
 */
final class AliasCandidates {
  private AliasCandidates() {}

  /** A leftmost-longest alias match over units {@code [start, end)} before disambiguation. */
  record RawMatch(int start, int end, List<AliasIndex.AliasEntry> candidates) {}

  /** Pass 1: leftmost-longest alias matches whose case rule holds. */
  static List<RawMatch> find(TokenTrie<AliasIndex.AliasEntry> aliases, MatchTokens units) {
    List<RawMatch> raw = new ArrayList<>();
    aliases.findLongest(
        units,
        (entries, start) -> casePassing(entries, units, start),
        (start, end, passing) -> raw.add(new RawMatch(start, end, passing)));
    return raw;
  }

  private static List<AliasIndex.AliasEntry> casePassing(
      List<AliasIndex.AliasEntry> entries, MatchTokens units, int start) {
    List<AliasIndex.AliasEntry> passing = null;
    for (int k = 0; k < entries.size(); k++) {
      AliasIndex.AliasEntry e = entries.get(k);
      if ((e.exact() == null || exactMatch(e.exact(), units, start))
          && (!e.capital() || Character.isUpperCase(units.normalized(start).codePointAt(0)))) {
        if (passing == null) {
          if (k == entries.size() - 1 && k == 0) {
            return entries; // the common single-entry case: no copy
          }
          passing = new ArrayList<>(entries.size());
        }
        passing.add(e);
      }
    }
    return passing == null ? List.of() : passing;
  }

  private static boolean exactMatch(String[] exact, MatchTokens units, int start) {
    for (int k = 0; k < exact.length; k++) {
      if (!exact[k].equals(units.normalized(start + k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Entities that may take an ambiguous alias: those with an unambiguous alias match or a context
   * term in the text. Computed only when some match has an ambiguous candidate.
   */
  static BitSet support(TokenTrie<Integer> contextTerms, MatchTokens units, List<RawMatch> raw) {
    BitSet supported = new BitSet();
    boolean anyAmbiguous = false;
    for (RawMatch m : raw) {
      for (AliasIndex.AliasEntry e : m.candidates()) {
        if (e.ambiguous()) {
          anyAmbiguous = true;
        } else {
          supported.set(e.entity());
        }
      }
    }
    if (!anyAmbiguous || contextTerms.size() == 0) {
      return supported;
    }
    contextTerms.find(
        units,
        entity -> {
          supported.set(entity);
          return true;
        });
    return supported;
  }

  static AliasIndex.AliasEntry resolve(List<AliasIndex.AliasEntry> candidates, BitSet supported) {
    AliasIndex.AliasEntry unambiguous = null;
    int unambiguousCount = 0;
    AliasIndex.AliasEntry ambiguous = null;
    int ambiguousCount = 0;
    for (AliasIndex.AliasEntry e : candidates) {
      if (!e.ambiguous()) {
        if (unambiguous == null || unambiguous.entity() != e.entity()) {
          unambiguousCount++;
        }
        unambiguous = e;
      } else if (supported.get(e.entity())) {
        if (ambiguous == null || ambiguous.entity() != e.entity()) {
          ambiguousCount++;
        }
        ambiguous = e;
      }
    }
    if (ambiguousCount > 0) {
      return ambiguousCount == 1 ? ambiguous : null;
    }
    return unambiguousCount == 1 ? unambiguous : null;
  }
}
