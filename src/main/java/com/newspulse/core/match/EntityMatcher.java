package com.newspulse.core.match;

import com.newspulse.core.kb.Alias;
import com.newspulse.core.kb.KbEntity;
import com.newspulse.core.kb.KnowledgeBase;
import com.newspulse.core.text.MatchTokens;
import com.newspulse.core.text.SegmentedText;
import com.newspulse.core.text.TextSegmenter;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds knowledge-base entities in text by dictionary lookup of their aliases.
 *
 * <p><b>Why a token trie.</b> Aliases are tokenized with the same {@link TextSegmenter} as the text
 * and stored in a trie keyed by folded tokens ({@link MatchTokens}), which is the Aho-Corasick
 * equivalent at token level: at each text position we follow at most as many trie edges as the
 * longest alias has tokens, one hash lookup each, so the cost per token does not grow with the
 * number of aliases (only cache effects of larger hash tables remain; see MatcherScaleBench).
 * Working on tokens rather than characters also gives word boundaries for free ("BIS" never matches
 * inside "BISON", "Nvidia" not inside "Nvidias"), lets the possessive split make "Huawei's" match
 * "Huawei", and lets each alias carry its own case rule: case-insensitive aliases compare folded
 * tokens; case-sensitive ones ("US", "BIS") additionally compare the case-kept normal form of every
 * token.
 *
 * <p><b>Selection.</b> Leftmost-longest: scanning left to right, the longest alias starting at a
 * token wins and scanning resumes after it; a match never crosses a sentence boundary.
 *
 * <p><b>Ambiguity.</b> An ambiguous ({@code ~}) alias of an entity counts only when the article
 * also has an unambiguous mention of that entity or one of the entity's context terms (whole-token,
 * case-insensitive, anywhere in the article). When one alias names several entities: exactly one
 * supported ambiguous candidate wins; several supported candidates are a tie and the mention is
 * dropped (we would rather miss than misattribute); with none supported, the unambiguous candidate
 * (at most one, the knowledge base validator guarantees it) wins, else the mention is dropped.
 *
 * <p><b>Context.</b> An entity's own context rules decide first ("New York" + Jets is no mention, +
 * governor is the state), then the longer names its type can stand inside ("Sydney Airport", {@link
 * LongerNames}), then the senses of the whole article ({@link ArticleSenses}). A name they take is
 * withheld: no mention, and no link for the statistical model's spans either.
 *
 * <p><b>Surnames.</b> After a person is mentioned by a multi-word alias, a later single capitalised
 * word equal to the person's surname (see {@link SurnameRule}) is a mention with method "surname",
 * unless an alias match starts there. If two persons share the surname, the most recent full
 * mention wins.
 *
 * <p>Serializable for Spark: only the knowledge base is serialized; the tries are transient and
 * rebuilt lazily on first use, also after deserialization (smaller on the wire than a serialized
 * trie, and it works the same under Java serialization and Kryo, which skips transient fields).
 * Thread-safe.
 */
public final class EntityMatcher implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private final KnowledgeBase kb;
  private transient volatile AliasIndex index;

  /**
   * Cheap: the index is built on first use, so a driver that only ships the matcher never builds
   * it.
   */
  public EntityMatcher(KnowledgeBase kb) {
    this.kb = kb;
  }

  private AliasIndex index() {
    AliasIndex i = index;
    if (i == null) {
      synchronized (this) {
        i = index;
        if (i == null) {
          i = new AliasIndex(kb);
          index = i;
        }
      }
    }
    return i;
  }

  /**
   * Whether {@code phrase} is, token for token, one of the knowledge base's aliases (ambiguous ones
   * and those a context rule can block included, case rules applied): a name the knowledge base
   * knows, even where an article's mention of it was not linked for lack of support.
   */
  public boolean isAlias(String phrase) {
    AliasIndex idx = index();
    MatchTokens units = MatchTokens.of(idx.segmenter.segment(phrase));
    if (units.size() == 0) {
      return false;
    }
    List<AliasCandidates.RawMatch> raw = AliasCandidates.find(idx.aliases, units);
    return raw.size() == 1 && raw.get(0).start() == 0 && raw.get(0).end() == units.size();
  }

  /**
   * Segments {@code text} and matches it; prefer {@link #match(SegmentedText)} when already
   * segmented.
   */
  public List<EntityMention> match(String text) {
    return match(index().segmenter.segment(text));
  }

  /** All entity mentions in the text, sorted by start offset, non-overlapping. */
  public List<EntityMention> match(SegmentedText text) {
    return match(MatchTokens.of(text));
  }

  /**
   * As {@link #match(SegmentedText)}, on units already split (shared with the other matchers of an
   * article).
   */
  public List<EntityMention> match(MatchTokens units) {
    return match(units, null);
  }

  /**
   * As {@link #match(MatchTokens)}, and adds to {@code withheld} (when not null) every alias match
   * that a context rule, a longer name or a sense took from its entity ({@link WithheldName}).
   */
  public List<EntityMention> match(MatchTokens units, List<WithheldName> withheld) {
    AliasIndex idx = index();
    List<AliasCandidates.RawMatch> raw = AliasCandidates.find(idx.aliases, units);
    BitSet supported = AliasCandidates.support(idx.contextTerms, units, raw);
    List<int[]> links = LinkSpans.of(units.text());
    List<EntityMention> out = new ArrayList<>();
    Map<String, Integer> surnames = new HashMap<>();
    ArticleSenses senses = null; // found on the first name a sense can take
    int next = 0;
    int i = 0;
    while (i < units.size()) {
      AliasCandidates.RawMatch m =
          next < raw.size() && raw.get(next).start() == i ? raw.get(next++) : null;
      if (m != null) {
        AliasIndex.AliasEntry chosen = AliasCandidates.resolve(m.candidates(), supported);
        if (chosen != null) {
          boolean inLink = LinkSpans.inside(links, units.start(m.start()));
          int entity = inLink ? -1 : ruled(idx, units, m.start(), m.end(), chosen.entity());
          Set<String> heads = idx.headsOf[chosen.entity()];
          if (entity == chosen.entity()
              && heads != null
              && LongerNames.inside(heads, units, m.start(), m.end())) {
            entity = -1;
          }
          // A sense decides only where no rule did: a neighbouring word ("New York governor",
          // "Michigan State Police") says more than the article's subject.
          if (entity == chosen.entity() && idx.sensesOf[entity].length > 0) {
            if (senses == null) {
              senses = new ArticleSenses(idx, units);
            }
            if (senses.takes(entity, m.start(), m.end())) {
              entity = -1;
            }
          }
          if (entity < 0 && !inLink && withheld != null) {
            withheld.add(
                new WithheldName(
                    units.start(m.start()),
                    units.end(m.end() - 1),
                    idx.entities.get(chosen.entity()).id()));
          }
          if (entity >= 0) {
            out.add(mention(idx, units, m.start(), m.end(), entity, EntityMention.ALIAS));
            if (chosen.surname() != null && entity == chosen.entity()) {
              surnames.put(chosen.surname(), chosen.entity());
            }
          }
          i = m.end();
          continue;
        }
        if (m.end() - m.start() > 1) {
          i = m.end(); // a dropped multi-token alias still hides its inner words from the
          // surname rule
          continue;
        }
      }
      int nextAlias = next < raw.size() ? raw.get(next).start() : units.size();
      int end = surnames.isEmpty() ? -1 : surnameEnd(units, i, surnames, nextAlias);
      if (end > 0) {
        int entity = surnames.get(normalizedSpan(units, i, end));
        if (!LinkSpans.inside(links, units.start(i))) {
          out.add(mention(idx, units, i, end, entity, EntityMention.SURNAME));
        }
        i = end;
      } else {
        i++;
      }
    }
    return withoutRedefinedAcronyms(idx, units.text(), out);
  }

  /**
   * The entity a match over {@code [start, end)} names after the entity's context rules: itself,
   * the rule's redirect, or -1 when a rule blocks it.
   */
  private static int ruled(AliasIndex idx, MatchTokens units, int start, int end, int entity) {
    AliasIndex.CompiledRule[] rules = idx.rules[entity];
    if (rules != null) {
      for (AliasIndex.CompiledRule r : rules) {
        if (r.at(units, start, end)) {
          return r.redirect();
        }
      }
    }
    return entity;
  }

  /** Drops mentions of an acronym the article defines as something no alias of the entity says. */
  private List<EntityMention> withoutRedefinedAcronyms(
      AliasIndex idx, String text, List<EntityMention> mentions) {
    if (mentions.isEmpty()) {
      return mentions;
    }
    Map<String, String> defined = AcronymDefinitions.of(text);
    if (defined.isEmpty()) {
      return mentions;
    }
    List<EntityMention> kept = new ArrayList<>(mentions.size());
    for (EntityMention m : mentions) {
      String longForm = defined.get(m.surface());
      if (longForm == null || hasAlias(kb.byId(m.entityId()), longForm)) {
        kept.add(m);
      }
    }
    return kept;
  }

  private static boolean hasAlias(KbEntity e, String text) {
    String key = com.newspulse.core.text.Folding.fold(text);
    for (Alias a : e.aliases()) {
      if (com.newspulse.core.text.Folding.fold(a.text()).equals(key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * End unit of a surname mention starting at unit {@code i}, or -1. The surname is compared with
   * the whole token (hyphenated surnames such as "Okonjo-Iweala") when {@code i} starts a token,
   * else with the single unit ("Huang" in "Huang-led"). Must end before {@code nextAlias}, where an
   * alias match starts.
   */
  private static int surnameEnd(
      MatchTokens units, int i, Map<String, Integer> surnames, int nextAlias) {
    if (!Character.isUpperCase(units.unitText(i).codePointAt(0))) {
      return -1;
    }
    int token = units.tokenIndex(i);
    boolean startsToken = i == 0 || units.tokenIndex(i - 1) != token;
    if (startsToken) {
      int end = i + 1;
      while (end < units.size() && units.tokenIndex(end) == token) {
        end++;
      }
      if (end > i + 1 && end <= nextAlias && surnames.containsKey(normalizedSpan(units, i, end))) {
        return end;
      }
    }
    return surnames.containsKey(units.normalized(i)) ? i + 1 : -1;
  }

  private static String normalizedSpan(MatchTokens units, int start, int end) {
    if (end == start + 1) {
      return units.normalized(start);
    }
    StringBuilder sb = new StringBuilder();
    for (int k = start; k < end; k++) {
      sb.append(units.normalized(k));
    }
    return sb.toString();
  }

  private static EntityMention mention(
      AliasIndex idx, MatchTokens units, int start, int end, int entity, String method) {
    int from = units.start(start);
    int to = units.end(end - 1);
    return new EntityMention(
        idx.entities.get(entity).id(),
        from,
        to,
        units.text().substring(from, to),
        units.sentence(start),
        method);
  }

  /** The knowledge base this matcher was built from. */
  public KnowledgeBase knowledgeBase() {
    return kb;
  }
}
