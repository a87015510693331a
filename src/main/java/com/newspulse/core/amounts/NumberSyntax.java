package com.newspulse.core.amounts;

import static com.newspulse.core.amounts.AmountChars.SP;
import static com.newspulse.core.amounts.AmountChars.isDigit;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * How the number in an amount is written and read: digits with optional thousands commas and
 * decimals ({@link #NUM}), then an optional scale ({@link #SCALE}: thousand/k, million/mn/m/mln,
 * billion/bn/b/bln, trillion/tn/trn, lakh, crore). Values are BigDecimal, so "3.2 billion" is
 * exactly 3.2E9.
 */
final class NumberSyntax {
  private NumberSyntax() {}

  /** 1,500,000.25 or 1500.25; a malformed grouping such as "1,5000" is rejected, not cut to "1". */
  static final String NUM = "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?!,?\\d)";

  static final String SCALE =
      "(?:"
          + SP
          + "?(?<sw>(?i:thousand|million|billion|trillion|crores?|lakhs?"
          + "|mln|bln|trn|mn|bn|tn))|(?<sa>(?i:[kmb])))(?![\\p{L}\\p{N}])";

  private static final Map<String, String> SCALE_NAMES =
      Map.ofEntries(
          Map.entry("k", "thousand"),
          Map.entry("thousand", "thousand"),
          Map.entry("m", "million"),
          Map.entry("mn", "million"),
          Map.entry("mln", "million"),
          Map.entry("million", "million"),
          Map.entry("b", "billion"),
          Map.entry("bn", "billion"),
          Map.entry("bln", "billion"),
          Map.entry("billion", "billion"),
          Map.entry("tn", "trillion"),
          Map.entry("trn", "trillion"),
          Map.entry("trillion", "trillion"),
          Map.entry("lakh", "lakh"),
          Map.entry("lakhs", "lakh"),
          Map.entry("crore", "crore"),
          Map.entry("crores", "crore"));

  private static final Map<String, BigDecimal> MULTIPLIERS =
      Map.of(
          "thousand",
          new BigDecimal("1E3"),
          "million",
          new BigDecimal("1E6"),
          "billion",
          new BigDecimal("1E9"),
          "trillion",
          new BigDecimal("1E12"),
          "lakh",
          new BigDecimal("1E5"),
          "crore",
          new BigDecimal("1E7"));

  /** The value of a NUM as written: "1,500.25" is 1500.25. */
  static BigDecimal parse(String num) {
    return new BigDecimal(num.replace(",", ""));
  }

  /** The canonical scale name of a match's SCALE ("bn" is "billion"), or null without one. */
  static String scaleOf(Matcher m) {
    String word = m.group("sw") != null ? m.group("sw") : m.group("sa");
    return word == null ? null : SCALE_NAMES.get(word.toLowerCase(Locale.ROOT));
  }

  /** {@code number} times the multiplier of {@code scale}, a canonical name or null. */
  static BigDecimal scaled(BigDecimal number, String scale) {
    return scale == null ? number : number.multiply(MULTIPLIERS.get(scale));
  }

  /** A year-like integer: exactly four digits, 1800..2099. */
  static boolean isYear(String num) {
    if (num.length() != 4) {
      return false;
    }
    char c0 = num.charAt(0);
    char c1 = num.charAt(1);
    return ((c0 == '1' && (c1 == '8' || c1 == '9')) || (c0 == '2' && c1 == '0'))
        && isDigit(num.charAt(2))
        && isDigit(num.charAt(3));
  }
}
