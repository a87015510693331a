package com.newspulse.core.text;

import static com.newspulse.core.text.WordScanner.isCjkTerminal;
import static com.newspulse.core.text.WordScanner.isCloser;
import static com.newspulse.core.text.WordScanner.isMark;
import static com.newspulse.core.text.WordScanner.isPossessive;
import static com.newspulse.core.text.WordScanner.isSpace;
import static com.newspulse.core.text.WordScanner.isTerminal;
import static com.newspulse.core.text.WordScanner.isWordStart;
import static com.newspulse.core.text.WordScanner.startsSentence;
import static com.newspulse.core.text.WordScanner.wordEnd;

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
}
