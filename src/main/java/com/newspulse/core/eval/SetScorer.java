package com.newspulse.core.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Micro-averaged scores of predicted label sets against gold label sets, article by article, in
 * total, per label and per group (e.g. a corpus split), keeping every error for inspection.
 */
public final class SetScorer {
  /** One error: a predicted label the gold lacks (FP) or a gold label not predicted (FN). */
  public record Error(String articleId, String kind, String label, String group) {}

  private final Prf total = new Prf();
  private final Map<String, Prf> byLabel = new TreeMap<>();
  private final Map<String, Prf> byGroup = new TreeMap<>();
  private final List<Error> errors = new ArrayList<>();
  private long articles;

  public void add(String articleId, String group, Set<String> gold, Set<String> predicted) {
    articles++;
    for (String p : predicted) {
      boolean hit = gold.contains(p);
      count(p, group, hit ? 1 : 0, hit ? 0 : 1, 0);
      if (!hit) {
        errors.add(new Error(articleId, "FP", p, group));
      }
    }
    for (String g : gold) {
      if (!predicted.contains(g)) {
        count(g, group, 0, 0, 1);
        errors.add(new Error(articleId, "FN", g, group));
      }
    }
  }

  private void count(String label, String group, int tp, int fp, int fn) {
    total.add(tp, fp, fn);
    byLabel.computeIfAbsent(label, k -> new Prf()).add(tp, fp, fn);
    if (group != null) {
      byGroup.computeIfAbsent(group, k -> new Prf()).add(tp, fp, fn);
    }
  }

  public long articles() {
    return articles;
  }

  public Prf total() {
    return total;
  }

  public Map<String, Prf> byLabel() {
    return byLabel;
  }

  public Map<String, Prf> byGroup() {
    return byGroup;
  }

  public List<Error> errors() {
    return errors;
  }
}
