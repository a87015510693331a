package com.newspulse.core.discovery;

import static com.newspulse.core.discovery.CandidateExtractor.fold;
import static com.newspulse.core.discovery.CandidateExtractor.isAllCaps;

import com.newspulse.core.keywords.StopWords;
import com.newspulse.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Turns one maximal run of capitalised tokens that {@link CandidateExtractor} found into
 * candidates: drops a sentence-initial function word, a leading title (kept as the PERSON cue) and
 * leading connectors, splits at "and" unless it joins an organisation, and drops lone words that
 * are no names (the trimming rules in {@link CandidateExtractor}).
 */
final class PhraseTrimmer {
  private PhraseTrimmer() {}

  /** Trims one maximal run and emits its candidate(s). */
  static void run(
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

  private static void emit(
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
    String[] cue = CueRules.cue(tokens, from, to, title, sentenceEnd);
    out.add(
        new Candidate(
            surface,
            CandidateExtractor.key(surface),
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
}
