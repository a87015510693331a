package com.newspulse.core.ner;

import com.newspulse.core.kb.Alias;
import com.newspulse.core.kb.KbEntity;
import com.newspulse.core.kb.KnowledgeBase;
import com.newspulse.core.text.Folding;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Links an NER span to the knowledge base by its whole surface: the span must equal an alias
 * (folded; a case-sensitive alias must match with its case; a leading "the" and a trailing
 * possessive are ignored) of exactly one entity whose type is compatible with the span's ({@link
 * NerTypes#compatible}). Two or more such entities: not linked, since the span alone cannot tell
 * them apart.
 */
public final class NerLinker implements Serializable {
  private static final long serialVersionUID = 1L;

  private record Entry(KbEntity entity, Alias alias) implements Serializable {}

  private final Map<String, List<Entry>> byKey = new HashMap<>();

  public NerLinker(KnowledgeBase kb) {
    for (KbEntity e : kb.entities()) {
      for (Alias a : e.aliases()) {
        byKey.computeIfAbsent(key(a.text()), k -> new ArrayList<>()).add(new Entry(e, a));
      }
    }
  }

  /** The entity {@code surface} (tagged {@code nerType}) names, or null. */
  public KbEntity link(String surface, String nerType) {
    List<Entry> entries = byKey.get(key(surface));
    if (entries == null) {
      return null;
    }
    KbEntity found = null;
    String exact = stripped(Folding.normalize(surface));
    for (Entry en : entries) {
      if (!NerTypes.compatible(nerType, en.entity().type())) {
        continue;
      }
      if (en.alias().caseSensitive()
          && !stripped(Folding.normalize(en.alias().text())).equals(exact)) {
        continue;
      }
      if (found != null && !found.id().equals(en.entity().id())) {
        return null;
      }
      found = en.entity();
    }
    return found;
  }

  /** Grouping key of a surface: folded, whitespace collapsed, "the " and possessive removed. */
  public static String key(String surface) {
    return stripped(Folding.fold(surface));
  }

  private static String stripped(String s) {
    String k = s.strip().replaceAll("\\s+", " ");
    if (k.endsWith("'s") || k.endsWith("'S")) {
      k = k.substring(0, k.length() - 2);
    } else if (k.endsWith("'")) {
      k = k.substring(0, k.length() - 1);
    }
    if (k.regionMatches(true, 0, "the ", 0, 4)) {
      k = k.substring(4);
    }
    return k.strip();
  }
}
