package com.newspulse.core.amounts;

import static com.newspulse.core.amounts.AmountPatterns.MONEY_PREFIXED;
import static com.newspulse.core.amounts.AmountPatterns.MONEY_SUFFIXED;
import static com.newspulse.core.amounts.AmountPatterns.PERCENT;
import static com.newspulse.core.amounts.AmountPatterns.PERCENT_MAX_LEAD;
import static com.newspulse.core.amounts.AmountPatterns.PREFIXED_LEAD;
import static com.newspulse.core.amounts.AmountPatterns.PREFIX_FIRST_CHARS;
import static com.newspulse.core.amounts.NumberStarts.findNearNumbers;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds money amounts and percentages in English news text with a few precompiled regular
 * expressions.
 *
 * <p>Recognised forms ({@code SCALE} = thousand/k, million/mn/m/mln, billion/bn/b/bln,
 * trillion/tn/trn, lakh, crore; single-letter k/m/b only when attached to the number, as in
 * "$500m"):
 *
 * <ul>
 *   <li>symbol or code before the number: "$5.5 billion", "US$5.5bn", "$500m", "$1,500", "€3
 *       billion", "£2.1 million", "¥100 billion", "C$2bn", "HK$1.2 billion", "USD 4.2 billion", "Rs
 *       500 crore";
 *   <li>currency word or code after the number: "5 billion yuan", "3.2 billion euros", "10 million
 *       dollars", "4.2 billion USD";
 *   <li>percentages: "20%", "20 percent", "20 per cent", "20 pct", "-3.5%", "a 25% stake" (just
 *       "25%").
 * </ul>
 *
 * A hedge right before an amount ("up to", "about", "more than", "nearly", ...) becomes its
 * qualifier and the span starts at it. Numbers with neither a currency nor a percent sign/word are
 * never amounts, so years, dates, counts ("5,000 workers") and ordinals are skipped.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>A bare {@code $} is USD (the dominant meaning in English-language news); other dollars need
 *       their prefix: C$/CA$ CAD, A$/AU$ AUD, HK$ HKD, S$ SGD, NT$ TWD, NZ$ NZD, MX$ MXN, R$ BRL.
 *   <li>A bare {@code ¥} is JPY; CNY needs "CN¥", "RMB", "yuan" or "renminbi". A bare "dollars" is
 *       USD.
 *   <li>"percentage point(s)" and "basis points" are not recorded: they are differences of rates,
 *       and a PERCENT with value 0.25 would read as a level. Only the bare percent forms above
 *       match.
 *   <li>Plain "pounds" is not GBP (too often a weight); "£", "sterling", "pounds sterling",
 *       "British pounds" are.
 *   <li>A year-like integer (1800..2099) followed only by a currency word ("in 2024 dollars") is
 *       skipped.
 *   <li>Spelled-out numbers ("five billion dollars") and ranges' shared scale ("$5-6 billion" gives
 *       "$5") are not handled.
 *   <li>Values are computed with BigDecimal, so "3.2 billion" is exactly 3.2E9.
 * </ul>
 *
 * <p>Speed: every amount contains a digit, and a match can only start a few chars before the number
 * in it, so the expressions are not scanned along the whole text: they are tried, anchored, only at
 * those few positions before each number (and only where the char after the number can continue
 * them), and the hedge expression only where a hedge's last word precedes the amount. The result is
 * exactly that of scanning the whole text.
 *
 * <p>Thread-safe and stateless; serializable so Spark can ship it to executors.
 */
public final class AmountExtractor implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Amounts in text order, non-overlapping; null or empty text yields an empty list. */
  public List<Amount> extract(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    NumberStarts numbers = NumberStarts.of(text);
    if (numbers.isEmpty()) {
      return List.of(); // every amount contains a digit
    }
    return extract(text, numbers);
  }

  /**
   * What {@link #extract} computes, by the plain method: every pattern scanned with {@code find()}
   * over the whole text, the qualifier searched before every amount. The reference its shortcuts
   * are tested against.
   */
  static List<Amount> extractByFullScan(String text) {
    return text == null || text.isEmpty() ? List.of() : extract(text, null);
  }

  /** With {@code numbers} null, scans in full (see {@link #extractByFullScan}). */
  private static List<Amount> extract(String text, NumberStarts numbers) {
    List<Amount> found = new ArrayList<>();
    collectMoney(
        text,
        MONEY_PREFIXED.matcher(text),
        CurrencyMarkers.BEFORE,
        false,
        PREFIXED_LEAD == null ? null : numbers,
        PREFIXED_LEAD == null ? 0 : PREFIXED_LEAD[0],
        PREFIXED_LEAD == null ? 0 : PREFIXED_LEAD[1],
        PREFIX_FIRST_CHARS,
        null,
        found);
    collectMoney(
        text,
        MONEY_SUFFIXED.matcher(text),
        CurrencyMarkers.AFTER,
        true,
        numbers,
        0,
        0,
        null,
        AmountPatterns::mayFollowSuffixedNumber,
        found);
    collectPercents(text, numbers, found);
    if (found.isEmpty()) {
      return List.of();
    }
    // Leftmost wins, then the longer match ("US $5" over "$5", "$5 billion" over "5 billion
    // dollars").
    found.sort(
        Comparator.comparingInt(Amount::start)
            .thenComparing(Comparator.comparingInt(Amount::end).reversed()));
    List<Amount> out = new ArrayList<>(found.size());
    int lastEnd = 0;
    for (Amount a : found) {
      if (a.start() >= lastEnd) {
        Amount qualified = HedgeQualifiers.withQualifier(text, a, lastEnd, numbers != null);
        out.add(qualified);
        lastEnd = qualified.end();
      }
    }
    return List.copyOf(out);
  }

  private static void collectMoney(
      String text,
      Matcher matcher,
      CurrencyMarkers markers,
      boolean suffixed,
      NumberStarts numbers,
      int minLead,
      int maxLead,
      boolean[] firstChars,
      NumberStarts.Continuation continuation,
      List<Amount> out) {
    findNearNumbers(
        text,
        matcher,
        numbers,
        minLead,
        maxLead,
        firstChars,
        continuation,
        m -> {
          String scale = NumberSyntax.scaleOf(m);
          String num = m.group("num");
          if (suffixed && scale == null && NumberSyntax.isYear(num)) {
            return;
          }
          String currency = markers.currencyOf(m);
          BigDecimal number = NumberSyntax.parse(num);
          BigDecimal value = NumberSyntax.scaled(number, scale);
          out.add(
              new Amount(
                  AmountKind.MONEY,
                  value.doubleValue(),
                  currency,
                  number.doubleValue(),
                  scale,
                  null,
                  m.start(),
                  m.end(),
                  m.group()));
        });
  }

  private static void collectPercents(String text, NumberStarts numbers, List<Amount> out) {
    findNearNumbers(
        text,
        PERCENT.matcher(text),
        numbers,
        0,
        PERCENT_MAX_LEAD,
        null,
        AmountPatterns::mayFollowPercentNumber,
        m -> {
          BigDecimal number = NumberSyntax.parse(m.group("num"));
          String sign = m.group("sign");
          if (sign != null && !sign.equals("+")) {
            number = number.negate();
          }
          double v = number.doubleValue();
          out.add(
              new Amount(
                  AmountKind.PERCENT, v, null, v, null, null, m.start(), m.end(), m.group()));
        });
  }
}
