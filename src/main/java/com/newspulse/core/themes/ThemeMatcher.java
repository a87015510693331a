package com.newspulse.core.themes;

import com.newspulse.core.text.MatchTokens;
import com.newspulse.core.text.SegmentedText;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

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
  private static final Comparator<ThemeCandidate> ORDER =
      Comparator.comparingInt(ThemeCandidate::start)
          .thenComparing(Comparator.comparingInt(ThemeCandidate::end).reversed())
          .thenComparingInt(ThemeCandidate::theme);

  private final ThemeTaxonomy taxonomy;
  private transient volatile ThemeIndex index;

  public ThemeMatcher(ThemeTaxonomy taxonomy) {
    this.taxonomy = taxonomy;
    this.index = new ThemeIndex(taxonomy);
  }

  private ThemeIndex index() {
    ThemeIndex i = index;
    if (i == null) {
      synchronized (this) {
        i = index;
        if (i == null) {
          i = new ThemeIndex(taxonomy);
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
    ThemeIndex idx = index();
    List<ThemeDef> themes = idx.themes;
    List<ThemeCandidate> candidates = new ArrayList<>();
    BitSet[] context = new BitSet[themes.size()];
    BitSet[] unless = new BitSet[themes.size()];
    List<int[]> near = new ArrayList<>();
    termHits(idx, units, candidates, context, unless, near);
    nearHits(idx, units, near, candidates);
    PatternHits.find(idx, text, candidates);
    if (candidates.isEmpty()) {
      return List.of();
    }
    candidates.sort(ORDER);
    int[] blockedUntil = new int[themes.size()]; // per theme: char offset before which hits overlap
    List<ThemeHit> out = new ArrayList<>();
    String s = text.text();
    for (ThemeCandidate c : candidates) {
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
      ThemeIndex idx,
      MatchTokens units,
      List<ThemeCandidate> out,
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
          out.add(new ThemeCandidate(t, units.start(i), units.end(end - 1), sentence));
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
      ThemeIndex idx, MatchTokens units, List<int[]> near, List<ThemeCandidate> out) {
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
                  new ThemeCandidate(
                      idx.nearTheme[rule], units.start(first), units.end(last), sentence));
            }
          }
        }
      }
      from = to;
    }
  }

  /** The taxonomy this matcher was built from. */
  public ThemeTaxonomy taxonomy() {
    return taxonomy;
  }
}
