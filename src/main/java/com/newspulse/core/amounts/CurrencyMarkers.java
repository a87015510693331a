package com.newspulse.core.amounts;

import static com.newspulse.core.amounts.AmountChars.SP;

import java.util.regex.Matcher;

/**
 * The markers that make a number money, each with its ISO 4217 code: symbols and codes before the
 * number ({@link #BEFORE}), currency words and codes after it ({@link #AFTER}). Each side becomes
 * one regex alternation of named groups, and the group that matched tells the currency.
 *
 * <p>The decisions behind the tables (a bare {@code $} is USD, plain "pounds" is not GBP, ...) are
 * listed on {@link AmountExtractor}.
 */
final class CurrencyMarkers {

  private static final String[] ISO_CODES = {
    "USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "HKD", "SGD", "TWD", "NZD", "INR",
    "KRW", "BRL", "MXN", "RUB", "ZAR", "SEK", "NOK", "DKK", "SAR", "AED", "TRY"
  };

  /** Prefix symbols, longest first within a shared first char; ISO codes are appended. */
  private static final String[][] PREFIXES = {
    {"U\\.?S\\.?" + SP + "?\\$", "USD"},
    {"CN¥", "CNY"},
    {"HK\\$", "HKD"},
    {"NT\\$", "TWD"},
    {"NZ\\$", "NZD"},
    {"MX\\$", "MXN"},
    {"CA?\\$", "CAD"},
    {"AU?\\$", "AUD"},
    {"S\\$", "SGD"},
    {"R\\$", "BRL"},
    {"\\$", "USD"},
    {"€", "EUR"},
    {"£", "GBP"},
    {"¥", "JPY"},
    {"₹", "INR"},
    {"₩", "KRW"},
    {"₽", "RUB"},
    {"RMB", "CNY"},
    {"Rs\\.?", "INR"}
  };

  /**
   * Currency words after the number (case-insensitive), most specific first; ISO codes are
   * appended.
   */
  private static final String[][] SUFFIXES = {
    {"(?i:(?:U\\.S\\.|US|American)" + SP + "+dollars?)", "USD"},
    {"(?i:Canadian" + SP + "+dollars?)", "CAD"},
    {"(?i:Australian" + SP + "+dollars?)", "AUD"},
    {"(?i:Hong" + SP + "+Kong" + SP + "+dollars?)", "HKD"},
    {"(?i:Singapore(?:an)?" + SP + "+dollars?)", "SGD"},
    {"(?i:New" + SP + "+Zealand" + SP + "+dollars?)", "NZD"},
    {"(?i:(?:New" + SP + "+)?Taiwan(?:ese)?" + SP + "+dollars?)", "TWD"},
    {"(?i:dollars?)", "USD"},
    {"(?i:euros?)", "EUR"},
    {"(?i:(?:pounds?" + SP + "+)?sterling|British" + SP + "+pounds?)", "GBP"},
    {"(?i:yen)", "JPY"},
    {"(?i:yuan|renminbi)", "CNY"},
    {"(?i:(?:Indian" + SP + "+)?rupees?)", "INR"},
    {"(?i:Swiss" + SP + "+francs?)", "CHF"},
    {"(?i:roubles?|rubles?)", "RUB"}
  };

  static final CurrencyMarkers BEFORE = new CurrencyMarkers("p", PREFIXES);
  static final CurrencyMarkers AFTER = new CurrencyMarkers("c", SUFFIXES);

  /** {regex, ISO code} pairs, ISO codes appended, in the order they are tried. */
  final String[][] entries;

  private final String[] groups;
  private final String[] codes;

  private CurrencyMarkers(String groupPrefix, String[][] base) {
    entries = withIsoCodes(base);
    groups = new String[entries.length];
    codes = new String[entries.length];
    for (int i = 0; i < entries.length; i++) {
      groups[i] = groupPrefix + i;
      codes[i] = entries[i][1];
    }
  }

  /**
   * {@code (?:(?<p0>re0)|(?<p1>re1)|...)}: the matching group index tells which currency it was.
   */
  String alternation() {
    StringBuilder sb = new StringBuilder("(?:");
    for (int i = 0; i < entries.length; i++) {
      if (i > 0) {
        sb.append('|');
      }
      sb.append("(?<").append(groups[i]).append('>').append(entries[i][0]).append(')');
    }
    return sb.append(')').toString();
  }

  /** The ISO code of the marker in a match of a pattern built with {@link #alternation}. */
  String currencyOf(Matcher m) {
    String currency = null;
    for (int i = 0; i < codes.length && currency == null; i++) {
      if (m.start(groups[i]) >= 0) {
        currency = codes[i];
      }
    }
    return currency;
  }

  private static String[][] withIsoCodes(String[][] base) {
    String[][] all = new String[base.length + ISO_CODES.length][];
    System.arraycopy(base, 0, all, 0, base.length);
    for (int i = 0; i < ISO_CODES.length; i++) {
      all[base.length + i] = new String[] {ISO_CODES[i], ISO_CODES[i]};
    }
    return all;
  }
}
