package com.newspulse.core.discovery;

import static com.newspulse.core.discovery.CandidateExtractor.fold;
import static com.newspulse.core.discovery.CandidateExtractor.isAllCaps;

import com.newspulse.core.text.Token;
import java.util.List;

/**
 * The suggested-type rules of {@link CandidateExtractor}: which context around a phrase (an
 * organisation word, a title before it, a speech pattern, a preceding "in") gives its {@link
 * SuggestedType} and cue, first matching cue wins. The words they read are in {@link
 * CandidateCues}.
 */
final class CueRules {
  private CueRules() {}

  /** {type, cue} for the phrase {@code [from, to]}. */
  static String[] cue(List<Token> tokens, int from, int to, String title, int sentenceEnd) {
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

  private static boolean isPunctuation(Token t) {
    return !Character.isLetterOrDigit(t.text().codePointAt(0));
  }
}
