package com.newspulse.core.ner;

import com.newspulse.core.kb.Alias;
import com.newspulse.core.kb.KbEntity;
import com.newspulse.core.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The knowledge base as NerCrf's dictionary feature: one "alias:TYPE" line per alias (CoNLL type,
 * see {@link NerTypes}), lower-cased as NerCrf looks phrases up. An alias shared by entities of
 * different CoNLL types is left out: the feature would point both ways.
 */
public final class NerDictionary {
  private NerDictionary() {}

  public static List<String> lines(KnowledgeBase kb) {
    Map<String, String> byPhrase = new LinkedHashMap<>();
    for (KbEntity e : kb.entities()) {
      String type = NerTypes.conllType(e.type());
      for (Alias a : e.aliases()) {
        String phrase =
            a.text()
                .replace('-', ' ')
                .replace(':', ' ')
                .replaceAll("\\s+", " ")
                .trim()
                .toLowerCase(Locale.ROOT);
        if (!phrase.isEmpty()) {
          byPhrase.merge(phrase, type, (x, y) -> x.equals(y) ? x : "");
        }
      }
    }
    List<String> out = new ArrayList<>();
    byPhrase.forEach(
        (phrase, type) -> {
          if (!type.isEmpty()) {
            out.add(phrase + ":" + type);
          }
        });
    return out;
  }
}
