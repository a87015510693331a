package com.newspulse.core.tone;

import com.newspulse.core.match.TokenTrie;
import com.newspulse.core.text.MatchTokens;
import com.newspulse.core.text.SegmentedText;
import com.newspulse.core.text.Sentence;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Lexicon-based tone of an article and of each of its sentences.
 *
 * <p><b>Rule.</b>
 *
 * <ol>
 *   <li>Text is tokenized with {@link MatchTokens} (hyphenated words split into parts) and scanned
 *       per sentence for lexicon terms, leftmost-longest without overlap ("record loss" wins over
 *       "record").
 *   <li><b>Negation.</b> If one of the 3 words before a hit, in the same sentence and not across
 *       punctuation (",", ";", ":" ...; hyphens are skipped), is a negator ({@code not, no, never,
 *       without, hardly, cannot} or a word ending in {@code n't}), the hit counts {@code -0.5 x}
 *       its weight: "not a crisis" is mildly reassuring, not as positive as "a recovery" (the shift
 *       rule used by VADER and by Taboada et al.'s SO-CAL, which found negated words much weaker
 *       than their opposites). Punctuation ends the window because a negator rarely reaches across
 *       a clause ("no comment, profits fell").
 *   <li>A sentence's {@code sum} is the sum of its hit weights; its tone is {@code sum / sqrt(sum²
 *       + 15)} (VADER's normalisation, alpha = 15), in (-1, 1): a single weight-2 word gives ±0.46,
 *       two give ±0.72, so extra hits count less and less.
 *   <li>The article tone is the <b>mean sentence tone over all sentences</b>, neutral ones
 *       included.
 * </ol>
 *
 * <p><b>Why this normalisation.</b> Normalising the article's total sum instead saturates on long
 * texts (a 40-sentence report with a net sum of 12 would be 0.95, as extreme as it gets), so long
 * articles could not be told apart; hits per token (GDELT-style) is length-independent but
 * unbounded in practice and meaningless for one sentence. The mean of per-sentence normalised tones
 * is bounded, comparable between sentences and articles, and measures density: one negative
 * sentence in twenty neutral ones barely moves the article.
 *
 * <p>No intensifiers: in news they mostly modify verbs whose weight already carries the magnitude
 * ("plunged" vs "dipped"), and "sharply higher" is not more positive than "higher" in a way a fixed
 * multiplier captures.
 *
 * <p>Thread-safe, serializable for Spark (the lexicon is shipped with it).
 */
public final class ToneScorer implements Serializable {
  private static final long serialVersionUID = 1L;

  /** VADER's normalisation constant. */
  public static final double ALPHA = 15.0;

  /** Words before a hit that are searched for a negator. */
  public static final int NEGATION_WINDOW = 3;

  /** Factor applied to the weight of a negated hit. */
  public static final double NEGATION_FACTOR = -0.5;

  private static final Set<String> NEGATORS =
      Set.of("not", "no", "never", "without", "hardly", "cannot");

  private final ToneLexicon lexicon;
  // The lexicon's terms by folded unit, built on first use (not shipped): one walk per position
  // finds the
  // longest term, where building and hashing a key for every candidate length cost a sixth of
  // enrich.
  private transient volatile TokenTrie<Double> terms;

  public ToneScorer(ToneLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  private TokenTrie<Double> terms() {
    TokenTrie<Double> t = terms;
    if (t == null) {
      synchronized (this) {
        t = terms;
        if (t == null) {
          t = new TokenTrie<>();
          for (Map.Entry<String, Double> e : lexicon.weightsByKey().entrySet()) {
            t.add(List.of(e.getKey().split(" ")), e.getValue());
          }
          t.freeze();
          terms = t;
        }
      }
    }
    return t;
  }

  /** {@code sum / sqrt(sum² + ALPHA)}. */
  public static double normalize(double sum) {
    return sum / Math.sqrt(sum * sum + ALPHA);
  }

  public ArticleTone score(SegmentedText text) {
    return score(MatchTokens.of(text));
  }

  /** The tone of already unit-split text (shared with the other matchers of an article). */
  public ArticleTone score(MatchTokens units) {
    TokenTrie<Double> trie = terms();
    List<Sentence> sentences = units.segmented().sentences();
    double[] sums = new double[sentences.size()];
    int[] positive = new int[sentences.size()];
    int[] negative = new int[sentences.size()];
    List<ToneHit> hits = new ArrayList<>();
    int i = 0;
    while (i < units.size()) {
      TokenTrie.Node<Double> term = longestMatch(trie, units, i);
      if (term == null) {
        i++;
        continue;
      }
      int length = term.depth();
      String key = key(units, i, length);
      boolean negated = negated(units, i);
      double weight = term.values().get(0) * (negated ? NEGATION_FACTOR : 1.0);
      int s = units.sentence(i);
      hits.add(new ToneHit(key, units.start(i), units.end(i + length - 1), s, weight, negated));
      sums[s] += weight;
      if (weight > 0) {
        positive[s]++;
      } else {
        negative[s]++;
      }
      i += length;
    }
    List<SentenceTone> perSentence = new ArrayList<>(sentences.size());
    double total = 0;
    double toneSum = 0;
    int positiveHits = 0;
    int negativeHits = 0;
    for (int s = 0; s < sentences.size(); s++) {
      double tone = normalize(sums[s]);
      perSentence.add(new SentenceTone(s, tone, sums[s], positive[s], negative[s]));
      total += sums[s];
      toneSum += tone;
      positiveHits += positive[s];
      negativeHits += negative[s];
    }
    double tone = sentences.isEmpty() ? 0.0 : toneSum / sentences.size();
    return new ArticleTone(tone, total, positiveHits, negativeHits, perSentence, hits);
  }

  /**
   * The trie node of the longest lexicon term starting at unit {@code i} within its sentence, or
   * null.
   */
  private static TokenTrie.Node<Double> longestMatch(
      TokenTrie<Double> trie, MatchTokens units, int i) {
    int sentence = units.sentence(i);
    TokenTrie.Node<Double> node = trie.root();
    TokenTrie.Node<Double> longest = null;
    for (int j = i; j < units.size() && units.sentence(j) == sentence; j++) {
      node = node.child(units.folded(j));
      if (node == null) {
        break;
      }
      if (node.isTerminal()) {
        longest = node;
      }
    }
    return longest;
  }

  private static String key(MatchTokens units, int from, int n) {
    if (n == 1) {
      return units.folded(from);
    }
    StringBuilder b = new StringBuilder(units.folded(from));
    for (int k = from + 1; k < from + n; k++) {
      b.append(' ').append(units.folded(k));
    }
    return b.toString();
  }

  private static boolean negated(MatchTokens units, int hit) {
    int sentence = units.sentence(hit);
    int words = 0;
    for (int j = hit - 1; j >= 0 && words < NEGATION_WINDOW && units.sentence(j) == sentence; j--) {
      String w = units.folded(j);
      if (w.equals("-") || w.equals("'s")) {
        continue; // inside a compound or a possessive, not a clause break
      }
      if (!Character.isLetterOrDigit(w.codePointAt(0))) { // never empty: MatchTokens#folded
        return false;
      }
      if (NEGATORS.contains(w) || w.endsWith("n't")) {
        return true;
      }
      words++;
    }
    return false;
  }
}
