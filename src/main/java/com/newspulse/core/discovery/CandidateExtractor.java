package com.newspulse.core.discovery;

import com.newspulse.core.match.EntityMention;
import com.newspulse.core.text.Folding;
import com.newspulse.core.text.SegmentedText;
import com.newspulse.core.text.Sentence;
import com.newspulse.core.text.Token;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds proper-noun phrases that the knowledge base does not cover yet, as input for growing it.
 *
 * <p><b>Phrases.</b> A phrase is a maximal run of capitalised tokens within a sentence, where
 * {@code of & de von van der del da al bin} may join two capitalised tokens ("Bank of England",
 * "Procter & Gamble"). Capitalised tokens include acronyms and hyphenated names; trailing "Inc",
 * "Corp" are capitalised and so stay in. Runs stop at punctuation, numbers, lower-case words,
 * tokens covered by a known mention, and month and weekday names (which are capitalised but never
 * part of a new name in practice). "and" joins only when the phrase carries an organisation suffix
 * ("Marks and Spencer Group"): otherwise "Britain and France" would become one name.
 *
 * <p><b>Trimming.</b> At sentence start a leading function word ("The", "However", "In", "After")
 * is dropped, because capitalisation there says nothing; for the same reason a single word at
 * sentence start ("Talks resumed.") counts only when the same word also appears capitalised inside
 * a sentence of the text (names recur; common nouns do not). Stop words that start names ("New" in
 * "New Harbor Group") are dropped only when they stand alone. Leading titles ("President", "Prime
 * Minister", "Mr") are dropped and kept as the PERSON cue, unless the phrase has an organisation
 * word ("Executive Committee", "President Hotel Group"). A remaining single token that is a stop
 * word (written in lower or title case, "It", "We") is no candidate. Sentences that are mostly
 * upper case (more than 60% of the tokens with letters are all-caps, e.g. headlines pasted into the
 * body) are skipped: capitalisation carries no signal there.
 *
 * <p><b>Suggested type</b>, first matching cue wins:
 *
 * <ol>
 *   <li>ORG: an organisation word in the phrase or right after it ("Inc", "Bank", "Ministry", ...),
 *       cue {@code suffix:<word>};
 *   <li>PERSON: a title before the phrase ("Mr.", "chief executive", "President"), cue {@code
 *       title:<title>};
 *   <li>PERSON: a two- or three-word name-shaped phrase (each word capitalised then lower case)
 *       followed by "said"/"says"/"told" or ", who", or preceded by "said", cue {@code
 *       pattern:said} / {@code pattern:who};
 *   <li>GPE: a single token right after "in" and not before a number ("in Season 2" is no place),
 *       cue {@code prep:in} (weak: "in Brussels" is usually a place, while "at"/"from" precede
 *       companies as often as places and give no cue);
 *   <li>otherwise UNKNOWN, cue {@code none}.
 * </ol>
 *
 * <p>Stateless, thread-safe, serializable for Spark.
 */
public final class CandidateExtractor implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A covered char range {@code [start, end)}, e.g. a knowledge-base mention. */
  public record Span(int start, int end) {
    public static Span of(EntityMention m) {
      return new Span(m.start(), m.end());
    }
  }

  static final double ALL_CAPS_SHARE = 0.6;

  /** Candidates outside the given knowledge-base mentions, in text order. */
  public List<Candidate> extract(SegmentedText text, List<EntityMention> known) {
    List<Span> spans = new ArrayList<>(known.size());
    for (EntityMention m : known) {
      spans.add(Span.of(m));
    }
    return extractOutside(text, spans);
  }

  /** Candidates outside the given covered char ranges, in text order. */
  public List<Candidate> extractOutside(SegmentedText text, List<Span> covered) {
    List<Token> tokens = text.tokens();
    boolean[] blocked = blocked(tokens, covered);
    List<Candidate> out = new ArrayList<>();
    Set<String> lowerCase = new HashSet<>();
    for (Token t : tokens) {
      if (Character.isLowerCase(t.text().codePointAt(0))) {
        lowerCase.add(t.text());
      }
    }
    int first = 0;
    for (Sentence sentence : text.sentences()) {
      int last = first;
      while (last < tokens.size() && tokens.get(last).sentence() == sentence.index()) {
        last++;
      }
      if (!mostlyUpperCase(tokens, first, last)) {
        scanSentence(text.text(), tokens, blocked, first, last, lowerCase, out);
      }
      first = last;
    }
    return List.copyOf(out);
  }

  private void scanSentence(
      String text,
      List<Token> tokens,
      boolean[] blocked,
      int from,
      int to,
      Set<String> lowerCase,
      List<Candidate> out) {
    int firstWord = from;
    while (firstWord < to
        && !Character.isLetterOrDigit(tokens.get(firstWord).text().codePointAt(0))) {
      firstWord++;
    }
    int i = from;
    while (i < to) {
      if (!nameToken(tokens, blocked, i)) {
        i++;
        continue;
      }
      int end = i;
      while (true) {
        int k = end + 1;
        if (k < to && adjacent(text, tokens, end, k) && nameToken(tokens, blocked, k)) {
          end = k;
        } else if (k + 1 < to
            && CandidateCues.CONNECTORS.contains(tokens.get(k).text())
            && adjacent(text, tokens, end, k)
            && adjacent(text, tokens, k, k + 1)
            && nameToken(tokens, blocked, k + 1)) {
          end = k + 1;
        } else {
          break;
        }
      }
      PhraseTrimmer.run(text, tokens, i, end, i == firstWord, to, lowerCase, out);
      i = end + 1;
    }
  }

  private static boolean nameToken(List<Token> tokens, boolean[] blocked, int i) {
    if (blocked[i]) {
      return false;
    }
    String w = tokens.get(i).text();
    int cp = w.codePointAt(0);
    return (Character.isUpperCase(cp) || Character.isTitleCase(cp))
        && !CandidateCues.CALENDAR.contains(fold(tokens.get(i)));
  }

  /**
   * Tokens separated by at most plain spaces (a line break or tab ends a name, e.g. in a byline).
   */
  private static boolean adjacent(String text, List<Token> tokens, int a, int b) {
    for (int c = tokens.get(a).end(); c < tokens.get(b).start(); c++) {
      if (text.charAt(c) != ' ' && text.charAt(c) != '\u00A0') {
        return false;
      }
    }
    return true;
  }

  private static boolean mostlyUpperCase(List<Token> tokens, int from, int to) {
    int letterTokens = 0;
    int caps = 0;
    for (int k = from; k < to; k++) {
      String w = tokens.get(k).text();
      if (w.codePoints().anyMatch(Character::isLetter)) {
        letterTokens++;
        if (isAllCaps(w)) {
          caps++;
        }
      }
    }
    return letterTokens > 0 && caps > ALL_CAPS_SHARE * letterTokens;
  }

  static boolean isAllCaps(String w) {
    return w.codePoints().anyMatch(Character::isUpperCase)
        && w.codePoints().noneMatch(Character::isLowerCase);
  }

  static String fold(Token t) {
    return Folding.fold(t.text());
  }

  /** Folded, whitespace collapsed, trailing possessive ('s or a bare ') removed. */
  static String key(String surface) {
    String k = Folding.fold(surface).strip().replaceAll("\\s+", " ");
    if (k.endsWith("'s")) {
      k = k.substring(0, k.length() - 2);
    } else if (k.endsWith("'")) {
      k = k.substring(0, k.length() - 1);
    }
    return k.strip();
  }

  private static boolean[] blocked(List<Token> tokens, List<Span> covered) {
    boolean[] blocked = new boolean[tokens.size()];
    List<Span> spans = new ArrayList<>(covered);
    spans.sort(Comparator.comparingInt(Span::start));
    int s = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      while (s < spans.size() && spans.get(s).end() <= t.start()) {
        s++;
      }
      for (int j = s; j < spans.size() && spans.get(j).start() < t.end(); j++) {
        if (spans.get(j).end() > t.start()) {
          blocked[i] = true;
          break;
        }
      }
    }
    return blocked;
  }
}
