package com.newspulse.core.amounts;

import static com.newspulse.core.amounts.AmountChars.SP;
import static com.newspulse.core.amounts.AmountChars.isAsciiLetter;
import static com.newspulse.core.amounts.AmountChars.isSpace;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The qualifier rule: a hedge right before an amount ("up to", "about", "more than", ...) becomes
 * its lowercased qualifier, and the amount's span then starts at the hedge.
 */
final class HedgeQualifiers {
  private HedgeQualifiers() {}

  /** Hedges before an amount, longer phrases first; ASCII words separated by one space. */
  private static final String[] HEDGES = {
    "as much as",
    "as little as",
    "as high as",
    "as low as",
    "in excess of",
    "upwards of",
    "more than",
    "less than",
    "fewer than",
    "greater than",
    "at least",
    "at most",
    "up to",
    "close to",
    "just over",
    "just under",
    "well over",
    "an estimated",
    "approximately",
    "around",
    "about",
    "roughly",
    "nearly",
    "almost",
    "some",
    "over",
    "under",
    "above",
    "below",
    "estimated"
  };

  /** A hedge that ends exactly where an amount starts. */
  private static final Pattern QUALIFIER =
      Pattern.compile("(?<![\\p{L}\\p{N}])(?<q>(?i:" + String.join("|", HEDGES) + "))" + SP + "+$");

  /** The last word of every hedge: QUALIFIER can only match where one ends before the spaces. */
  private static final Set<String> HEDGE_LAST_WORDS =
      Arrays.stream(HEDGES)
          .map(h -> h.substring(h.lastIndexOf(' ') + 1))
          .collect(Collectors.toUnmodifiableSet());

  private static final int QUALIFIER_LOOKBACK = 24;

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /**
   * Extends the span backwards over a hedge that does not reach into the previous amount; {@code
   * filter} first rules out cheaply the places where QUALIFIER cannot match.
   */
  static Amount withQualifier(String text, Amount a, int floor, boolean filter) {
    int end = a.start();
    int from = Math.max(floor, end - QUALIFIER_LOOKBACK);
    if (filter && (end <= from || !mayEndWithHedge(text, from, end))) {
      return a;
    }
    Matcher m = QUALIFIER.matcher(text).region(from, end);
    m.useTransparentBounds(true);
    if (!m.find()) {
      return a;
    }
    String qualifier = WHITESPACE.matcher(m.group("q").toLowerCase(Locale.ROOT)).replaceAll(" ");
    int start = m.start();
    return new Amount(
        a.kind(),
        a.value(),
        a.currency(),
        a.number(),
        a.scale(),
        qualifier,
        start,
        a.end(),
        text.substring(start, a.end()));
  }

  /**
   * A necessary condition for QUALIFIER to match in {@code [from, end)}: its "SP+$" ends at {@code
   * end}, or before a line terminator ending the region (where {@code $} also matches), and the
   * ASCII letters right before those spaces are the last word of a hedge (the hedges are ASCII and
   * matched with ASCII-only case-insensitivity, and what precedes a hedge's last word is a space
   * or, at the hedge start, no letter).
   */
  private static boolean mayEndWithHedge(String text, int from, int end) {
    int e = end;
    char last = text.charAt(end - 1);
    if (!isSpace(last)) {
      if (last == '\n' && end - 2 >= from && text.charAt(end - 2) == '\r') {
        e = end - 2; // $ matches before a final "\r\n", not between
      } else if (last == '\n'
          || last == '\r'
          || last == '\u0085'
          || last == '\u2028'
          || last == '\u2029') {
        e = end - 1;
      } else {
        return false;
      }
    }
    int w = e;
    while (w > from && isSpace(text.charAt(w - 1))) {
      w--;
    }
    int u = w;
    while (u > from && isAsciiLetter(text.charAt(u - 1))) {
      u--;
    }
    return w < e
        && u < w
        && HEDGE_LAST_WORDS.contains(text.substring(u, w).toLowerCase(Locale.ROOT));
  }
}
