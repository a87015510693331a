package com.newspulse.core.keywords;

import com.newspulse.core.text.Folding;
import com.newspulse.core.text.Scripts;
import com.newspulse.core.text.SegmentedText;
import com.newspulse.core.text.Token;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/**
 * The distinct terms of one article, as input for document-frequency statistics such as {@link
 * com.newspulse.core.trendstats.SignificantTerms}: unigrams, bigrams and trigrams of {@link
 * Folding#fold folded} word tokens.
 *
 * <p>A word token consists of letters and digits, optionally joined by inner hyphens or apostrophes
 * ("h20", "b200", "5nm", "cross-border"), has at least 2 chars and at least one letter. Every other
 * token breaks n-grams: punctuation, pure numbers ("2024", "5.5", "1,500"), dotted acronyms
 * ("U.S."; entity matching covers those), the split-off possessive "'s" and one-letter words, as do
 * sentence boundaries. An n-gram must neither start nor end with a stop word ({@code
 * /newspulse/stopwords-en.txt}), so "bank of england" is a term but "of england" is not; a stop
 * word alone is never a term.
 *
 * <p>Stateless, thread-safe, serializable for Spark.
 */
public final class TermExtractor implements Serializable {
  private static final long serialVersionUID = 1L;

  static final int MAX_N = 3;
  private static final int MIN_TOKEN_LENGTH = 2;

  /** Sorted distinct terms of {@code text} (sorted so results are stable for tests and diffs). */
  public List<String> terms(SegmentedText text) {
    // A hash set, sorted once at the end: cheaper than a TreeSet's string comparisons on every
    // insert.
    HashSet<String> out = new HashSet<>();
    List<String> run = new ArrayList<>();
    int sentence = -1;
    for (Token t : text.tokens()) {
      String word = word(t.text());
      if (word == null || t.sentence() != sentence) {
        run.clear();
        sentence = t.sentence();
      }
      if (word == null) {
        continue;
      }
      run.add(word);
      addEndingAt(run, out);
    }
    String[] sorted = out.toArray(String[]::new);
    Arrays.sort(sorted);
    return List.of(sorted);
  }

  /** Adds the n-grams that end with the last word of {@code run}. */
  private static void addEndingAt(List<String> run, HashSet<String> out) {
    int last = run.size() - 1;
    if (isStopWord(run.get(last))) {
      return;
    }
    StringBuilder gram = new StringBuilder(run.get(last));
    out.add(gram.toString());
    for (int n = 2; n <= MAX_N && last - n + 1 >= 0; n++) {
      String first = run.get(last - n + 1);
      gram.insert(0, ' ').insert(0, first);
      if (!isStopWord(first)) {
        out.add(gram.toString());
      }
    }
  }

  private static boolean isStopWord(String word) {
    return StopWords.ENGLISH.contains(word);
  }

  /** The folded word, or null when the token is not a word token (it then breaks n-grams). */
  static String word(String token) {
    String s = Folding.fold(token);
    if (s.length() < MIN_TOKEN_LENGTH || Scripts.notAWord(s)) {
      return null;
    }
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
      } else if (!Character.isDigit(c)) {
        boolean joiner =
            (c == '-' || c == '\'')
                && i > 0
                && i < s.length() - 1
                && Character.isLetterOrDigit(s.charAt(i - 1))
                && Character.isLetterOrDigit(s.charAt(i + 1));
        if (!joiner) {
          return null;
        }
      }
    }
    return letter ? s : null;
  }
}
