package com.newspulse.core.match;

import com.newspulse.core.kb.Sense;
import com.newspulse.core.text.MatchTokens;
import java.util.BitSet;

/**
 * Which of the knowledge base's senses ({@link Sense}) hold for one article, each found on its
 * first need by one scan of the article's units for its terms.
 */
final class ArticleSenses {
  private final AliasIndex idx;
  private final MatchTokens units;

  /** Per sense: 0 not looked at yet, 1 holds, 2 does not. */
  private final byte[] state;

  ArticleSenses(AliasIndex idx, MatchTokens units) {
    this.idx = idx;
    this.units = units;
    this.state = new byte[idx.senses.length];
  }

  /**
   * Whether a sense that holds for the article takes the match of {@code entity} over {@code
   * [start, end)} away from its entity: no keep context of that sense stands by it.
   */
  boolean takes(int entity, int start, int end) {
    for (int k : idx.sensesOf[entity]) {
      if (holds(k) && !kept(idx.senses[k], start, end)) {
        return true;
      }
    }
    return false;
  }

  private boolean kept(AliasIndex.CompiledSense sense, int start, int end) {
    for (AliasIndex.CompiledRule r : sense.keep()) {
      if (r.at(units, start, end)) {
        return true;
      }
    }
    return false;
  }

  private boolean holds(int k) {
    if (state[k] == 0) {
      state[k] = distinctTermsReach(idx.senses[k]) ? (byte) 1 : (byte) 2;
    }
    return state[k] == 1;
  }

  /**
   * Whether the article holds at least the sense's number of distinct terms. Terms are counted as
   * leftmost-longest matches, so a term inside a longer one ("World Cup" in "World Cup qualifier")
   * is one term where it stands, not two.
   */
  private boolean distinctTermsReach(AliasIndex.CompiledSense sense) {
    BitSet seen = new BitSet();
    sense
        .articleTerms()
        .findLongest(
            units,
            (terms, start) -> terms,
            (start, end, terms) -> {
              seen.set(terms.get(0)); // one term per key: the loader rejects repeats
              return seen.cardinality() < sense.minTerms();
            });
    return seen.cardinality() >= sense.minTerms();
  }
}
