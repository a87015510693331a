package com.newspulse.core.themes;

import com.newspulse.core.text.MatchTokens;
import com.newspulse.core.text.SegmentedText;
import com.newspulse.core.text.Sentence;
import com.newspulse.core.text.TextSegmenter;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds taxonomy themes in text. Terms go through a token trie with the same folding as entity
 * aliases (case-insensitive, typographic and diacritic variants equal, whole tokens only),
 * leftmost-longest per theme, so one phrase can raise several themes. Patterns are regexes run per
 * sentence, so they cannot span sentences. A theme with context terms keeps a hit only if one of
 * them occurs in the same sentence, and drops every hit of a sentence with one of its unless
 * phrases. Result: sorted by start; hits of the same theme never overlap (earliest, then longest,
 * wins).
 *
 * <p>Speed: each pattern only runs where it can match. From every pattern the literal "trigger"
 * strings its matches must contain are derived ({@link PatternTriggers}); one pass over the text
 * ({@link TriggerScanner}) finds the sentences containing them, and the pattern runs only on those,
 * and when its matches start within a bounded distance of a trigger, only at those start positions.
 * The hits are exactly those of running every pattern with {@code find()} on every sentence.
 *
 * <p>Serializable for Spark: only the taxonomy is serialized; tries and compiled patterns are
 * transient and rebuilt lazily on first use after deserialization (works under Java serialization
 * and Kryo alike). Thread-safe.
 */
public final class ThemeMatcher implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** Start, then longest first, then taxonomy order. */
  private static final Comparator<Candidate> ORDER =
      Comparator.comparingInt(Candidate::start)
          .thenComparing(Comparator.comparingInt(Candidate::end).reversed())
          .thenComparingInt(Candidate::theme);

  private final ThemeTaxonomy taxonomy;
  private transient volatile Index index;

  /** Everything derived from the taxonomy. */
  private static final class Index {
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

    Index(ThemeTaxonomy taxonomy) {
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
  }

  /**
   * A compiled theme pattern with its {@link PatternTriggers}: {@code sets} are ids in the index's
   * {@link TriggerScanner}; matches start at most {@code anchorLead} chars before an occurrence of
   * set {@code anchorSet}, or anywhere when it is -1.
   */
  private record ThemePattern(
      int theme, Pattern pattern, int[] sets, int anchorSet, int anchorLead) {}

  /** A hit before the context and overlap filters; {@code theme} indexes the taxonomy. */
  private record Candidate(int theme, int start, int end, int sentence) {}

  public ThemeMatcher(ThemeTaxonomy taxonomy) {
    this.taxonomy = taxonomy;
    this.index = new Index(taxonomy);
  }

  private Index index() {
    Index i = index;
    if (i == null) {
      synchronized (this) {
        i = index;
        if (i == null) {
          i = new Index(taxonomy);
          index = i;
        }
      }
    }
    return i;
  }

  /**
   * Segments {@code text} and matches it; prefer {@link #match(SegmentedText)} when already
   * segmented.
   */
  public List<ThemeHit> match(String text) {
    return match(index().segmenter.segment(text));
  }

  public List<ThemeHit> match(SegmentedText text) {
    return match(MatchTokens.of(text));
  }

  /**
   * As {@link #match(SegmentedText)}, on units already split (shared with the other matchers of an
   * article).
   */
  public List<ThemeHit> match(MatchTokens units) {
    SegmentedText text = units.segmented();
    Index idx = index();
    List<ThemeDef> themes = idx.themes;
    List<Candidate> candidates = new ArrayList<>();
    BitSet[] context = new BitSet[themes.size()];
    BitSet[] unless = new BitSet[themes.size()];
    List<int[]> near = new ArrayList<>();
    termHits(idx, units, candidates, context, unless, near);
    nearHits(idx, units, near, candidates);
    patternHits(idx, text, candidates);
    if (candidates.isEmpty()) {
      return List.of();
    }
    candidates.sort(ORDER);
    int[] blockedUntil = new int[themes.size()]; // per theme: char offset before which hits overlap
    List<ThemeHit> out = new ArrayList<>();
    String s = text.text();
    for (Candidate c : candidates) {
      int t = c.theme();
      boolean contextOk =
          (themes.get(t).context().isEmpty()
                  || (context[t] != null && context[t].get(c.sentence())))
              && (unless[t] == null || !unless[t].get(c.sentence()));
      if (contextOk && c.start() >= blockedUntil[t]) {
        out.add(
            new ThemeHit(
                themes.get(t).id(),
                c.start(),
                c.end(),
                s.substring(c.start(), c.end()),
                c.sentence()));
        blockedUntil[t] = c.end();
      }
    }
    return out;
  }

  /**
   * Per theme, the longest term at each position that does not overlap its previous term hit; and
   * per theme with context terms, the sentences where one occurs ({@code context}, null entries for
   * none), and likewise for its unless phrases ({@code unless}); and every near-rule phrase
   * occurrence ({@code near}: rule, role, first token, end token, sentence).
   */
  private static void termHits(
      Index idx,
      MatchTokens units,
      List<Candidate> out,
      BitSet[] context,
      BitSet[] unless,
      List<int[]> near) {
    int n = units.size();
    int[] sentenceOf = new int[n];
    for (int i = 0; i < n; i++) {
      sentenceOf[i] = units.sentence(i);
    }
    int themeCount = idx.themes.size();
    int[] nextFree = new int[themeCount];
    int[] longestEnd = new int[themeCount];
    int[] touched = new int[themeCount];
    TermTrie.Node root = idx.terms.root();
    for (int i = 0; i < n; i++) {
      int touchedCount = 0;
      int sentence = sentenceOf[i];
      TermTrie.Node node = root;
      for (int j = i; j < n && sentenceOf[j] == sentence; j++) {
        node = node.child(units.folded(j));
        if (node == null) {
          break;
        }
        for (int t : node.terms) {
          if (longestEnd[t] == 0) {
            touched[touchedCount++] = t;
          }
          longestEnd[t] = j + 1;
        }
        mark(node.context, context, sentence);
        mark(node.unless, unless, sentence);
        for (int code : node.near) {
          near.add(new int[] {code / 3, code % 3, i, j + 1, sentence});
        }
      }
      for (int k = 0; k < touchedCount; k++) {
        int t = touched[k];
        if (nextFree[t] <= i) {
          int end = longestEnd[t];
          out.add(new Candidate(t, units.start(i), units.end(end - 1), sentence));
          nextFree[t] = end;
        }
        longestEnd[t] = 0;
      }
    }
  }

  /** Marks {@code sentence} for each theme of {@code themes}. */
  private static void mark(int[] themes, BitSet[] sentences, int sentence) {
    for (int t : themes) {
      if (sentences[t] == null) {
        sentences[t] = new BitSet();
      }
      sentences[t].set(sentence);
    }
  }

  /**
   * Near-rule hits: per rule and sentence without an {@code unless} phrase, every pair of an {@code
   * a} and a {@code b} occurrence that do not overlap and have at most the rule's window of tokens
   * between them, spanning both. Overlaps are resolved later with every other hit.
   */
  private static void nearHits(
      Index idx, MatchTokens units, List<int[]> near, List<Candidate> out) {
    if (near.isEmpty()) {
      return;
    }
    near.sort(
        Comparator.<int[]>comparingInt(o -> o[0])
            .thenComparingInt(o -> o[4])
            .thenComparingInt(o -> o[2]));
    int from = 0;
    while (from < near.size()) {
      int rule = near.get(from)[0];
      int sentence = near.get(from)[4];
      int to = from;
      boolean unless = false;
      while (to < near.size() && near.get(to)[0] == rule && near.get(to)[4] == sentence) {
        unless |= near.get(to)[1] == 2;
        to++;
      }
      if (!unless) {
        int window = idx.nearWindow[rule];
        for (int x = from; x < to; x++) {
          int[] a = near.get(x);
          if (a[1] != 0) {
            continue;
          }
          // Occurrences are sorted by start: only those starting within the window (plus the
          // longest phrase) of this one can pair with it. Pairing every a with every b of a
          // sentence was quadratic on a long one.
          int y = x;
          while (y > from && near.get(y - 1)[2] >= a[2] - window - idx.nearLongest) {
            y--;
          }
          for (; y < to && near.get(y)[2] <= a[3] + window; y++) {
            int[] b = near.get(y);
            if (b[1] != 1
                || (a[2] < b[3] && b[2] < a[3])
                || (idx.nearOrdered[rule] && b[2] < a[3])) {
              continue;
            }
            int gap = a[3] <= b[2] ? b[2] - a[3] : a[2] - b[3];
            if (gap <= window) {
              int first = Math.min(a[2], b[2]);
              int last = Math.max(a[3], b[3]) - 1;
              out.add(
                  new Candidate(
                      idx.nearTheme[rule], units.start(first), units.end(last), sentence));
            }
          }
        }
      }
      from = to;
    }
  }

  /**
   * Runs each pattern on each sentence, as {@code find()} over the sentence as region, but skips
   * what cannot match: sentences that lack one of its {@link PatternTriggers triggers}, and, for a
   * pattern with an anchor, every start position outside the windows before anchor occurrences.
   */
  private static void patternHits(Index idx, SegmentedText text, List<Candidate> out) {
    List<Sentence> sentences = text.sentences();
    String s = text.text();
    TriggerScanner.Scan scan =
        idx.triggers.setCount() == 0 ? null : idx.triggers.scan(s, sentences);
    String[] sentenceTexts = null;
    for (ThemePattern p : idx.patterns) {
      Matcher m = null;
      int nextAnchor = 0; // index into the anchor set's occurrence starts
      for (int k = 0; k < sentences.size(); k++) {
        if (scan != null && !allPresent(scan, p.sets(), k)) {
          continue;
        }
        Sentence sentence = sentences.get(k);
        if (scan != null && p.anchorSet() >= 0 && !scan.hasSurrogate(k)) {
          if (sentenceTexts == null) {
            sentenceTexts = new String[sentences.size()];
          }
          if (sentenceTexts[k] == null) {
            sentenceTexts[k] = s.substring(sentence.start(), sentence.end());
          }
          nextAnchor = anchoredHits(p, scan, nextAnchor, sentence, sentenceTexts[k], out);
          continue;
        }
        if (m == null) {
          m = p.pattern().matcher(s);
        }
        m.region(sentence.start(), sentence.end());
        while (m.find()) {
          if (m.end() > m.start()) {
            out.add(new Candidate(p.theme(), m.start(), m.end(), sentence.index()));
          }
        }
      }
    }
  }

  private static boolean allPresent(TriggerScanner.Scan scan, int[] sets, int sentence) {
    for (int set : sets) {
      if (!scan.has(set, sentence)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The matches of {@code while (m.find())} with {@code m} limited to the sentence (opaque region
   * bounds), found by trying only the start positions {@code [a - anchorLead, a]} for anchor
   * occurrences {@code a}, ascending. The matcher runs on the sentence's own text with transparent,
   * non-anchoring bounds, so lookarounds and {@code \b} see exactly the sentence, as with the
   * region, while a match is attempted at one position only ({@code lookingAt}). Resumes like
   * find(): at the end of a match, or one char further after an empty one. Returns the index of the
   * first anchor occurrence after the sentence. Only for sentences without surrogates, where find()
   * tries every position.
   */
  private static int anchoredHits(
      ThemePattern p,
      TriggerScanner.Scan scan,
      int from,
      Sentence sentence,
      String sentenceText,
      List<Candidate> out) {
    int[] starts = scan.starts[p.anchorSet()];
    int count = scan.counts[p.anchorSet()];
    int base = sentence.start();
    int a = from;
    while (a < count && starts[a] < base) {
      a++;
    }
    Matcher m = null;
    int next = 0;
    for (; a < count && starts[a] < sentence.end(); a++) {
      int at = starts[a] - base;
      for (int i = Math.max(next, at - p.anchorLead()); i <= at; i = next) {
        if (m == null) {
          m =
              p.pattern()
                  .matcher(sentenceText)
                  .useTransparentBounds(true)
                  .useAnchoringBounds(false);
        }
        m.region(i, sentenceText.length());
        if (m.lookingAt()) {
          if (m.end() > m.start()) {
            out.add(new Candidate(p.theme(), base + m.start(), base + m.end(), sentence.index()));
            next = m.end();
          } else {
            next = i + 1;
          }
        } else {
          next = i + 1;
        }
      }
    }
    return a;
  }

  /** The taxonomy this matcher was built from. */
  public ThemeTaxonomy taxonomy() {
    return taxonomy;
  }
}
