package com.newspulse.core.feed;

import com.newspulse.core.text.Sentence;
import com.newspulse.core.text.TextSegmenter;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Splits a (markup-free) body into the units boilerplate is decided on. A line that is a bare link
 * ("Comments URL: https://...", "► Twitter: https://...": a URL or e-mail address with at most
 * {@link #LINK_LINE_MAX_WORDS} other words) is one unit of kind {@link Kind#LINK}; every other line
 * is a {@link Kind#LINE} unit, and when it has more than one sentence, each of its sentences is
 * also a {@link Kind#SENTENCE} unit. Each unit carries its {@link BoilerplateKey}. A headline's
 * units ({@link #titleUnits}) are its prefix before the first and its suffix after the last
 * separator ({@code " - "}, {@code " | "}, {@code " – "}, {@code " — "}, {@code ": "}), separator
 * included: the place where feeds brand their headlines ("... - CNET", "Show HN: ..."). A short
 * piece of a body line (the line, one of its sentences, its tail after {@code " | "} or a trailing
 * parenthesis) also yields {@link Kind#AFFIX} units: its {@link BoilerplateKey#affixes templates},
 * the fixed start or end of credit and byline lines around a varying name ("Photo by … / Getty
 * Images", "submitted by /u/…"); the templates of the tail and the parenthesis are {@link
 * Kind#CREDIT} units, because that is where captions carry their credit ("(Jane Roe/AP Photo)").
 *
 * <p>Why the two kinds: feed boilerplate (a sign-up line, "Read more...", a syndication footer) is
 * written as lines of its own, while a sentence inside a paragraph that recurs is usually shared
 * background ("Toyota is the world's largest carmaker"), which is content. So the history rule
 * treats them differently ({@code BoilerplateRules.boilerplate}).
 */
public final class FeedUnits implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Words besides the link that a link line may have ("Article URL:", "Follow us on Twitter:"). */
  public static final int LINK_LINE_MAX_WORDS = 4;

  public enum Kind {
    LINE,
    SENTENCE,
    LINK,
    TITLE,
    AFFIX,
    /**
     * A template of a line's tail after {@code " | "} or of its trailing parenthesis ("… ap photo",
     * "photo by …"): where captions carry their credit.
     */
    CREDIT
  }

  private static final String[] TITLE_SEPARATORS = {" - ", " | ", " \u2013 ", " \u2014 ", ": "};

  /**
   * A unit: char span {@code [start, end)} of the text it was split from, its key (null: never
   * boilerplate).
   */
  public record Unit(int start, int end, String key, Kind kind) {}

  private final TextSegmenter segmenter = new TextSegmenter();

  public List<Unit> units(String text) {
    List<Unit> out = new ArrayList<>();
    int n = text.length();
    int lineStart = 0;
    while (lineStart < n) {
      int nl = lineStart;
      while (nl < n && text.charAt(nl) != '\n' && text.charAt(nl) != '\r') {
        nl++;
      }
      addLine(text, lineStart, nl, out);
      lineStart = nl + 1;
    }
    return out;
  }

  private void addLine(String text, int from, int to, List<Unit> out) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (from >= to) {
      return;
    }
    String line = text.substring(from, to);
    if (isLinkLine(line)) {
      out.add(new Unit(from, to, BoilerplateKey.of(line), Kind.LINK));
      return;
    }
    out.add(new Unit(from, to, BoilerplateKey.of(line), Kind.LINE));
    addAffixes(text, from, to, Kind.AFFIX, out);
    List<Sentence> sentences = segmenter.segment(line).sentences();
    if (sentences.size() > 1) {
      for (Sentence s : sentences) {
        String sentence = line.substring(s.start(), s.end());
        out.add(
            new Unit(from + s.start(), from + s.end(), BoilerplateKey.of(sentence), Kind.SENTENCE));
        addAffixes(text, from + s.start(), from + s.end(), Kind.AFFIX, out);
      }
    }
    // Credits trail captions after a bar ("... | Photo by X / Getty Images") or in parentheses.
    int bar = line.lastIndexOf(" | ");
    if (bar > 0) {
      addAffixes(text, from + bar + 1, to, Kind.CREDIT, out);
    }
    int paren = line.lastIndexOf('(');
    if (paren > 0 && line.charAt(line.length() - 1) == ')') {
      addAffixes(text, from + paren, to, Kind.CREDIT, out);
    }
  }

  /**
   * The template units ({@link Kind#AFFIX} or {@link Kind#CREDIT}) of the piece {@code [from, to)}:
   * each spans the whole piece.
   */
  private static void addAffixes(String text, int from, int to, Kind kind, List<Unit> out) {
    for (String key : BoilerplateKey.affixes(text.substring(from, to))) {
      out.add(new Unit(from, to, key, kind));
    }
  }

  /** The headline's prefix and suffix units (none when it has no separator). */
  public List<Unit> titleUnits(String title) {
    List<Unit> out = new ArrayList<>(2);
    int first = -1;
    int firstLength = 0;
    int last = -1;
    int lastLength = 0;
    for (String sep : TITLE_SEPARATORS) {
      int f = title.indexOf(sep);
      if (f > 0 && (first < 0 || f < first)) {
        first = f;
        firstLength = sep.length();
      }
      int l = title.lastIndexOf(sep);
      if (l > 0 && l > last) {
        last = l;
        lastLength = sep.length();
      }
    }
    if (first > 0) {
      int end = first + firstLength;
      out.add(
          new Unit(
              0,
              end,
              BoilerplateKey.of(title.substring(0, end), BoilerplateKey.MIN_AFFIX_CHARS),
              Kind.TITLE));
    }
    if (last > 0 && last + lastLength < title.length()) {
      out.add(
          new Unit(
              last,
              title.length(),
              BoilerplateKey.of(title.substring(last), BoilerplateKey.MIN_AFFIX_CHARS),
              Kind.TITLE));
    }
    return out;
  }

  /** A line made of a link (URL or e-mail) and at most a few words. */
  static boolean isLinkLine(String line) {
    if (!BoilerplateKey.mayHaveUrl(line) && !BoilerplateKey.mayHaveEmail(line)) {
      return false;
    }
    Matcher m = BoilerplateKey.URL.matcher(line);
    String rest;
    if (m.find()) {
      rest = BoilerplateKey.EMAIL.matcher(m.replaceAll(" ")).replaceAll(" ");
    } else {
      Matcher e = BoilerplateKey.EMAIL.matcher(line);
      if (!e.find()) {
        return false;
      }
      rest = e.replaceAll(" ");
    }
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < rest.length(); i++) {
      boolean letter = Character.isLetterOrDigit(rest.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words <= LINK_LINE_MAX_WORDS;
  }
}
