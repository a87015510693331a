package com.newspulse.core.feed;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A feed's headline label: a short prefix before a colon that the feed puts on many stories ("Ask
 * HN:", "WATCH:", "Analysis:", "Your Monday Briefing:") and that says what kind of item it is, not
 * what the item is about.
 *
 * <p>How it is told from a desk prefix that names the story ("Ukraine war:", "World Cup 2022:",
 * "Cost of living:"), with no word list: a desk prefix names the subject, so its words come back in
 * the rest of the item (the headline after the colon, or the summary) in a good share of the items
 * that carry it; a label's words almost never do. {@link #echoed} records, per item, whether any
 * word of its prefix comes back; {@link #isLabel} decides over a source's history. On RSS 2022 the
 * genre labels of every feed with 20 or more of them were echoed in 0-20% of their items (the
 * labels of one aggregator in 15-19%, where its summaries quote the headline), the desk prefixes in
 * 16-98% with most above 30%; see docs/quality.md. A prefix that is a known name ("Netflix:",
 * "Afghanistan:") is never a label (checked by the caller against the knowledge base): a column
 * named after its subject is about it even when the summary does not repeat the name.
 */
public final class HeadlineLabel {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}_]+");

  /** The most words a label has ("your monday briefing"); longer prefixes are headlines. */
  public static final int MAX_WORDS = 3;

  private HeadlineLabel() {}

  /**
   * Whether a headline prefix key has the form of a label: it ended at the first ": " of the
   * headline ({@link FeedUnits#titleUnits}) and has 1 to {@link #MAX_WORDS} words, at least one of
   * them made of two or more letters.
   */
  public static boolean isLabelForm(String key) {
    // A suffix unit's key starts with its separator ("- ask:"): only a headline's start is a label.
    if (key == null || !key.endsWith(":") || !Character.isLetterOrDigit(key.codePointAt(0))) {
      return false;
    }
    int all = 0;
    Matcher m = WORD.matcher(key);
    while (m.find()) {
      all++;
    }
    return all >= 1 && all <= MAX_WORDS && !words(key).isEmpty();
  }

  /**
   * The prefix's words that can echo: lower-case runs of two or more letters (numbers such as a
   * year are not the subject's name and are left out).
   */
  static List<String> words(String prefix) {
    List<String> out = new ArrayList<>(MAX_WORDS);
    Matcher m = WORD.matcher(fold(prefix));
    while (m.find()) {
      String w = m.group();
      if (w.length() >= 2 && w.codePoints().allMatch(Character::isLetter)) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * Whether a word of the headline's prefix {@code [0, prefixEnd)} comes back in the rest of the
   * headline or in the body.
   */
  public static boolean echoed(String title, int prefixEnd, String body) {
    List<String> words = words(title.substring(0, prefixEnd));
    if (words.isEmpty()) {
      return false;
    }
    Set<String> rest = new HashSet<>();
    collect(title.substring(prefixEnd), rest);
    if (body != null) {
      collect(body, rest);
    }
    for (String w : words) {
      if (rest.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Over a source's history: a label-form prefix on at least {@code minArticles} of its stories
   * whose words came back in at most {@code maxEcho} of the items carrying it.
   *
   * @param stories different stories of the source carrying the prefix (items with different
   *     headlines, counted per day)
   * @param articles items of the source carrying the prefix
   * @param echoes those of them where a word of the prefix came back ({@link #echoed})
   */
  public static boolean isLabel(
      long stories, long articles, long echoes, int minArticles, double maxEcho) {
    return stories >= minArticles && echoes <= maxEcho * articles;
  }

  /**
   * The name a prefix would be if it were one, for the knowledge-base check: "Netflix: " →
   * "netflix".
   */
  public static String name(String prefix) {
    String v = fold(prefix).strip();
    return v.endsWith(":") ? v.substring(0, v.length() - 1).strip() : v;
  }

  private static void collect(String text, Set<String> into) {
    Matcher m = WORD.matcher(fold(text));
    while (m.find()) {
      into.add(m.group());
    }
  }

  /** NFKC and lower case: how prefix words, echoes and names compare. */
  public static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }
}
