package com.newspulse.core.ner;

import com.newspulse.core.eval.Prf;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entity-level precision, recall and F1 as {@code conlleval} counts them: a predicted entity is
 * right only when its type and both token boundaries equal a gold entity's. Per type and overall
 * (micro-averaged over all entities).
 */
public final class NerScorer {
  private final Prf overall = new Prf();
  private final Map<String, Prf> byType = new TreeMap<>();
  private long sentences;
  private long tokens;

  /** Adds one sentence: the gold tags and the predicted tags, one per token each. */
  public void add(List<String> goldTags, List<String> predictedTags) {
    if (goldTags.size() != predictedTags.size()) {
      throw new IllegalArgumentException(
          "gold has "
              + goldTags.size()
              + " tags, prediction "
              + predictedTags.size()
              + ": the prediction must use the gold tokens");
    }
    sentences++;
    tokens += goldTags.size();
    Set<IobChunks.Chunk> gold = new HashSet<>(IobChunks.of(goldTags));
    Set<IobChunks.Chunk> predicted = new HashSet<>(IobChunks.of(predictedTags));
    for (IobChunks.Chunk c : predicted) {
      boolean hit = gold.contains(c);
      count(c.type(), hit ? 1 : 0, hit ? 0 : 1, 0);
    }
    for (IobChunks.Chunk c : gold) {
      if (!predicted.contains(c)) {
        count(c.type(), 0, 0, 1);
      }
    }
  }

  private void count(String type, int tp, int fp, int fn) {
    overall.add(tp, fp, fn);
    byType.computeIfAbsent(type, t -> new Prf()).add(tp, fp, fn);
  }

  public Prf overall() {
    return overall;
  }

  /** Per entity type, sorted by type. */
  public Map<String, Prf> byType() {
    return byType;
  }

  public long sentences() {
    return sentences;
  }

  public long tokens() {
    return tokens;
  }
}
