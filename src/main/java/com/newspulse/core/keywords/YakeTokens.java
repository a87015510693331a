package com.newspulse.core.keywords;

import com.newspulse.core.text.Scripts;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * YAKE's reading of text ({@link KeywordExtractor}): its tokens, its sentence boundaries
 * (terminators, closers, abbreviations, line breaks), the possessive split and each word's tag
 * ({@code d} number, {@code u} unusable, {@code a} acronym, {@code n} proper noun, {@code p}
 * plain).
 */
final class YakeTokens {
  private YakeTokens() {}

  // The joins of a token are bounded: Java's regex engine recurses once per repetition of a group,
  // and a 400,000-char "a-a-a-..." overflowed the stack (the article was quarantined as
  // ANALYSIS_FAILED). A longer chain is read as several tokens.
  static final Pattern TOKEN =
      Pattern.compile(
          "(?:\\p{L}\\.){2,20}"
              + "|[\\p{L}\\p{N}]+(?:(?:[-'\u2019&]|[.,](?=\\p{N}))[\\p{L}\\p{N}]+){0,20}"
              + "|\\S");

  /** What Python's {@code float()} accepts, minus inf/nan (YAKE tags such tokens {@code d}). */
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");

  static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  /** Tokens after which a period does not end a sentence. */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "st",
          "jr", "sr", "vs", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
          "oct", "nov", "dec");

  /** Blank line, or a line break before an uppercase word (YAKE's pre_filter rule). */
  static boolean lineBreakBoundary(String text, int from, int to, String token) {
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

  static boolean isCloser(String token) {
    return "\"')]\u201D\u2019".contains(token);
  }

  static boolean isTerminator(String token) {
    return token.equals(".") || token.equals("!") || token.equals("?") || token.equals("\u2026");
  }

  static boolean isAbbreviation(String terminator, String prev) {
    if (!terminator.equals(".") || prev == null) {
      return false;
    }
    boolean initial = prev.length() == 1 && Character.isUpperCase(prev.charAt(0));
    return initial || ABBREVIATIONS.contains(prev.toLowerCase(Locale.ROOT));
  }

  static String stripPossessive(String token) {
    int n = token.length();
    if (n > 2
        && (token.charAt(n - 1) == 's' || token.charAt(n - 1) == 'S')
        && (token.charAt(n - 2) == '\'' || token.charAt(n - 2) == '\u2019')) {
      return token.substring(0, n - 2);
    }
    return token;
  }

  static boolean isDiscarded(char tag) {
    return tag == 'd' || tag == 'u';
  }

  /** YAKE's get_tag. */
  static char tag(String word, int position) {
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
    if (upper == 1 && word.length() > 1 && Character.isUpperCase(word.charAt(0)) && position > 0) {
      return 'n';
    }
    return 'p';
  }
}
