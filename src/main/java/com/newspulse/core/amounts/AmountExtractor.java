package com.newspulse.core.amounts;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

  private static final String SP = "[ \\u00A0\\u202F]";

  /** 1,500,000.25 or 1500.25; a malformed grouping such as "1,5000" is rejected, not cut to "1". */
  private static final String NUM =
      "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?!,?\\d)";

  private static final String SCALE =
      "(?:"
          + SP
          + "?(?<sw>(?i:thousand|million|billion|trillion|crores?|lakhs?"
          + "|mln|bln|trn|mn|bn|tn))|(?<sa>(?i:[kmb])))(?![\\p{L}\\p{N}])";

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

  private static final Pattern MONEY_PREFIXED =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}$€£¥₹])"
              + alternation("p", withIsoCodes(PREFIXES))
              + SP
              + "?"
              + NUM
              + "(?:"
              + SCALE
              + ")?");

  private static final Pattern MONEY_SUFFIXED =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.,$€£¥₹])"
              + NUM
              + "(?:"
              + SCALE
              + ")?"
              + SP
              + "+"
              + alternation("c", withIsoCodes(SUFFIXES))
              + "(?![\\p{L}])");

  /** Stops at "percentage": percent must not be followed by a letter. */
  private static final Pattern PERCENT =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.,])(?<sign>[-+\\u2212])?"
              + NUM
              + "(?:"
              + SP
              + "?%|[ \\u00A0\\u202F-]?(?i:percent|per"
              + SP
              + "cent|pct)(?![\\p{L}]))");

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

  private static final String[] PREFIX_CODES = codes(withIsoCodes(PREFIXES));
  private static final String[] SUFFIX_CODES = codes(withIsoCodes(SUFFIXES));

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

  /**
   * Where a match can start relative to the number in it. Every match contains a {@code NUM}, whose
   * first digit is a "number start": an ASCII digit not preceded by one (the lookbehinds of
   * MONEY_SUFFIXED and PERCENT exclude a preceding digit, and in MONEY_PREFIXED a prefix char or a
   * space precedes it). So a match starting at {@code i} has a number start {@code r} with {@code r
   * - maxLead <= i <= r - minLead}, where the lead is what comes before NUM: for MONEY_PREFIXED a
   * prefix and an optional space (computed from {@link #PREFIXES}: 1 to 7 chars, the longest "U.S.
   * $ "); nothing for MONEY_SUFFIXED; the optional one-char sign for PERCENT. Only those positions
   * are tried. {@code PREFIXED_LEAD} is null when a prefix is not a simple literal, and then
   * MONEY_PREFIXED is scanned in full.
   */
  private static final int[] PREFIXED_LEAD = leadBounds(withIsoCodes(PREFIXES), 1);

  private static final int PERCENT_MAX_LEAD = 1;

  private static final String[] PREFIX_GROUPS = groupNames("p", PREFIX_CODES.length);

  /**
   * The chars a MONEY_PREFIXED match can start with (the first char of every prefix, the pattern
   * being case-sensitive), indexed by char; null when some prefix does not start with a plain
   * literal, which makes every position a candidate.
   */
  private static final boolean[] PREFIX_FIRST_CHARS = firstChars(withIsoCodes(PREFIXES));

  private static final String[] SUFFIX_GROUPS = groupNames("c", SUFFIX_CODES.length);

  /** Amounts in text order, non-overlapping; null or empty text yields an empty list. */
  public List<Amount> extract(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    Numbers numbers = Numbers.of(text);
    if (numbers.count == 0) {
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
  private static List<Amount> extract(String text, Numbers numbers) {
    List<Amount> found = new ArrayList<>();
    collectMoney(
        text,
        MONEY_PREFIXED.matcher(text),
        PREFIX_GROUPS,
        PREFIX_CODES,
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
        SUFFIX_GROUPS,
        SUFFIX_CODES,
        true,
        numbers,
        0,
        0,
        null,
        AmountExtractor::mayFollowSuffixedNumber,
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
        Amount qualified = withQualifier(text, a, lastEnd, numbers != null);
        out.add(qualified);
        lastEnd = qualified.end();
      }
    }
    return List.copyOf(out);
  }

  /**
   * The number starts of a text (see {@link #PREFIXED_LEAD}), ascending, and for each the end of
   * the run of digits, commas and periods it begins. A NUM starting there that a MONEY_SUFFIXED or
   * PERCENT match can continue from ends at that run end: the NUM lookahead forbids a digit or
   * ",digit" next, so ending earlier leaves a '.' or ',' next, which neither pattern accepts after
   * a number.
   */
  private static final class Numbers {
    int count;
    int[] starts = new int[16];
    int[] runEnds = new int[16];

    static Numbers of(String text) {
      Numbers numbers = new Numbers();
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
  }

  /** What can follow the NUM of a MONEY_SUFFIXED match: the optional scale, else the spaces. */
  private static boolean mayFollowSuffixedNumber(String text, int at) {
    if (at >= text.length()) {
      return false;
    }
    char c = text.charAt(at);
    return isSpace(c) || isAsciiLetter(c);
  }

  /** What can follow the NUM of a PERCENT match: "%", " %", "-percent", "pct", " per cent" .... */
  private static boolean mayFollowPercentNumber(String text, int at) {
    if (at >= text.length()) {
      return false;
    }
    char c = text.charAt(at);
    return isSpace(c) || c == '%' || c == '-' || c == 'p' || c == 'P';
  }

  /** Whether {@code text} can continue a match after the number ending at {@code at}. */
  @FunctionalInterface
  private interface Continuation {
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
  private static void findNearNumbers(
      String text,
      Matcher m,
      Numbers numbers,
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

  private static void collectMoney(
      String text,
      Matcher matcher,
      String[] groups,
      String[] codes,
      boolean suffixed,
      Numbers numbers,
      int minLead,
      int maxLead,
      boolean[] firstChars,
      Continuation continuation,
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
          String scale = scaleOf(m);
          String num = m.group("num");
          if (suffixed && scale == null && isYear(num)) {
            return;
          }
          String currency = null;
          for (int i = 0; i < codes.length && currency == null; i++) {
            if (m.start(groups[i]) >= 0) {
              currency = codes[i];
            }
          }
          BigDecimal number = new BigDecimal(num.replace(",", ""));
          BigDecimal value = scale == null ? number : number.multiply(MULTIPLIERS.get(scale));
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

  private static void collectPercents(String text, Numbers numbers, List<Amount> out) {
    findNearNumbers(
        text,
        PERCENT.matcher(text),
        numbers,
        0,
        PERCENT_MAX_LEAD,
        null,
        AmountExtractor::mayFollowPercentNumber,
        m -> {
          BigDecimal number = new BigDecimal(m.group("num").replace(",", ""));
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

  /** A year-like integer: exactly four digits, 1800..2099. */
  private static boolean isYear(String num) {
    if (num.length() != 4) {
      return false;
    }
    char c0 = num.charAt(0);
    char c1 = num.charAt(1);
    return ((c0 == '1' && (c1 == '8' || c1 == '9')) || (c0 == '2' && c1 == '0'))
        && isDigit(num.charAt(2))
        && isDigit(num.charAt(3));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static String scaleOf(Matcher m) {
    String word = m.group("sw") != null ? m.group("sw") : m.group("sa");
    return word == null ? null : SCALE_NAMES.get(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Extends the span backwards over a hedge that does not reach into the previous amount; {@code
   * filter} first rules out cheaply the places where QUALIFIER cannot match.
   */
  private static Amount withQualifier(String text, Amount a, int floor, boolean filter) {
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

  /** The chars of SP. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static String[][] withIsoCodes(String[][] base) {
    String[][] all = new String[base.length + ISO_CODES.length][];
    System.arraycopy(base, 0, all, 0, base.length);
    for (int i = 0; i < ISO_CODES.length; i++) {
      all[base.length + i] = new String[] {ISO_CODES[i], ISO_CODES[i]};
    }
    return all;
  }

  /**
   * {@code (?:(?<p0>re0)|(?<p1>re1)|...)}: the matching group index tells which currency it was.
   */
  private static String alternation(String groupPrefix, String[][] entries) {
    StringBuilder sb = new StringBuilder("(?:");
    for (int i = 0; i < entries.length; i++) {
      if (i > 0) {
        sb.append('|');
      }
      sb.append("(?<").append(groupPrefix).append(i).append('>').append(entries[i][0]).append(')');
    }
    return sb.append(')').toString();
  }

  /**
   * The fewest and most chars the prefixes can match, plus {@code 0..trailing} optional chars after
   * them; null unless every prefix is a sequence of literal chars (possibly escaped), one-char
   * classes and {@code ?}.
   */
  private static int[] leadBounds(String[][] entries, int trailing) {
    int min = Integer.MAX_VALUE;
    int max = 0;
    for (String[] entry : entries) {
      String re = entry[0];
      int lo = 0;
      int hi = 0;
      int i = 0;
      while (i < re.length()) {
        char c = re.charAt(i);
        if (c == '\\') {
          if (i + 1 >= re.length() || Character.isLetterOrDigit(re.charAt(i + 1))) {
            return null;
          }
          i += 2;
        } else if (c == '[') {
          int close = re.indexOf(']', i);
          String body = close < 0 ? "" : re.substring(i + 1, close);
          if (body.isEmpty()
              || body.startsWith("^")
              || body.contains("[")
              || body.contains("-")
              || body.contains("&&")
              || body.replace("\\u", "").contains("\\")) {
            return null; // only plain listed chars and \\uXXXX escapes: one BMP char
          }
          i = close + 1;
        } else if ("()|*+{}.^$?".indexOf(c) >= 0) {
          return null;
        } else {
          i++;
        }
        boolean optional = i < re.length() && re.charAt(i) == '?';
        if (optional) {
          i++;
        } else {
          lo++;
        }
        hi++;
      }
      min = Math.min(min, lo);
      max = Math.max(max, hi);
    }
    return new int[] {min, max + trailing};
  }

  /** See {@link #PREFIX_FIRST_CHARS}. */
  private static boolean[] firstChars(String[][] entries) {
    boolean[] table = new boolean[65536];
    int max = 0;
    for (String[] entry : entries) {
      String re = entry[0];
      char c;
      int next;
      if (re.length() >= 2 && re.charAt(0) == '\\' && !Character.isLetterOrDigit(re.charAt(1))) {
        c = re.charAt(1);
        next = 2;
      } else if (!re.isEmpty()
          && "\\()[].^$|?*+{".indexOf(re.charAt(0)) < 0
          && !Character.isSurrogate(re.charAt(0))) {
        c = re.charAt(0);
        next = 1;
      } else {
        return null;
      }
      if (next < re.length() && "?*+{".indexOf(re.charAt(next)) >= 0) {
        return null;
      }
      table[c] = true;
      max = Math.max(max, c);
    }
    return Arrays.copyOf(table, max + 1);
  }

  private static String[] groupNames(String prefix, int count) {
    String[] names = new String[count];
    for (int i = 0; i < count; i++) {
      names[i] = prefix + i;
    }
    return names;
  }

  private static String[] codes(String[][] entries) {
    String[] codes = new String[entries.length];
    for (int i = 0; i < entries.length; i++) {
      codes[i] = entries[i][1];
    }
    return codes;
  }
}
