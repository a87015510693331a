package com.newspulse.core.themes;

import com.newspulse.core.text.MatchTokens;
import com.newspulse.core.text.TextSegmenter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything a {@link ThemeMatcher} derives from its taxonomy, built once per matcher (and again
 * after deserialization): the term trie (terms, context, unless and near-rule phrases), the
 * compiled patterns with their triggers, and the near rules as arrays.
 */
final class ThemeIndex {

  final TextSegmenter segmenter = new TextSegmenter();
  final List<ThemeDef> themes;

  /** Terms and context terms. */
  final TermTrie terms = new TermTrie();

  /** All patterns in taxonomy order. */
  final ThemePattern[] patterns;

  final TriggerScanner triggers;

  /** Near rules in taxonomy order: theme index, window, whether a must come first. */
  final int[] nearTheme;

  final int[] nearWindow;
  final boolean[] nearOrdered;

  /** Tokens of the longest near-rule phrase: how far before an occurrence a partner may start. */
  final int nearLongest;

  ThemeIndex(ThemeTaxonomy taxonomy) {
    themes = taxonomy.themes();
    List<ThemePattern> compiled = new ArrayList<>();
    List<Set<String>> triggerSets = new ArrayList<>();
    List<Boolean> anchorSets = new ArrayList<>();
    List<int[]> rules = new ArrayList<>();
    int longest = 0;
    for (int t = 0; t < themes.size(); t++) {
      ThemeDef def = themes.get(t);
      for (String term : def.terms()) {
        terms.add(MatchTokens.ofPhrase(segmenter, term).foldedKeys(), t, TermTrie.Role.TERM);
      }
      for (String term : def.context()) {
        terms.add(MatchTokens.ofPhrase(segmenter, term).foldedKeys(), t, TermTrie.Role.CONTEXT);
      }
      for (String phrase : def.unless()) {
        terms.add(MatchTokens.ofPhrase(segmenter, phrase).foldedKeys(), t, TermTrie.Role.UNLESS);
      }
      for (NearRule rule : def.near()) {
        int r = rules.size();
        rules.add(new int[] {t, rule.window(), rule.ordered() ? 1 : 0});
        List<List<String>> roles = List.of(rule.a(), rule.b(), rule.unless());
        for (int role = 0; role < 3; role++) {
          for (String phrase : roles.get(role)) {
            List<String> keys = MatchTokens.ofPhrase(segmenter, phrase).foldedKeys();
            terms.addNear(keys, r * 3 + role);
            longest = Math.max(longest, keys.size());
          }
        }
      }
      for (String regex : def.patterns()) {
        PatternTriggers derived = PatternTriggers.derive(regex);
        int[] sets = new int[derived.sets().size()];
        int anchorSet = -1;
        for (int k = 0; k < sets.length; k++) {
          Set<String> set = derived.sets().get(k);
          int id = triggerSets.indexOf(set);
          if (id < 0) {
            id = triggerSets.size();
            triggerSets.add(set);
            anchorSets.add(false);
          }
          sets[k] = id;
          if (k == derived.anchor()) {
            anchorSet = id;
            anchorSets.set(id, true);
          }
        }
        compiled.add(
            new ThemePattern(
                t,
                Pattern.compile(regex, ThemeTaxonomy.PATTERN_FLAGS),
                sets,
                anchorSet,
                derived.anchorLead()));
      }
    }
    patterns = compiled.toArray(ThemePattern[]::new);
    nearLongest = longest;
    nearTheme = rules.stream().mapToInt(r -> r[0]).toArray();
    nearWindow = rules.stream().mapToInt(r -> r[1]).toArray();
    nearOrdered = new boolean[rules.size()];
    for (int r = 0; r < rules.size(); r++) {
      nearOrdered[r] = rules.get(r)[2] == 1;
    }
    boolean[] anchors = new boolean[anchorSets.size()];
    for (int i = 0; i < anchors.length; i++) {
      anchors[i] = anchorSets.get(i);
    }
    triggers = new TriggerScanner(triggerSets, anchors);
  }

  /**
   * A compiled theme pattern with its {@link PatternTriggers}: {@code sets} are ids in the index's
   * {@link TriggerScanner}; matches start at most {@code anchorLead} chars before an occurrence of
   * set {@code anchorSet}, or anywhere when it is -1.
   */
  record ThemePattern(int theme, Pattern pattern, int[] sets, int anchorSet, int anchorLead) {}
}
