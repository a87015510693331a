package com.newspulse.core.keywords;

import com.newspulse.core.text.Scripts;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
  private static final int MIN_TERM_LENGTH = 2;

  /** YAKE's default co-occurrence window. */
  private static final int WINDOW = 1;

  // The joins of a token are bounded: Java's regex engine recurses once per repetition of a group,
  // and a 400,000-char "a-a-a-..." overflowed the stack (the article was quarantined as
  // ANALYSIS_FAILED). A longer chain is read as several tokens.
  private static final Pattern TOKEN =
      Pattern.compile(
          "(?:\\p{L}\\.){2,20}"
              + "|[\\p{L}\\p{N}]+(?:(?:[-'\u2019&]|[.,](?=\\p{N}))[\\p{L}\\p{N}]+){0,20}"
              + "|\\S");

  /** What Python's {@code float()} accepts, minus inf/nan (YAKE tags such tokens {@code d}). */
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");

  private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  /** Tokens after which a period does not end a sentence. */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "st",
          "jr", "sr", "vs", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
          "oct", "nov", "dec");

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
    Document doc = new Document(maxNgram);
    doc.read(text);
    if (!doc.scoreTerms()) {
      return List.of();
    }
    return select(doc.scoredCandidates());
  }

  private List<Keyword> select(PriorityQueue<Candidate> ranked) {
    int capacity = Math.min(maxKeywords, ranked.size());
    List<Keyword> out = new ArrayList<>(capacity);
    List<Candidate> kept = new ArrayList<>(capacity);
    for (Candidate cand = ranked.poll(); cand != null; cand = ranked.poll()) {
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

  private static boolean isNearDuplicate(Candidate cand, List<Candidate> kept) {
    for (Candidate better : kept) {
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

  /**
   * Lower score first; ties keep first-occurrence order (a total order, so the ranking is
   * deterministic).
   */
  private static final Comparator<Candidate> RANKING =
      Comparator.comparingDouble((Candidate c) -> c.score).thenComparingInt(c -> c.order);

  // ---------------------------------------------------------------- per-call state

  /** One term (normalised word) and its YAKE statistics. */
  private static final class Term {
    final int id;
    final String key;
    final boolean stopWord;
    int tf;
    int tfAcronym;
    int tfProperNoun;
    int[] sentences = new int[4];
    int sentenceCount;
    int leftDistinct;
    int leftTotal;
    int rightDistinct;
    int rightTotal;
    double score;

    Term(int id, String key, boolean stopWord) {
      this.id = id;
      this.key = key;
      this.stopWord = stopWord;
    }

    void addOccurrence(char tag, int sentence) {
      tf++;
      if (tag == 'a') {
        tfAcronym++;
      } else if (tag == 'n') {
        tfProperNoun++;
      }
      if (sentenceCount == 0 || sentences[sentenceCount - 1] != sentence) {
        if (sentenceCount == sentences.length) {
          sentences = Arrays.copyOf(sentences, sentenceCount * 2);
        }
        sentences[sentenceCount++] = sentence;
      }
    }

    /** Sentence indexes arrive in ascending order, so the array prefix is already sorted. */
    double medianSentence() {
      int mid = sentenceCount / 2;
      return sentenceCount % 2 == 1 ? sentences[mid] : (sentences[mid - 1] + sentences[mid]) / 2.0;
    }
  }

  /** A word occurrence inside the current block. */
  private record BlockWord(Term term, String lower, char tag) {}

  private static final class Candidate {
    final String text;
    final Term[] terms;
    final int size;
    final int order;
    int tf;
    boolean hasCleanOccurrence;
    double score;
    private Set<String> contentKeys;

    Candidate(String text, Term[] terms, int order) {
      this.text = text;
      this.terms = terms;
      this.size = terms.length;
      this.order = order;
    }

    /**
     * Non-stop-word term keys; built lazily since only the few candidates reaching dedup need them.
     */
    Set<String> contentKeys() {
      if (contentKeys == null) {
        contentKeys = new HashSet<>();
        for (Term t : terms) {
          if (!t.stopWord) {
            contentKeys.add(t.key);
          }
        }
      }
      return contentKeys;
    }
  }

  /** Everything YAKE learns about one text; built by {@link #read}, then scored. */
  private static final class Document {
    private final int maxNgram;
    private final Map<String, Term> termsByKey = new HashMap<>();
    private final List<Term> terms = new ArrayList<>();

    /** Co-occurrence counts keyed by {@link #edgeKey}. */
    private final Map<Long, Integer> edges = new HashMap<>();

    private final Map<String, Candidate> candidates = new LinkedHashMap<>();
    private final List<BlockWord> block = new ArrayList<>();
    private int sentenceCount;

    Document(int maxNgram) {
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

    /** Blank line, or a line break before an uppercase word (YAKE's pre_filter rule). */
    private static boolean lineBreakBoundary(String text, int from, int to, String token) {
      int firstNewline = -1;
      for (int i = from; i < to; i++) {
        if (text.charAt(i) == '\n') {
          if (firstNewline >= 0) {
            return true;
          }
          firstNewline = i;
        }
      }
      return firstNewline >= 0 && Character.isUpperCase(token.codePointAt(0));
    }

    private static boolean isCloser(String token) {
      return "\"')]\u201D\u2019".contains(token);
    }

    private static boolean isTerminator(String token) {
      return token.equals(".") || token.equals("!") || token.equals("?") || token.equals("\u2026");
    }

    private static boolean isAbbreviation(String terminator, String prev) {
      if (!terminator.equals(".") || prev == null) {
        return false;
      }
      boolean initial = prev.length() == 1 && Character.isUpperCase(prev.charAt(0));
      return initial || ABBREVIATIONS.contains(prev.toLowerCase(Locale.ROOT));
    }

    private static String stripPossessive(String token) {
      int n = token.length();
      if (n > 2
          && (token.charAt(n - 1) == 's' || token.charAt(n - 1) == 'S')
          && (token.charAt(n - 2) == '\'' || token.charAt(n - 2) == '\u2019')) {
        return token.substring(0, n - 2);
      }
      return token;
    }

    private void addWord(String word, int sentence, int position) {
      char tag = tag(word, position);
      String lower = word.toLowerCase(Locale.ROOT);
      Term term = term(lower);
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

    private static boolean isDiscarded(char tag) {
      return tag == 'd' || tag == 'u';
    }

    /** YAKE's get_tag. */
    private static char tag(String word, int position) {
      if (Scripts.notAWord(word)) {
        return 'u'; // an unspaced script's clause or a 200,000-letter run: not a keyword word
      }
      // Tokens start with a letter or digit, so only digit-initial ones can parse as a number.
      if (Character.isDigit(word.charAt(0)) && NUMBER.matcher(word.replace(",", "")).matches()) {
        return 'd';
      }
      int digits = 0;
      int letters = 0;
      int punctuation = 0;
      int upper = 0;
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (Character.isDigit(c)) {
          digits++;
        } else if (Character.isLetter(c)) {
          letters++;
        }
        if (ASCII_PUNCTUATION.indexOf(c) >= 0) {
          punctuation++;
        }
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
      if ((digits > 0 && letters > 0) || (digits == 0 && letters == 0) || punctuation > 1) {
        return 'u';
      }
      if (upper == word.length()) {
        return 'a';
      }
      if (upper == 1
          && word.length() > 1
          && Character.isUpperCase(word.charAt(0))
          && position > 0) {
        return 'n';
      }
      return 'p';
    }

    private Term term(String lower) {
      boolean listed = StopWords.ENGLISH.contains(lower);
      String key =
          lower.length() > 3 && lower.endsWith("s")
              ? lower.substring(0, lower.length() - 1)
              : lower;
      Term existing = termsByKey.get(key);
      if (existing != null) {
        return existing;
      }
      int letters = 0;
      for (int i = 0; i < key.length(); i++) {
        if (ASCII_PUNCTUATION.indexOf(key.charAt(i)) < 0) {
          letters++;
        }
      }
      boolean stopWord = listed || StopWords.ENGLISH.contains(key) || letters < MIN_TERM_LENGTH;
      Term term = new Term(terms.size(), key, stopWord);
      terms.add(term);
      termsByKey.put(key, term);
      return term;
    }

    private void addEdge(Term left, Term right) {
      int count = edges.merge(edgeKey(left, right), 1, Integer::sum);
      if (count == 1) {
        left.rightDistinct++;
        right.leftDistinct++;
      }
      left.rightTotal++;
      right.leftTotal++;
    }

    private int edgeCount(Term left, Term right) {
      return edges.getOrDefault(edgeKey(left, right), 0);
    }

    /**
     * Injective in (left, right), and scrambled so that Long.hashCode (high ^ low word) spreads: a
     * plain {@code left << 32 | right} hashes to {@code left ^ right} and degrades HashMap buckets
     * into trees.
     */
    private static long edgeKey(Term left, Term right) {
      return ((long) left.id << 32) | ((right.id ^ (left.id * 0x9E3779B9)) & 0xFFFFFFFFL);
    }

    /** Registers the n-grams (1..maxNgram words) of the current block that end with this word. */
    private void addCandidates(Term last, String lastLower, boolean lastDiscarded) {
      String text = lastLower;
      boolean clean = !lastDiscarded;
      int longest = Math.min(maxNgram, block.size() + 1);
      for (int n = 1; n <= longest; n++) {
        if (n > 1) {
          BlockWord prev = block.get(block.size() - n + 1);
          text = prev.lower() + ' ' + text;
          clean &= !isDiscarded(prev.tag());
        }
        Candidate cand = candidates.get(text);
        if (cand == null) {
          Term[] gram = new Term[n];
          for (int i = 0; i < n - 1; i++) {
            gram[i] = block.get(block.size() - n + 1 + i).term();
          }
          gram[n - 1] = last;
          cand = new Candidate(text, gram, candidates.size());
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
      for (Term t : terms) {
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
      for (Term t : terms) {
        if (!t.stopWord) {
          squares += (t.tf - mean) * (t.tf - mean);
        }
      }
      double std = Math.sqrt(squares / contentTerms);
      for (Term t : terms) {
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
    PriorityQueue<Candidate> scoredCandidates() {
      PriorityQueue<Candidate> valid = new PriorityQueue<>(Math.max(1, candidates.size()), RANKING);
      for (Candidate cand : candidates.values()) {
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

    private boolean score(Candidate cand) {
      double sum = 0;
      double prod = 1;
      Term[] g = cand.terms;
      for (int i = 0; i < g.length; i++) {
        Term t = g[i];
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
}
