package com.newspulse.core.keywords;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Unsupervised single-document keyword extraction with YAKE!.
 *
 * <p>Reference: R. Campos, V. Mangaravite, A. Pasquali, A. Jorge, C. Nunes, A. Jatowt, "YAKE!
 * Keyword extraction from single documents using multiple local features", Information Sciences 509
 * (2020) 257-289, doi:10.1016/j.ins.2019.09.013; the reference implementation is LIAAD/yake ({@code
 * datarepresentation.py}, {@code yake.py}), which this class follows where the paper leaves details
 * open.
 *
 * <ol>
 *   <li><b>Pre-processing.</b> The text is split into sentences (at {@code . ! ?}, plus any closing
 *       quote or bracket, not followed by a lowercase word and not after a title/month abbreviation
 *       or an initial, at blank lines, and at line breaks followed by an uppercase letter, as
 *       YAKE's {@code pre_filter}) and tokens (words, hyphen/apostrophe compounds, dotted acronyms,
 *       numbers such as {@code 1,500.5}; every other non-space character is a punctuation token).
 *       Possessive {@code 's} is dropped. Punctuation splits a sentence into blocks; co-occurrences
 *       and candidates never cross a block.
 *   <li><b>Tags.</b> {@code d} number, {@code u} unusual (letters mixed with digits, no
 *       alphanumerics, or more than one punctuation char), {@code a} all-uppercase acronym, {@code
 *       n} capitalised word not at sentence start, {@code p} plain.
 *   <li><b>Terms.</b> Keyed by the lowercased word minus a plural {@code s} (if longer than 3
 *       chars). A term is a stop word when listed in {@code /newspulse/stopwords-en.txt} or shorter
 *       than 2 chars after removing punctuation.
 *   <li><b>Term features</b> ({@code TF} term frequency, {@code MaxTF} over all terms, mean and
 *       population standard deviation over non-stop-word terms): casing {@code TCase = max(TF(a),
 *       TF(n)) / (1 + ln TF)}; position {@code TPos = ln(ln(3 + median(sentence indexes of t)))};
 *       frequency {@code TFNorm = TF / (mean + std)}; relatedness {@code TRel = 1 + (DL/WL + DR/WR)
 *       * TF / MaxTF}, where {@code DL} is the number of distinct left neighbours (window 1, tags
 *       {@code d}/{@code u} excluded) and {@code WL} their co-occurrence count (the same on the
 *       right); spread {@code TSent = sentences containing t / sentences}. Term score {@code S(t) =
 *       TRel * TPos / (TCase + TFNorm / TRel + TSent / TRel)}.
 *   <li><b>Candidates.</b> Every 1..maxNgram run of words inside a block, keyed by its lowercased
 *       text. A candidate is kept if it neither starts nor ends with a stop word and at least one
 *       occurrence has no {@code d}/{@code u} token (so no numbers and, by construction, no
 *       punctuation). Score {@code S(kw) = prod S(t) / (TF(kw) * (1 + sum S(t)))} over its non-stop
 *       words; an inner stop word contributes YAKE's bigram-probability weight ({@code prod *= 2 -
 *       p}, {@code sum -= 1 - p} with {@code p = P(w|prev) * P(next|w)}). Lower is more relevant;
 *       ties keep first-occurrence order.
 *   <li><b>De-duplication.</b> Walking candidates best first, one is dropped when an already kept
 *       keyword has the same case-folded text, a Levenshtein ratio {@code 1 - dist / maxLen >=
 *       0.8}, or (both multi-word) a non-stop-word token-set containment {@code |A ∩ B| /
 *       min(|A|,|B|) >= 0.8}.
 * </ol>
 *
 * <p>Deliberate deviations from LIAAD/yake: the minimum term length is 2, not 3, so acronyms such
 * as AI, EU, UK stay content words (real two-letter function words are in the stop list); the
 * sentence-start test for tag {@code n} looks at the first word, not the first token; dedup uses
 * the threshold and the containment rule above instead of YAKE's single {@code seqm > 0.9} test;
 * candidates whose score denominator is not positive (possible only with several inner stop words)
 * are dropped.
 *
 * <p>Thread-safe and stateless per call; serializable so Spark can ship it to executors (the
 * stop-word set is a static resource loaded once per JVM, not serialized).
 */
public final class KeywordExtractor implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Similarity at or above which a candidate counts as a near-duplicate of a better one. */
  static final double DEDUP_THRESHOLD = 0.8;

  static final int MAX_NGRAM_LIMIT = 6;

  private final int maxKeywords;
  private final int maxNgram;

  /**
   * @param maxKeywords how many keywords {@link #extract} returns at most (>= 1)
   * @param maxNgram longest candidate in words, 1..6 (YAKE's default is 3)
   */
  public KeywordExtractor(int maxKeywords, int maxNgram) {
    if (maxKeywords < 1) {
      throw new IllegalArgumentException("maxKeywords must be >= 1, was " + maxKeywords);
    }
    if (maxNgram < 1 || maxNgram > MAX_NGRAM_LIMIT) {
      throw new IllegalArgumentException(
          "maxNgram must be in 1.." + MAX_NGRAM_LIMIT + ", was " + maxNgram);
    }
    this.maxKeywords = maxKeywords;
    this.maxNgram = maxNgram;
  }

  public int maxKeywords() {
    return maxKeywords;
  }

  public int maxNgram() {
    return maxNgram;
  }

  /**
   * Keywords of one document, best first, ranks 1..n, no duplicates. Null or blank text yields an
   * empty list (Spark rows may carry null bodies).
   */
  public List<Keyword> extract(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    KeywordDocument doc = new KeywordDocument(maxNgram);
    doc.read(text);
    if (!doc.scoreTerms()) {
      return List.of();
    }
    return select(doc.scoredCandidates());
  }

  private List<Keyword> select(PriorityQueue<KeywordCandidate> ranked) {
    int capacity = Math.min(maxKeywords, ranked.size());
    List<Keyword> out = new ArrayList<>(capacity);
    List<KeywordCandidate> kept = new ArrayList<>(capacity);
    for (KeywordCandidate cand = ranked.poll(); cand != null; cand = ranked.poll()) {
      if (isNearDuplicate(cand, kept)) {
        continue;
      }
      kept.add(cand);
      out.add(new Keyword(cand.text, cand.score, kept.size()));
      if (kept.size() == maxKeywords) {
        break;
      }
    }
    return List.copyOf(out);
  }

  private static boolean isNearDuplicate(KeywordCandidate cand, List<KeywordCandidate> kept) {
    for (KeywordCandidate better : kept) {
      if (better.text.equals(cand.text)
          || NearDuplicates.levenshteinRatio(cand.text, better.text, DEDUP_THRESHOLD)
              >= DEDUP_THRESHOLD
          || (cand.size > 1
              && better.size > 1
              && NearDuplicates.containment(cand.contentKeys(), better.contentKeys())
                  >= DEDUP_THRESHOLD)) {
        return true;
      }
    }
    return false;
  }
}
