package com.newspulse.core.amounts;

import static com.newspulse.core.amounts.AmountChars.isDigit;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.regex.Matcher;

/**
 * The number starts of a text (see {@link AmountPatterns#PREFIXED_LEAD}), ascending, and for each
 * the end of the run of digits, commas and periods it begins. A NUM starting there that a
 * MONEY_SUFFIXED or PERCENT match can continue from ends at that run end: the NUM lookahead forbids
 * a digit or ",digit" next, so ending earlier leaves a '.' or ',' next, which neither pattern
 * accepts after a number.
 */
final class NumberStarts {
  private int count;
  private int[] starts = new int[16];
  private int[] runEnds = new int[16];

  private NumberStarts() {}

  static NumberStarts of(String text) {
    NumberStarts numbers = new NumberStarts();
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
      }
      int runEnd = i;
      while (runEnd < n && isNumberChar(text.charAt(runEnd))) {
        runEnd++;
      }
      numbers.add(start, runEnd);
    }
    return numbers;
  }

  /** No digit at all: the text holds no amount. */
  boolean isEmpty() {
    return count == 0;
  }

  private void add(int start, int runEnd) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      runEnds = Arrays.copyOf(runEnds, count * 2);
    }
    starts[count] = start;
    runEnds[count] = runEnd;
    count++;
  }

  private static boolean isNumberChar(char c) {
    return isDigit(c) || c == ',' || c == '.';
  }

  /** Whether {@code text} can continue a match after the number ending at {@code at}. */
  @FunctionalInterface
  interface Continuation {
    boolean mayFollow(String text, int at);
  }

  /**
   * Calls {@code sink} with each match that {@code while (m.find())} would report, but tries only
   * the positions {@code [r - maxLead, r - minLead]} of each number start {@code r}, and of those
   * only the ones holding a char a match can start with when {@code firstChars} is not null, and
   * none when {@code continuation} rules out the number's run end: a match is attempted there
   * exactly as find() would (anchored at the position, lookbehinds seeing the text before it), in
   * ascending order, resuming after each match. With {@code numbers} null, simply {@code while
   * (m.find())}.
   */
  static void findNearNumbers(
      String text,
      Matcher m,
      NumberStarts numbers,
      int minLead,
      int maxLead,
      boolean[] firstChars,
      Continuation continuation,
      Consumer<Matcher> sink) {
    if (numbers == null) {
      while (m.find()) {
        sink.accept(m);
      }
      return;
    }
    int length = text.length();
    m.useTransparentBounds(true);
    int next = 0;
    for (int k = 0; k < numbers.count; k++) {
      if (continuation != null && !continuation.mayFollow(text, numbers.runEnds[k])) {
        continue;
      }
      int r = numbers.starts[k];
      int last = r - minLead;
      for (int i = Math.max(next, r - maxLead); i <= last; ) {
        if (firstChars != null) {
          char c = text.charAt(i);
          if (c >= firstChars.length || !firstChars[c]) {
            next = ++i;
            continue;
          }
        }
        m.region(i, length);
        if (m.lookingAt()) {
          sink.accept(m);
          next = Math.max(m.end(), i + 1);
        } else {
          next = i + 1;
        }
        i = next;
      }
    }
  }
}
