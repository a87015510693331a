package com.newspulse.core.discovery;

import com.newspulse.core.keywords.StopWords;
import com.newspulse.core.match.EntityMention;
import com.newspulse.core.text.Folding;
import com.newspulse.core.text.SegmentedText;
import com.newspulse.core.text.Sentence;
import com.newspulse.core.text.Token;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds proper-noun phrases that the knowledge base does not cover yet, as input for growing it.
 *
 * <p><b>Phrases.</b> A phrase is a maximal run of capitalised tokens within a sentence, where
 * {@code of & de von van der del da al bin} may join two capitalised tokens ("Bank of England",
 * "Procter & Gamble"). Capitalised tokens include acronyms and hyphenated names; trailing "Inc",
 * "Corp" are capitalised and so stay in. Runs stop at punctuation, numbers, lower-case words,
 * tokens covered by a known mention, and month and weekday names (which are capitalised but never
 * part of a new name in practice). "and" joins only when the phrase carries an organisation suffix
 * ("Marks and Spencer Group"): otherwise "Britain and France" would become one name.
 *
 * <p><b>Trimming.</b> At sentence start a leading function word ("The", "However", "In", "After")
 * is dropped, because capitalisation there says nothing; for the same reason a single word at
 * sentence start ("Talks resumed.") counts only when the same word also appears capitalised inside
 * a sentence of the text (names recur; common nouns do not). Stop words that start names ("New" in
 * "New Harbor Group") are dropped only when they stand alone. Leading titles ("President", "Prime
 * Minister", "Mr") are dropped and kept as the PERSON cue, unless the phrase has an organisation
 * word ("Executive Committee", "President Hotel Group"). A remaining single token that is a stop
 * word (written in lower or title case, "It", "We") is no candidate. Sentences that are mostly
 * upper case (more than 60% of the tokens with letters are all-caps, e.g. headlines pasted into the
 * body) are skipped: capitalisation carries no signal there.
 *
 * <p><b>Suggested type</b>, first matching cue wins:
 *
 * <ol>
 *   <li>ORG: an organisation word in the phrase or right after it ("Inc", "Bank", "Ministry", ...),
 *       cue {@code suffix:<word>};
 *   <li>PERSON: a title before the phrase ("Mr.", "chief executive", "President"), cue {@code
 *       title:<title>};
 *   <li>PERSON: a two- or three-word name-shaped phrase (each word capitalised then lower case)
 *       followed by "said"/"says"/"told" or ", who", or preceded by "said", cue {@code
 *       pattern:said} / {@code pattern:who};
 *   <li>GPE: a single token right after "in" and not before a number ("in Season 2" is no place),
 *       cue {@code prep:in} (weak: "in Brussels" is usually a place, while "at"/"from" precede
 *       companies as often as places and give no cue);
 *   <li>otherwise UNKNOWN, cue {@code none}.
 * </ol>
 *
 * <p>Stateless, thread-safe, serializable for Spark.
 */
public final class CandidateExtractor implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A covered char range {@code [start, end)}, e.g. a knowledge-base mention. */
  public record Span(int start, int end) {
    public static Span of(EntityMention m) {
      return new Span(m.start(), m.end());
    }
  }

  static final double ALL_CAPS_SHARE = 0.6;

  /** Candidates outside the given knowledge-base mentions, in text order. */
  public List<Candidate> extract(SegmentedText text, List<EntityMention> known) {
    List<Span> spans = new ArrayList<>(known.size());
    for (EntityMention m : known) {
      spans.add(Span.of(m));
    }
    return extractOutside(text, spans);
  }

  /** Candidates outside the given covered char ranges, in text order. */
  public List<Candidate> extractOutside(SegmentedText text, List<Span> covered) {
    List<Token> tokens = text.tokens();
    boolean[] blocked = blocked(tokens, covered);
    List<Candidate> out = new ArrayList<>();
    Set<String> lowerCase = new HashSet<>();
    for (Token t : tokens) {
      if (Character.isLowerCase(t.text().codePointAt(0))) {
        lowerCase.add(t.text());
      }
    }
    int first = 0;
    for (Sentence sentence : text.sentences()) {
      int last = first;
      while (last < tokens.size() && tokens.get(last).sentence() == sentence.index()) {
        last++;
      }
      if (!mostlyUpperCase(tokens, first, last)) {
        scanSentence(text.text(), tokens, blocked, first, last, lowerCase, out);
      }
      first = last;
    }
    return List.copyOf(out);
  }

  private void scanSentence(
      String text,
      List<Token> tokens,
      boolean[] blocked,
      int from,
      int to,
      Set<String> lowerCase,
      List<Candidate> out) {
    int firstWord = from;
    while (firstWord < to
        && !Character.isLetterOrDigit(tokens.get(firstWord).text().codePointAt(0))) {
      firstWord++;
    }
    int i = from;
    while (i < to) {
      if (!nameToken(tokens, blocked, i)) {
        i++;
        continue;
      }
      int end = i;
      while (true) {
        int k = end + 1;
        if (k < to && adjacent(text, tokens, end, k) && nameToken(tokens, blocked, k)) {
          end = k;
        } else if (k + 1 < to
            && CandidateCues.CONNECTORS.contains(tokens.get(k).text())
            && adjacent(text, tokens, end, k)
            && adjacent(text, tokens, k, k + 1)
            && nameToken(tokens, blocked, k + 1)) {
          end = k + 1;
        } else {
          break;
        }
      }
      run(text, tokens, i, end, i == firstWord, to, lowerCase, out);
      i = end + 1;
    }
  }

  /** Trims one maximal run and emits its candidate(s). */
  private void run(
      String text,
      List<Token> tokens,
      int from,
      int to,
      boolean sentenceStart,
      int sentenceEnd,
      Set<String> lowerCase,
      List<Candidate> out) {
    int s = from;
    String head = fold(tokens.get(s));
    if (sentenceStart
        && (CandidateCues.SENTENCE_INITIAL.contains(head)
            || (from == to && StopWords.contains(head)))) {
      s++;
    } else if (sentenceStart && from == to && !capitalisedElsewhere(tokens, from)) {
      return; // "Talks resumed.": capitalisation at sentence start is no evidence of a name
    }
    boolean orgWord = false;
    for (int k = s; k <= to; k++) {
      orgWord |= CandidateCues.ORG_WORDS.contains(fold(tokens.get(k)));
    }
    String title = null;
    int t = s;
    while (!orgWord
        && t <= to
        && (CandidateCues.TITLES.contains(fold(tokens.get(t)))
            || CandidateCues.TITLE_MODIFIERS.contains(fold(tokens.get(t))))) {
      if (CandidateCues.TITLES.contains(fold(tokens.get(t)))) {
        title = text.substring(tokens.get(s).start(), tokens.get(t).end());
        s = t + 1;
      }
      t++;
    }
    while (s <= to && CandidateCues.CONNECTORS.contains(fold(tokens.get(s)))) {
      s++;
    }
    if (s > to) {
      return;
    }
    int partStart = s;
    for (int k = s; k <= to + 1; k++) {
      if (k == to + 1
          || (fold(tokens.get(k)).equals("and") && !joinsOrg(tokens, partStart, k, to))) {
        emit(
            text,
            tokens,
            partStart,
            k - 1,
            partStart == s ? title : null,
            sentenceEnd,
            lowerCase,
            out);
        partStart = k + 1;
      }
    }
  }

  /**
   * "and" at {@code and} joins one name when only the words after it carry an organisation word.
   */
  private static boolean joinsOrg(List<Token> tokens, int from, int and, int to) {
    for (int k = from; k < and; k++) {
      if (CandidateCues.ORG_WORDS.contains(fold(tokens.get(k)))) {
        return false;
      }
    }
    for (int k = and + 1; k <= to; k++) {
      if (CandidateCues.ORG_WORDS.contains(fold(tokens.get(k)))) {
        return true;
      }
    }
    return false;
  }

  private void emit(
      String text,
      List<Token> tokens,
      int from,
      int to,
      String title,
      int sentenceEnd,
      Set<String> lowerCase,
      List<Candidate> out) {
    if (from > to || onlyAffixes(tokens, from, to)) {
      return; // "Inc", "Corp", "Bank", "President" alone name nothing
    }
    Token first = tokens.get(from);
    Token last = tokens.get(to);
    if (from == to
        && (StopWords.contains(fold(first)) && !isAllCaps(first.text())
            || first.text().codePointCount(0, first.text().length()) < 2
            || lowerCase.contains(first.text().toLowerCase(java.util.Locale.ROOT))
            || atLineStart(text, first))) {
      // A lone capitalised word that the same article also writes in lower case ("Net" in an
      // earnings table, "net profit" in the text), or that opens a line of a table, is a word.
      return;
    }
    String surface = text.substring(first.start(), last.end());
    String[] cue = cue(tokens, from, to, title, sentenceEnd);
    out.add(
        new Candidate(
            surface,
            key(surface),
            first.start(),
            last.end(),
            first.sentence(),
            SuggestedType.valueOf(cue[0]),
            cue[1]));
  }

  private static boolean onlyAffixes(List<Token> tokens, int from, int to) {
    for (int k = from; k <= to; k++) {
      String w = fold(tokens.get(k));
      if (!CandidateCues.ORG_WORDS.contains(w)
          && !CandidateCues.TITLES.contains(w)
          && !CandidateCues.TITLE_MODIFIERS.contains(w)
          && !CandidateCues.CONNECTORS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean atLineStart(String text, Token t) {
    int c = t.start() - 1;
    while (c >= 0 && (text.charAt(c) == ' ' || text.charAt(c) == '\t')) {
      c--;
    }
    return c >= 0
        && text.charAt(c) == '\n'; // the first line of a text is a sentence start, judged as such
  }

  /** {type, cue} for the phrase {@code [from, to]}. */
  private static String[] cue(List<Token> tokens, int from, int to, String title, int sentenceEnd) {
    for (int k = from; k <= to + 1 && k < sentenceEnd; k++) {
      String w = fold(tokens.get(k));
      if (CandidateCues.ORG_WORDS.contains(w) && (k <= to || !isPunctuation(tokens.get(k)))) {
        return new String[] {"ORG", "suffix:" + tokens.get(k).text()};
      }
    }
    if (title == null) {
      title = precedingTitle(tokens, from);
    }
    if (title != null) {
      return new String[] {"PERSON", "title:" + title};
    }
    if (nameShaped(tokens, from, to)) {
      if (to + 1 < sentenceEnd && CandidateCues.SPEECH.contains(fold(tokens.get(to + 1)))) {
        return new String[] {"PERSON", "pattern:said"};
      }
      if (to + 2 < sentenceEnd
          && tokens.get(to + 1).text().equals(",")
          && fold(tokens.get(to + 2)).equals("who")) {
        return new String[] {"PERSON", "pattern:who"};
      }
      if (from > 0
          && tokens.get(from - 1).sentence() == tokens.get(from).sentence()
          && CandidateCues.SPEECH.contains(fold(tokens.get(from - 1)))) {
        return new String[] {"PERSON", "pattern:said"};
      }
    }
    if (from == to
        && from > 0
        && tokens.get(from - 1).sentence() == tokens.get(from).sentence()
        && fold(tokens.get(from - 1)).equals("in")
        // "in Season 2", "in Game 7": a numbered part of something, not a place
        && !(to + 1 < sentenceEnd && Character.isDigit(tokens.get(to + 1).text().codePointAt(0)))) {
      return new String[] {"GPE", "prep:in"};
    }
    return new String[] {"UNKNOWN", "none"};
  }

  /**
   * A lower-case title right before {@code from} ("chief executive Jane Roe", "Mr. Roe"), or null.
   */
  private static String precedingTitle(List<Token> tokens, int from) {
    int sentence = tokens.get(from).sentence();
    int k = from - 1;
    while (k >= 0 && tokens.get(k).text().equals(".") && tokens.get(k).sentence() == sentence) {
      k--; // "Mr." / "Dr."
    }
    if (k < 0 || tokens.get(k).sentence() != sentence) {
      return null;
    }
    String one = fold(tokens.get(k));
    if (k > 0
        && tokens.get(k - 1).sentence() == sentence
        && CandidateCues.TWO_WORD_TITLES.contains(fold(tokens.get(k - 1)) + " " + one)) {
      return tokens.get(k - 1).text() + " " + tokens.get(k).text();
    }
    return CandidateCues.TITLES.contains(one) ? tokens.get(k).text() : null;
  }

  /**
   * Two or three words, each an upper-case letter followed by lower-case letters (hyphens allowed).
   */
  private static boolean nameShaped(List<Token> tokens, int from, int to) {
    int n = to - from + 1;
    if (n < 2 || n > 3) {
      return false;
    }
    for (int k = from; k <= to; k++) {
      String w = tokens.get(k).text();
      if (w.length() < 2
          || !Character.isUpperCase(w.charAt(0))
          || isAllCaps(w)
          || CandidateCues.ORG_WORDS.contains(fold(tokens.get(k)))
          || CandidateCues.CONNECTORS.contains(w)) {
        return false;
      }
      for (int c = 1; c < w.length(); c++) {
        char ch = w.charAt(c);
        if (!Character.isLetter(ch) && ch != '-' && ch != '\'') {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean nameToken(List<Token> tokens, boolean[] blocked, int i) {
    if (blocked[i]) {
      return false;
    }
    String w = tokens.get(i).text();
    int cp = w.codePointAt(0);
    return (Character.isUpperCase(cp) || Character.isTitleCase(cp))
        && !CandidateCues.CALENDAR.contains(fold(tokens.get(i)));
  }

  /** True when the token's text also occurs capitalised as a non-initial word of some sentence. */
  private static boolean capitalisedElsewhere(List<Token> tokens, int i) {
    String word = tokens.get(i).text();
    for (int k = 1; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (k != i
          && t.text().equals(word)
          && tokens.get(k - 1).sentence() == t.sentence()
          && Character.isLetterOrDigit(tokens.get(k - 1).text().codePointAt(0))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tokens separated by at most plain spaces (a line break or tab ends a name, e.g. in a byline).
   */
  private static boolean adjacent(String text, List<Token> tokens, int a, int b) {
    for (int c = tokens.get(a).end(); c < tokens.get(b).start(); c++) {
      if (text.charAt(c) != ' ' && text.charAt(c) != '\u00A0') {
        return false;
      }
    }
    return true;
  }

  private static boolean mostlyUpperCase(List<Token> tokens, int from, int to) {
    int letterTokens = 0;
    int caps = 0;
    for (int k = from; k < to; k++) {
      String w = tokens.get(k).text();
      if (w.codePoints().anyMatch(Character::isLetter)) {
        letterTokens++;
        if (isAllCaps(w)) {
          caps++;
        }
      }
    }
    return letterTokens > 0 && caps > ALL_CAPS_SHARE * letterTokens;
  }

  private static boolean isAllCaps(String w) {
    return w.codePoints().anyMatch(Character::isUpperCase)
        && w.codePoints().noneMatch(Character::isLowerCase);
  }

  private static boolean isPunctuation(Token t) {
    return !Character.isLetterOrDigit(t.text().codePointAt(0));
  }

  private static String fold(Token t) {
    return Folding.fold(t.text());
  }

  /** Folded, whitespace collapsed, trailing possessive ('s or a bare ') removed. */
  static String key(String surface) {
    String k = Folding.fold(surface).strip().replaceAll("\\s+", " ");
    if (k.endsWith("'s")) {
      k = k.substring(0, k.length() - 2);
    } else if (k.endsWith("'")) {
      k = k.substring(0, k.length() - 1);
    }
    return k.strip();
  }

  private static boolean[] blocked(List<Token> tokens, List<Span> covered) {
    boolean[] blocked = new boolean[tokens.size()];
    List<Span> spans = new ArrayList<>(covered);
    spans.sort(Comparator.comparingInt(Span::start));
    int s = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      while (s < spans.size() && spans.get(s).end() <= t.start()) {
        s++;
      }
      for (int j = s; j < spans.size() && spans.get(j).start() < t.end(); j++) {
        if (spans.get(j).end() > t.start()) {
          blocked[i] = true;
          break;
        }
      }
    }
    return blocked;
  }
}
