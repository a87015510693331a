package com.newspulse.core.amounts;

import static com.newspulse.core.amounts.AmountChars.SP;
import static com.newspulse.core.amounts.AmountChars.isAsciiLetter;
import static com.newspulse.core.amounts.AmountChars.isSpace;
import static com.newspulse.core.amounts.NumberSyntax.NUM;
import static com.newspulse.core.amounts.NumberSyntax.SCALE;

import java.util.regex.Pattern;

/**
 * The three expressions {@link AmountExtractor} runs (money with a prefix, money with a suffix,
 * percentages) and, for each, what its near-number shortcut needs to know: where a match can start
 * relative to its number, which char it can start with, and what can follow the number.
 */
final class AmountPatterns {
  private AmountPatterns() {}

  static final Pattern MONEY_PREFIXED =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}$€£¥₹])"
              + CurrencyMarkers.BEFORE.alternation()
              + SP
              + "?"
              + NUM
              + "(?:"
              + SCALE
              + ")?");

  static final Pattern MONEY_SUFFIXED =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.,$€£¥₹])"
              + NUM
              + "(?:"
              + SCALE
              + ")?"
              + SP
              + "+"
              + CurrencyMarkers.AFTER.alternation()
              + "(?![\\p{L}])");

  /** Stops at "percentage": percent must not be followed by a letter. */
  static final Pattern PERCENT =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.,])(?<sign>[-+\\u2212])?"
              + NUM
              + "(?:"
              + SP
              + "?%|[ \\u00A0\\u202F-]?(?i:percent|per"
              + SP
              + "cent|pct)(?![\\p{L}]))");

  /**
   * Where a match can start relative to the number in it. Every match contains a {@code NUM}, whose
   * first digit is a "number start": an ASCII digit not preceded by one (the lookbehinds of
   * MONEY_SUFFIXED and PERCENT exclude a preceding digit, and in MONEY_PREFIXED a prefix char or a
   * space precedes it). So a match starting at {@code i} has a number start {@code r} with {@code r
   * - maxLead <= i <= r - minLead}, where the lead is what comes before NUM: for MONEY_PREFIXED a
   * prefix and an optional space (computed from {@link CurrencyMarkers#BEFORE}: 1 to 7 chars, the
   * longest "U.S. $ "); nothing for MONEY_SUFFIXED; the optional one-char sign for PERCENT. Only
   * those positions are tried. {@code PREFIXED_LEAD} is null when a prefix is not a simple literal,
   * and then MONEY_PREFIXED is scanned in full.
   */
  static final int[] PREFIXED_LEAD = RegexShape.leadBounds(CurrencyMarkers.BEFORE.entries, 1);

  static final int PERCENT_MAX_LEAD = 1;

  /**
   * The chars a MONEY_PREFIXED match can start with (the first char of every prefix, the pattern
   * being case-sensitive), indexed by char; null when some prefix does not start with a plain
   * literal, which makes every position a candidate.
   */
  static final boolean[] PREFIX_FIRST_CHARS = RegexShape.firstChars(CurrencyMarkers.BEFORE.entries);

  /** What can follow the NUM of a MONEY_SUFFIXED match: the optional scale, else the spaces. */
  static boolean mayFollowSuffixedNumber(String text, int at) {
    if (at >= text.length()) {
      return false;
    }
    char c = text.charAt(at);
    return isSpace(c) || isAsciiLetter(c);
  }

  /** What can follow the NUM of a PERCENT match: "%", " %", "-percent", "pct", " per cent" .... */
  static boolean mayFollowPercentNumber(String text, int at) {
    if (at >= text.length()) {
      return false;
    }
    char c = text.charAt(at);
    return isSpace(c) || c == '%' || c == '-' || c == 'p' || c == 'P';
  }
}
