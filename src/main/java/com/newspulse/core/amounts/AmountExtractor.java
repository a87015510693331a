package com.newspulse.core.amounts;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds money amounts and percentages in English news text with a few precompiled regular expressions.
 *
 * <p>Recognised forms ({@code SCALE} = thousand/k, million/mn/m/mln, billion/bn/b/bln, trillion/tn/trn,
 * lakh, crore; single-letter k/m/b only when attached to the number, as in "$500m"):
 * <ul>
 *   <li>symbol or code before the number: "$5.5 billion", "US$5.5bn", "$500m", "$1,500", "€3 billion",
 *       "£2.1 million", "¥100 billion", "C$2bn", "HK$1.2 billion", "USD 4.2 billion", "Rs 500 crore";</li>
 *   <li>currency word or code after the number: "5 billion yuan", "3.2 billion euros",
 *       "10 million dollars", "4.2 billion USD";</li>
 *   <li>percentages: "20%", "20 percent", "20 per cent", "20 pct", "-3.5%", "a 25% stake" (just "25%").</li>
 * </ul>
 * A hedge right before an amount ("up to", "about", "more than", "nearly", ...) becomes its qualifier and
 * the span starts at it. Numbers with neither a currency nor a percent sign/word are never amounts, so
 * years, dates, counts ("5,000 workers") and ordinals are skipped.
 *
 * <p>Decisions:
 * <ul>
 *   <li>A bare {@code $} is USD (the dominant meaning in English-language news); other dollars need their
 *       prefix: C$/CA$ CAD, A$/AU$ AUD, HK$ HKD, S$ SGD, NT$ TWD, NZ$ NZD, MX$ MXN, R$ BRL.</li>
 *   <li>A bare {@code ¥} is JPY; CNY needs "CN¥", "RMB", "yuan" or "renminbi". A bare "dollars" is USD.</li>
 *   <li>"percentage point(s)" and "basis points" are not recorded: they are differences of rates, and a
 *       PERCENT with value 0.25 would read as a level. Only the bare percent forms above match.</li>
 *   <li>Plain "pounds" is not GBP (too often a weight); "£", "sterling", "pounds sterling", "British pounds"
 *       are.</li>
 *   <li>A year-like integer (1800..2099) followed only by a currency word ("in 2024 dollars") is skipped.</li>
 *   <li>Spelled-out numbers ("five billion dollars") and ranges' shared scale ("$5-6 billion" gives "$5")
 *       are not handled.</li>
 *   <li>Values are computed with BigDecimal, so "3.2 billion" is exactly 3.2E9.</li>
 * </ul>
 * Thread-safe and stateless; serializable so Spark can ship it to executors.
 */
public final class AmountExtractor implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String SP = "[ \\u00A0\\u202F]";
    /** 1,500,000.25 or 1500.25; a malformed grouping such as "1,5000" is rejected, not cut to "1". */
    private static final String NUM = "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?!,?\\d)";
    private static final String SCALE = "(?:" + SP + "?(?<sw>(?i:thousand|million|billion|trillion|crores?|lakhs?"
            + "|mln|bln|trn|mn|bn|tn))|(?<sa>(?i:[kmb])))(?![\\p{L}\\p{N}])";

    private static final String[] ISO_CODES = {
        "USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "HKD", "SGD", "TWD", "NZD", "INR", "KRW",
        "BRL", "MXN", "RUB", "ZAR", "SEK", "NOK", "DKK", "SAR", "AED", "TRY"};

    /** Prefix symbols, longest first within a shared first char; ISO codes are appended. */
    private static final String[][] PREFIXES = {
        {"U\\.?S\\.?" + SP + "?\\$", "USD"}, {"CN¥", "CNY"}, {"HK\\$", "HKD"}, {"NT\\$", "TWD"},
        {"NZ\\$", "NZD"}, {"MX\\$", "MXN"}, {"CA?\\$", "CAD"}, {"AU?\\$", "AUD"}, {"S\\$", "SGD"},
        {"R\\$", "BRL"}, {"\\$", "USD"}, {"€", "EUR"}, {"£", "GBP"}, {"¥", "JPY"}, {"₹", "INR"},
        {"₩", "KRW"}, {"₽", "RUB"}, {"RMB", "CNY"}, {"Rs\\.?", "INR"}};

    /** Currency words after the number (case-insensitive), most specific first; ISO codes are appended. */
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
        {"(?i:roubles?|rubles?)", "RUB"}};

    private static final Pattern MONEY_PREFIXED = Pattern.compile(
            "(?<![\\p{L}\\p{N}$€£¥₹])" + alternation("p", withIsoCodes(PREFIXES)) + SP + "?" + NUM + "(?:" + SCALE + ")?");

    private static final Pattern MONEY_SUFFIXED = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,$€£¥₹])" + NUM + "(?:" + SCALE + ")?" + SP + "+"
                    + alternation("c", withIsoCodes(SUFFIXES)) + "(?![\\p{L}])");

    /** Stops at "percentage": percent must not be followed by a letter. */
    private static final Pattern PERCENT = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])(?<sign>[-+\\u2212])?" + NUM
                    + "(?:" + SP + "?%|[ \\u00A0\\u202F-]?(?i:percent|per" + SP + "cent|pct)(?![\\p{L}]))");

    /** A hedge that ends exactly where an amount starts; longer phrases first. */
    private static final Pattern QUALIFIER = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?<q>(?i:as much as|as little as|as high as|as low as|in excess of|upwards of"
                    + "|more than|less than|fewer than|greater than|at least|at most|up to|close to|just over"
                    + "|just under|well over|an estimated|approximately|around|about|roughly|nearly|almost"
                    + "|some|over|under|above|below|estimated))" + SP + "+$");
    private static final int QUALIFIER_LOOKBACK = 24;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final String[] PREFIX_CODES = codes(withIsoCodes(PREFIXES));
    private static final String[] SUFFIX_CODES = codes(withIsoCodes(SUFFIXES));

    private static final Map<String, String> SCALE_NAMES = Map.ofEntries(
            Map.entry("k", "thousand"), Map.entry("thousand", "thousand"),
            Map.entry("m", "million"), Map.entry("mn", "million"), Map.entry("mln", "million"),
            Map.entry("million", "million"),
            Map.entry("b", "billion"), Map.entry("bn", "billion"), Map.entry("bln", "billion"),
            Map.entry("billion", "billion"),
            Map.entry("tn", "trillion"), Map.entry("trn", "trillion"), Map.entry("trillion", "trillion"),
            Map.entry("lakh", "lakh"), Map.entry("lakhs", "lakh"),
            Map.entry("crore", "crore"), Map.entry("crores", "crore"));

    private static final Map<String, BigDecimal> MULTIPLIERS = Map.of(
            "thousand", new BigDecimal("1E3"), "million", new BigDecimal("1E6"),
            "billion", new BigDecimal("1E9"), "trillion", new BigDecimal("1E12"),
            "lakh", new BigDecimal("1E5"), "crore", new BigDecimal("1E7"));

    /**
     * Where a match can start relative to the number in it. Every match contains a {@code NUM}, whose
     * first digit is a "number start": an ASCII digit not preceded by one (the lookbehinds of
     * MONEY_SUFFIXED and PERCENT exclude a preceding digit, and in MONEY_PREFIXED a prefix char or a
     * space precedes it). So a match starting at {@code i} has a number start {@code r} with
     * {@code r - MAX_LEAD <= i <= r - MIN_LEAD}, where the lead is what comes before NUM: for
     * MONEY_PREFIXED a prefix (1 to 6 chars, longest "U.S. $") and an optional space; nothing for
     * MONEY_SUFFIXED; an optional one-char sign for PERCENT. Only those positions are tried.
     */
    private static final int PREFIXED_MIN_LEAD = 1;
    private static final int PREFIXED_MAX_LEAD = 7;
    private static final int PERCENT_MAX_LEAD = 1;

    private static final String[] PREFIX_GROUPS = groupNames("p", PREFIX_CODES.length);
    private static final String[] SUFFIX_GROUPS = groupNames("c", SUFFIX_CODES.length);

    /** Amounts in text order, non-overlapping; null or empty text yields an empty list. */
    public List<Amount> extract(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        int[] starts = numberStarts(text);
        int count = starts[0];
        if (count == 0) {
            return List.of(); // every amount contains a digit
        }
        List<Amount> found = new ArrayList<>();
        collectMoney(text, MONEY_PREFIXED.matcher(text), PREFIX_GROUPS, PREFIX_CODES, false, starts,
                PREFIXED_MIN_LEAD, PREFIXED_MAX_LEAD, found);
        collectMoney(text, MONEY_SUFFIXED.matcher(text), SUFFIX_GROUPS, SUFFIX_CODES, true, starts, 0, 0, found);
        collectPercents(text, starts, found);
        if (found.isEmpty()) {
            return List.of();
        }
        // Leftmost wins, then the longer match ("US $5" over "$5", "$5 billion" over "5 billion dollars").
        found.sort(Comparator.comparingInt(Amount::start).thenComparing(Comparator.comparingInt(Amount::end).reversed()));
        List<Amount> out = new ArrayList<>(found.size());
        int lastEnd = 0;
        for (Amount a : found) {
            if (a.start() >= lastEnd) {
                Amount qualified = withQualifier(text, a, lastEnd);
                out.add(qualified);
                lastEnd = qualified.end();
            }
        }
        return List.copyOf(out);
    }

    /**
     * Number starts of {@code text} (see {@link #PREFIXED_MAX_LEAD}) ascending, in {@code [1, 1 + count)};
     * element 0 is the count.
     */
    private static int[] numberStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        boolean previousDigit = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (digit && !previousDigit) {
                if (++count == starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                }
                starts[count] = i;
            }
            previousDigit = digit;
        }
        starts[0] = count;
        return starts;
    }

    /**
     * Calls {@code sink} with each match that {@code while (m.find())} would report, but tries only the
     * positions {@code [r - maxLead, r - minLead]} of each number start {@code r}: a match is attempted
     * there exactly as find() would (anchored at the position, lookbehinds seeing the text before it),
     * in ascending order, resuming after each match.
     */
    private static void findNearNumbers(Matcher m, int length, int[] starts, int minLead, int maxLead,
                                        Consumer<Matcher> sink) {
        m.useTransparentBounds(true);
        int next = 0;
        for (int k = 1, count = starts[0]; k <= count; k++) {
            int r = starts[k];
            int last = r - minLead;
            for (int i = Math.max(next, r - maxLead); i <= last; ) {
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

    private static void collectMoney(String text, Matcher matcher, String[] groups, String[] codes,
                                     boolean suffixed, int[] starts, int minLead, int maxLead, List<Amount> out) {
        findNearNumbers(matcher, text.length(), starts, minLead, maxLead, m -> {
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
            out.add(new Amount(AmountKind.MONEY, value.doubleValue(), currency, number.doubleValue(), scale, null,
                    m.start(), m.end(), m.group()));
        });
    }

    private static void collectPercents(String text, int[] starts, List<Amount> out) {
        findNearNumbers(PERCENT.matcher(text), text.length(), starts, 0, PERCENT_MAX_LEAD, m -> {
            BigDecimal number = new BigDecimal(m.group("num").replace(",", ""));
            String sign = m.group("sign");
            if (sign != null && !sign.equals("+")) {
                number = number.negate();
            }
            double v = number.doubleValue();
            out.add(new Amount(AmountKind.PERCENT, v, null, v, null, null, m.start(), m.end(), m.group()));
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
                && isDigit(num.charAt(2)) && isDigit(num.charAt(3));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String scaleOf(Matcher m) {
        String word = m.group("sw") != null ? m.group("sw") : m.group("sa");
        return word == null ? null : SCALE_NAMES.get(word.toLowerCase(Locale.ROOT));
    }

    /** Extends the span backwards over a hedge that does not reach into the previous amount. */
    private static Amount withQualifier(String text, Amount a, int floor) {
        int from = Math.max(floor, a.start() - QUALIFIER_LOOKBACK);
        Matcher m = QUALIFIER.matcher(text).region(from, a.start());
        m.useTransparentBounds(true);
        if (!m.find()) {
            return a;
        }
        String qualifier = WHITESPACE.matcher(m.group("q").toLowerCase(Locale.ROOT)).replaceAll(" ");
        int start = m.start();
        return new Amount(a.kind(), a.value(), a.currency(), a.number(), a.scale(), qualifier,
                start, a.end(), text.substring(start, a.end()));
    }

    private static String[][] withIsoCodes(String[][] base) {
        String[][] all = new String[base.length + ISO_CODES.length][];
        System.arraycopy(base, 0, all, 0, base.length);
        for (int i = 0; i < ISO_CODES.length; i++) {
            all[base.length + i] = new String[] {ISO_CODES[i], ISO_CODES[i]};
        }
        return all;
    }

    /** {@code (?:(?<p0>re0)|(?<p1>re1)|...)}: the matching group index tells which currency it was. */
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
