package com.newspulse.core.text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Rule-based sentence splitter and tokenizer for English news text. Stateless and thread-safe.
 *
 * <p>Works in one pass over the original string: token boundaries are found first, then sentence
 * boundaries are decided on the token stream and the whitespace between tokens. Offsets are Java
 * char offsets into the original string, so callers can always {@code substring} back to the
 * surface form.
 *
 * <p>Tokens: runs of letters/digits (code-point aware; each CJK ideograph is its own token because
 * those scripts have no spaces), with joiners kept inside: {@code '}/{@code ’} between letters,
 * hyphens between letters/digits, {@code .} and {@code ,} inside numbers ("5.5", "1,500"), and
 * dotted acronyms ("U.S.", "e.g."). A trailing possessive {@code 's} is split off so that
 * "Huawei's" yields "Huawei". Every other non-space code point is a one-character token.
 *
 * <p>Sentences end after {@code . ! ?} (plus adjacent closing quotes/brackets) when whitespace and
 * a sentence-like start (uppercase, digit, caseless letter, opening quote/bracket) follow, except
 * after common abbreviations and single capital initials; and always at a blank line.
 */
public final class TextSegmenter implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Words that are followed by a period without ending the sentence (matched case-sensitively). */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "St",
          "Mt", "Ft", "Gen", "Sen", "Rep", "Gov", "Pres", "Lt", "Col", "Capt", "Sgt", "Maj", "Adm",
          "Rev", "Hon", "No", "Nos", "vs", "Dept", "Univ", "Bros", "approx", "al", "Jan", "Feb",
          "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");

  public SegmentedText segment(String text) {
    int n = text.length();
    int[] starts = new int[Math.max(16, n / 4)];
    int[] ends = new int[starts.length];
    int count = 0;
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      int end;
      boolean word = false;
      if (isSpace(cp)) {
        i += width;
        continue;
      } else if (isMark(cp)) {
        // A mark outside a word (the emoji variation selector U+FE0F, a lone U+0301) would be a
        // token that folds to the empty string: it extends the token it follows, or is skipped.
        if (count > 0 && ends[count - 1] == i) {
          ends[count - 1] = i + width;
        }
        i += width;
        continue;
      } else if (isWordStart(cp)) {
        end = wordEnd(text, i);
        word = true;
      } else {
        end = i + width; // punctuation, symbol or ideograph: one code point
      }
      if (count + 2 > starts.length) {
        starts = Arrays.copyOf(starts, starts.length * 2);
        ends = Arrays.copyOf(ends, ends.length * 2);
      }
      starts[count] = i;
      ends[count++] = end;
      if (word && isPossessive(text, end)) {
        starts[count] = end;
        ends[count++] = end + 2;
        end += 2;
      }
      i = end;
    }
    return build(text, starts, ends, count);
  }

  private static SegmentedText build(String text, int[] starts, int[] ends, int count) {
    boolean[] breakBefore = findSentenceBreaks(text, starts, ends, count);
    List<Token> tokens = new ArrayList<>(count);
    List<Sentence> sentences = new ArrayList<>();
    int sentence = -1;
    int sentenceStart = 0;
    for (int k = 0; k < count; k++) {
      if (k == 0 || breakBefore[k]) {
        if (sentence >= 0) {
          sentences.add(new Sentence(sentence, sentenceStart, ends[k - 1]));
        }
        sentence++;
        sentenceStart = starts[k];
      }
      tokens.add(new Token(text.substring(starts[k], ends[k]), starts[k], ends[k], sentence));
    }
    if (count > 0) {
      sentences.add(new Sentence(sentence, sentenceStart, ends[count - 1]));
    }
    return new SegmentedText(text, sentences, tokens);
  }

  private static boolean[] findSentenceBreaks(String text, int[] starts, int[] ends, int count) {
    boolean[] breakBefore = new boolean[count];
    for (int k = 1; k < count; k++) {
      if (starts[k] > ends[k - 1] && hasBlankLine(text, ends[k - 1], starts[k])) {
        breakBefore[k] = true;
      }
    }
    int k = 0;
    while (k < count) {
      char c = text.charAt(starts[k]);
      if (ends[k] - starts[k] != 1 || !isTerminal(c)) {
        k++;
        continue;
      }
      int last = k;
      while (last + 1 < count
          && starts[last + 1] == ends[last]
          && ends[last + 1] - starts[last + 1] == 1
          && (isTerminal(text.charAt(starts[last + 1]))
              || isCloser(text.charAt(starts[last + 1])))) {
        last++;
      }
      int next = last + 1;
      if (next < count
          && (starts[next] > ends[last] || isCjkTerminal(c))
          && startsSentence(text.codePointAt(starts[next]))
          && !(c == '.' && endsWithAbbreviation(text, starts, ends, k))) {
        breakBefore[next] = true;
      }
      k = next;
    }
    return breakBefore;
  }

  /**
   * True when the period at token {@code k} directly follows an abbreviation or a capital initial.
   */
  private static boolean endsWithAbbreviation(String text, int[] starts, int[] ends, int k) {
    if (k == 0 || ends[k - 1] != starts[k]) {
      return false;
    }
    int s = starts[k - 1];
    int e = ends[k - 1];
    if (e - s == 1 && Character.isUpperCase(text.charAt(s))) {
      return true; // "J. Smith"
    }
    return e - s <= 6 && ABBREVIATIONS.contains(text.substring(s, e));
  }

  private static boolean hasBlankLine(String text, int from, int to) {
    int newlines = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= to || text.charAt(i + 1) != '\n'))) {
        newlines++;
      } else if (c == '\u2029') {
        newlines += 2; // paragraph separator
      }
      if (newlines >= 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * End of the word starting at {@code start}: a dotted acronym or a letter/digit run with joiners.
   */
  private static int wordEnd(String s, int start) {
    int acronym = acronymEnd(s, start);
    if (acronym > 0) {
      return acronym;
    }
    int n = s.length();
    int j = start + Character.charCount(s.codePointAt(start));
    while (j < n) {
      int cp = s.codePointAt(j);
      if (isWordPart(cp)) {
        j += Character.charCount(cp);
        continue;
      }
      if (j + 1 >= n) {
        break;
      }
      char c = s.charAt(j);
      int prev = s.codePointBefore(j);
      int next = s.codePointAt(j + 1);
      if (isApostrophe(c)
          && Character.isLetter(prev)
          && Character.isLetter(next)
          && !isPossessive(s, j)) {
        j++;
      } else if (isHyphen(c) && isWordPart(prev) && isWordStart(next)) {
        j++;
      } else if (c == '.' && isAsciiDigit(prev) && isAsciiDigit(next)) {
        j++;
      } else if (c == ',' && isAsciiDigit(prev) && isThousandsGroup(s, j + 1)) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  /**
   * End of a dotted acronym of at least two single letters ("U.S.", "C.C.", "e.g.", "U.S"), or -1.
   * Includes the final period, which is why "U.S." never ends a sentence.
   */
  private static int acronymEnd(String s, int start) {
    int n = s.length();
    int j = start;
    int letters = 0;
    while (j < n) {
      int cp = s.codePointAt(j);
      if (!Character.isLetter(cp) || Character.isIdeographic(cp)) {
        break;
      }
      int k = j + Character.charCount(cp);
      if (k < n && s.charAt(k) == '.') {
        letters++;
        j = k + 1;
      } else if (letters >= 1 && (k >= n || !isWordPart(s.codePointAt(k)))) {
        return k; // final letter without a period: "U.S"
      } else {
        break;
      }
    }
    return letters >= 2 ? j : -1;
  }

  /** An apostrophe at {@code i} followed by s/S and a non-word character: the possessive "'s". */
  private static boolean isPossessive(String s, int i) {
    int n = s.length();
    if (i + 1 >= n || !isApostrophe(s.charAt(i))) {
      return false;
    }
    char c = s.charAt(i + 1);
    return (c == 's' || c == 'S') && (i + 2 >= n || !isWordPart(s.codePointAt(i + 2)));
  }

  private static boolean isThousandsGroup(String s, int i) {
    int n = s.length();
    if (i + 3 > n) {
      return false;
    }
    for (int k = i; k < i + 3; k++) {
      if (!isAsciiDigit(s.charAt(k))) {
        return false;
      }
    }
    return i + 3 == n || !Character.isDigit(s.codePointAt(i + 3));
  }

  private static boolean isSpace(int cp) {
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.CONTROL || type == Character.FORMAT;
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isWordStart(int cp) {
    return Character.isLetterOrDigit(cp) && !Character.isIdeographic(cp);
  }

  private static boolean isWordPart(int cp) {
    if (isWordStart(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static boolean isAsciiDigit(int cp) {
    return cp >= '0' && cp <= '9';
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026' || isCjkTerminal(c);
  }

  private static boolean isCjkTerminal(char c) {
    return c == '\u3002' || c == '\uFF01' || c == '\uFF1F';
  }

  private static boolean isCloser(char c) {
    return c == '"'
        || c == '\''
        || c == '\u201D'
        || c == '\u2019'
        || c == '\u00BB'
        || c == '\u203A'
        || c == ')'
        || c == ']'
        || c == '}';
  }

  private static boolean startsSentence(int cp) {
    if (Character.isLetter(cp)) {
      return !Character.isLowerCase(cp); // uppercase, titlecase or a caseless script
    }
    return Character.isDigit(cp)
        || cp == '"'
        || cp == '\''
        || cp == '\u201C'
        || cp == '\u2018'
        || cp == '\u201E'
        || cp == '\u00AB'
        || cp == '('
        || cp == '[';
  }
}
