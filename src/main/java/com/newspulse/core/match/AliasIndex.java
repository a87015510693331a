package com.newspulse.core.match;

import com.newspulse.core.kb.Alias;
import com.newspulse.core.kb.ContextRule;
import com.newspulse.core.kb.EntityType;
import com.newspulse.core.kb.KbEntity;
import com.newspulse.core.kb.KnowledgeBase;
import com.newspulse.core.kb.LongerName;
import com.newspulse.core.kb.Sense;
import com.newspulse.core.text.MatchTokens;
import com.newspulse.core.text.SegmentedText;
import com.newspulse.core.text.TextSegmenter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything an {@link EntityMatcher} derives from its knowledge base, built once per matcher (and
 * again after deserialization): the alias trie with each alias's case rule, the context-term trie,
 * each entity's context rules over folded tokens, the senses, and the heads of longer names.
 */
final class AliasIndex {

  final TextSegmenter segmenter = new TextSegmenter();
  final List<KbEntity> entities;
  final TokenTrie<AliasEntry> aliases = new TokenTrie<>();
  final TokenTrie<Integer> contextTerms = new TokenTrie<>();

  /** Per entity, its context rules with folded phrase tokens; null for the many without. */
  final CompiledRule[][] rules;

  /** The knowledge base's senses, compiled. */
  final CompiledSense[] senses;

  /** Per entity, the indexes into {@link #senses} of the senses its type is subject to. */
  final int[][] sensesOf;

  /**
   * Per entity, the folded heads of the longer names its names can stand inside ({@link
   * LongerNames}); null for entities of a type no longer-names row lists.
   */
  final Set<String>[] headsOf;

  AliasIndex(KnowledgeBase kb) {
    entities = kb.entities();
    rules = new CompiledRule[entities.size()][];
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < entities.size(); i++) {
      position.put(entities.get(i).id(), i);
    }
    for (int i = 0; i < entities.size(); i++) {
      KbEntity e = entities.get(i);
      if (!e.rules().isEmpty()) {
        rules[i] =
            e.rules().stream()
                .map(r -> compile(r, r.redirect() == null ? -1 : position.get(r.redirect())))
                .toArray(CompiledRule[]::new);
      }
      for (Alias alias : e.aliases()) {
        SegmentedText seg = segmenter.segment(alias.text());
        MatchTokens units = MatchTokens.of(seg);
        String[] exact = null;
        if (alias.caseSensitive()) {
          exact = new String[units.size()];
          for (int u = 0; u < exact.length; u++) {
            exact[u] = units.normalized(u);
          }
        }
        String surname =
            e.type() == EntityType.PERSON ? SurnameRule.surname(e, seg.tokens()) : null;
        boolean capital =
            alias.ambiguous()
                && !alias.text().isEmpty()
                && Character.isUpperCase(alias.text().codePointAt(0));
        aliases.add(
            units.foldedKeys(), new AliasEntry(i, alias.ambiguous(), exact, surname, capital));
      }
      for (String term : e.context()) {
        contextTerms.add(MatchTokens.ofPhrase(segmenter, term).foldedKeys(), i);
      }
    }
    aliases.freeze();
    contextTerms.freeze();
    senses = kb.senses().stream().map(this::compile).toArray(CompiledSense[]::new);
    sensesOf = new int[entities.size()][];
    for (int i = 0; i < entities.size(); i++) {
      EntityType type = entities.get(i).type();
      int[] of = new int[senses.length];
      int n = 0;
      for (int k = 0; k < senses.length; k++) {
        if (kb.senses().get(k).types().contains(type)) {
          of[n++] = k;
        }
      }
      sensesOf[i] = Arrays.copyOf(of, n);
    }
    Map<EntityType, Set<String>> heads = new EnumMap<>(EntityType.class);
    for (LongerName name : kb.longerNames()) {
      for (EntityType type : name.types()) {
        for (String head : name.heads()) {
          heads
              .computeIfAbsent(type, t -> new HashSet<>())
              .add(MatchTokens.ofPhrase(segmenter, head).foldedKeys().get(0));
        }
      }
    }
    @SuppressWarnings("unchecked")
    Set<String>[] of = new Set[entities.size()];
    for (int i = 0; i < entities.size(); i++) {
      of[i] = heads.get(entities.get(i).type());
    }
    headsOf = of;
  }

  private CompiledSense compile(Sense sense) {
    TokenTrie<Integer> terms = new TokenTrie<>();
    for (int t = 0; t < sense.articleTerms().size(); t++) {
      terms.add(MatchTokens.ofPhrase(segmenter, sense.articleTerms().get(t)).foldedKeys(), t);
    }
    terms.freeze();
    return new CompiledSense(
        terms,
        sense.minTerms(),
        sense.keep().stream().map(r -> compile(r, -1)).toArray(CompiledRule[]::new));
  }

  private CompiledRule compile(ContextRule r, int redirect) {
    return new CompiledRule(
        r.after(),
        MatchTokens.ofPhrase(segmenter, r.phrase()).foldedKeys().toArray(String[]::new),
        redirect);
  }

  /**
   * One alias at a trie terminal. {@code exact} holds the case-kept normalized tokens for
   * case-sensitive aliases (null otherwise); {@code surname} is set for multi-word person aliases;
   * {@code capital} marks an ambiguous alias written capitalised, which must start with a capital
   * in the text too ("~Target" is not "the target's price", "~Apple" is not "apple juice").
   */
  record AliasEntry(
      int entity, boolean ambiguous, String[] exact, String surname, boolean capital) {}

  /** A {@link ContextRule} over folded tokens; {@code redirect} -1 blocks. */
  record CompiledRule(boolean after, String[] phrase, int redirect) {

    /**
     * Whether the rule's phrase stands right after (or before) the match over {@code [start, end)},
     * in its sentence. "New York's governor" is "New York governor": a possessive between alias and
     * phrase is skipped.
     */
    boolean at(MatchTokens units, int start, int end) {
      int sentence = units.sentence(start);
      if (!after) {
        return phraseAt(units, start - phrase.length, sentence);
      }
      if (phraseAt(units, end, sentence)) {
        return true;
      }
      return end < units.size()
          && units.sentence(end) == sentence
          && (units.folded(end).equals("'s") || units.folded(end).equals("'"))
          && phraseAt(units, end + 1, sentence);
    }

    private boolean phraseAt(MatchTokens units, int from, int sentence) {
      if (from < 0 || from + phrase.length > units.size()) {
        return false;
      }
      for (int k = 0; k < phrase.length; k++) {
        if (units.sentence(from + k) != sentence || !phrase[k].equals(units.folded(from + k))) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * A {@link Sense} over folded tokens: its article terms in a trie (each term's value its index,
   * to count distinct terms) and its keep contexts.
   */
  record CompiledSense(TokenTrie<Integer> articleTerms, int minTerms, CompiledRule[] keep) {}
}
