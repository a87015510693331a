package com.newspulse.core.keywords;

import static com.newspulse.core.keywords.YakeTokens.TOKEN;
import static com.newspulse.core.keywords.YakeTokens.isAbbreviation;
import static com.newspulse.core.keywords.YakeTokens.isCloser;
import static com.newspulse.core.keywords.YakeTokens.isDiscarded;
import static com.newspulse.core.keywords.YakeTokens.isTerminator;
import static com.newspulse.core.keywords.YakeTokens.lineBreakBoundary;
import static com.newspulse.core.keywords.YakeTokens.stripPossessive;
import static com.newspulse.core.keywords.YakeTokens.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.regex.Matcher;

/**
 * Everything YAKE learns about one text ({@link KeywordExtractor}): built by {@link #read} (terms,
 * co-occurrence edges, candidate n-grams), then scored.
 */
final class KeywordDocument {
  private static final int MIN_TERM_LENGTH = 2;

  /** YAKE's default co-occurrence window. */
  private static final int WINDOW = 1;

  /** A word occurrence inside the current block. */
  private record BlockWord(KeywordTerm term, String lower, char tag) {}

  private final int maxNgram;
  private final Map<String, KeywordTerm> termsByKey = new HashMap<>();
  private final List<KeywordTerm> terms = new ArrayList<>();

  /** Co-occurrence counts keyed by {@link #edgeKey}. */
  private final Map<Long, Integer> edges = new HashMap<>();

  private final Map<String, KeywordCandidate> candidates = new LinkedHashMap<>();
  private final List<BlockWord> block = new ArrayList<>();
  private int sentenceCount;

  KeywordDocument(int maxNgram) {
    this.maxNgram = maxNgram;
  }

  void read(String text) {
    Matcher m = TOKEN.matcher(text);
    int sentence = -1;
    boolean sentenceOpen = false;
    int wordInSentence = 0;
    int prevEnd = 0;
    String prevToken = null;
    boolean terminatorPending = false;
    while (m.find()) {
      String token = m.group();
      boolean isWord = Character.isLetterOrDigit(token.codePointAt(0));
      boolean boundary =
          (terminatorPending
                  && !isCloser(token)
                  && !(isWord && Character.isLowerCase(token.codePointAt(0))))
              || lineBreakBoundary(text, prevEnd, m.start(), token);
      if (boundary) {
        sentenceOpen = false;
        wordInSentence = 0;
        block.clear();
      }
      // A closing quote/bracket after ". ! ?" belongs to the ending sentence: decide at the next
      // token.
      terminatorPending = terminatorPending && !boundary && isCloser(token);
      if (isWord) {
        if (!sentenceOpen) {
          sentence++;
          sentenceOpen = true;
        }
        addWord(stripPossessive(token).replace('\u2019', '\''), sentence, wordInSentence++);
      } else {
        block.clear();
        terminatorPending |= isTerminator(token) && !isAbbreviation(token, prevToken);
      }
      prevEnd = m.end();
      prevToken = token;
    }
    sentenceCount = sentence + 1;
  }

  private void addWord(String word, int sentence, int position) {
    char tag = tag(word, position);
    String lower = word.toLowerCase(Locale.ROOT);
    KeywordTerm term = term(lower);
    term.addOccurrence(tag, sentence);
    boolean discarded = isDiscarded(tag);
    if (!discarded) {
      for (int w = Math.max(0, block.size() - WINDOW); w < block.size(); w++) {
        BlockWord left = block.get(w);
        if (!isDiscarded(left.tag())) {
          addEdge(left.term(), term);
        }
      }
    }
    addCandidates(term, lower, discarded);
    block.add(new BlockWord(term, lower, tag));
  }

  private KeywordTerm term(String lower) {
    boolean listed = StopWords.ENGLISH.contains(lower);
    String key =
        lower.length() > 3 && lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
    KeywordTerm existing = termsByKey.get(key);
    if (existing != null) {
      return existing;
    }
    int letters = 0;
    for (int i = 0; i < key.length(); i++) {
      if (YakeTokens.ASCII_PUNCTUATION.indexOf(key.charAt(i)) < 0) {
        letters++;
      }
    }
    boolean stopWord = listed || StopWords.ENGLISH.contains(key) || letters < MIN_TERM_LENGTH;
    KeywordTerm term = new KeywordTerm(terms.size(), key, stopWord);
    terms.add(term);
    termsByKey.put(key, term);
    return term;
  }

  private void addEdge(KeywordTerm left, KeywordTerm right) {
    int count = edges.merge(edgeKey(left, right), 1, Integer::sum);
    if (count == 1) {
      left.rightDistinct++;
      right.leftDistinct++;
    }
    left.rightTotal++;
    right.leftTotal++;
  }

  private int edgeCount(KeywordTerm left, KeywordTerm right) {
    return edges.getOrDefault(edgeKey(left, right), 0);
  }

  /**
   * Injective in (left, right), and scrambled so that Long.hashCode (high ^ low word) spreads: a
   * plain {@code left << 32 | right} hashes to {@code left ^ right} and degrades HashMap buckets
   * into trees.
   */
  private static long edgeKey(KeywordTerm left, KeywordTerm right) {
    return ((long) left.id << 32) | ((right.id ^ (left.id * 0x9E3779B9)) & 0xFFFFFFFFL);
  }

  /** Registers the n-grams (1..maxNgram words) of the current block that end with this word. */
  private void addCandidates(KeywordTerm last, String lastLower, boolean lastDiscarded) {
    String text = lastLower;
    boolean clean = !lastDiscarded;
    int longest = Math.min(maxNgram, block.size() + 1);
    for (int n = 1; n <= longest; n++) {
      if (n > 1) {
        BlockWord prev = block.get(block.size() - n + 1);
        text = prev.lower() + ' ' + text;
        clean &= !isDiscarded(prev.tag());
      }
      KeywordCandidate cand = candidates.get(text);
      if (cand == null) {
        KeywordTerm[] gram = new KeywordTerm[n];
        for (int i = 0; i < n - 1; i++) {
          gram[i] = block.get(block.size() - n + 1 + i).term();
        }
        gram[n - 1] = last;
        cand = new KeywordCandidate(text, gram, candidates.size());
        candidates.put(text, cand);
      }
      cand.tf++;
      cand.hasCleanOccurrence |= clean;
    }
  }

  /** Computes S(t) for every term; false when the text has no content word at all. */
  boolean scoreTerms() {
    int contentTerms = 0;
    double sum = 0;
    int maxTf = 0;
    for (KeywordTerm t : terms) {
      maxTf = Math.max(maxTf, t.tf);
      if (!t.stopWord) {
        contentTerms++;
        sum += t.tf;
      }
    }
    if (contentTerms == 0) {
      return false;
    }
    double mean = sum / contentTerms;
    double squares = 0;
    for (KeywordTerm t : terms) {
      if (!t.stopWord) {
        squares += (t.tf - mean) * (t.tf - mean);
      }
    }
    double std = Math.sqrt(squares / contentTerms);
    for (KeywordTerm t : terms) {
      double leftRatio = t.leftTotal == 0 ? 0 : (double) t.leftDistinct / t.leftTotal;
      double rightRatio = t.rightTotal == 0 ? 0 : (double) t.rightDistinct / t.rightTotal;
      double relFreq = (double) t.tf / maxTf;
      double rel = (0.5 + leftRatio * relFreq) + (0.5 + rightRatio * relFreq);
      double freq = t.tf / (mean + std);
      double spread = (double) t.sentenceCount / sentenceCount;
      double casing = Math.max(t.tfAcronym, t.tfProperNoun) / (1.0 + Math.log(t.tf));
      double position = Math.log(Math.log(3.0 + t.medianSentence()));
      t.score = (position * rel) / (casing + freq / rel + spread / rel);
    }
    return true;
  }

  /**
   * Valid candidates with their YAKE score, best (lowest) first when polled. A heap, not a sorted
   * list: only the first dozen or so are ever taken, and sorting all of an article's candidates
   * cost more than scoring them.
   */
  PriorityQueue<KeywordCandidate> scoredCandidates() {
    PriorityQueue<KeywordCandidate> valid =
        new PriorityQueue<>(Math.max(1, candidates.size()), KeywordCandidate.RANKING);
    for (KeywordCandidate cand : candidates.values()) {
      if (!cand.hasCleanOccurrence
          || cand.terms[0].stopWord
          || cand.terms[cand.size - 1].stopWord) {
        continue;
      }
      if (score(cand)) {
        valid.add(cand);
      }
    }
    return valid;
  }

  private boolean score(KeywordCandidate cand) {
    double sum = 0;
    double prod = 1;
    KeywordTerm[] g = cand.terms;
    for (int i = 0; i < g.length; i++) {
      KeywordTerm t = g[i];
      if (!t.stopWord) {
        sum += t.score;
        prod *= t.score;
      } else {
        // Inner stop word: weight by how strongly it binds its neighbours (YAKE "bi" mode).
        double before = i > 0 ? (double) edgeCount(g[i - 1], t) / g[i - 1].tf : 0;
        double after = i < g.length - 1 ? (double) edgeCount(t, g[i + 1]) / g[i + 1].tf : 0;
        double p = before * after;
        prod *= 1 + (1 - p);
        sum -= 1 - p;
      }
    }
    double denominator = (sum + 1) * cand.tf;
    if (!(denominator > 0)) {
      return false;
    }
    cand.score = prod / denominator;
    return true;
  }
}
