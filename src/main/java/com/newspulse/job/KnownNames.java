package com.newspulse.job;

import com.newspulse.core.feed.HeadlineLabel;
import com.newspulse.core.kb.Alias;
import com.newspulse.core.kb.KbEntity;
import com.newspulse.core.kb.KnowledgeBase;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Whether a headline prefix is a name the knowledge base knows (then it is never a feed's label).
 * The name set is built on first use, only when there is a label candidate to check.
 */
final class KnownNames implements Predicate<String> {
  private final Supplier<KnowledgeBase> kb;
  private Set<String> names;

  KnownNames(Supplier<KnowledgeBase> kb) {
    this.kb = kb;
  }

  @Override
  public boolean test(String name) {
    if (names == null) {
      names = new HashSet<>();
      for (KbEntity e : kb.get().entities()) {
        names.add(HeadlineLabel.name(e.name()));
        for (Alias a : e.aliases()) {
          names.add(HeadlineLabel.name(a.text()));
        }
      }
    }
    return names.contains(name);
  }
}
