package com.newspulse.core.ingest;

import com.newspulse.core.keywords.StopWords;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether an article is written in the language the analysis reads (English: the knowledge
 * base, taxonomy, stop words and tone lexicon are English), so that an item in another language is
 * quarantined as {@code UNSUPPORTED_LANGUAGE} instead of feeding its words to keywords, topics and
 * candidates. Real feeds mislabel: a feed that declares {@code en} carries Polish stories, and a
 * link aggregator's items are mostly markup (docs/quality.md, "Language").
 *
 * <p>Two kinds of evidence, both needed to reject on the text. A declared language ({@code lang})
 * other than English rejects outright. Otherwise the text (headline and body after boilerplate
 * removal) must have at least {@code minWords} words, and the function words of one other language
 * must make up at least {@code minShare} of its words and {@code minRatio} times the English ones,
 * with at least {@code minDistinct} different ones. Words both lists hold count for neither ("to",
 * "no" and "we" are Polish as well, "de" and "a" many languages') (a product name repeated, "Pro"
 * is Czech for "for", is not a language). Headline-style English has few function words ("Nvidia
 * unveils RTX 4090 GPU"), so low English alone proves nothing; positive evidence of another
 * language does. A text that is mostly names, numbers or an unspaced script reads as no language
 * and is analysed.
 */
public final class LanguageGate implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The config keys, named in every rejection. */
  public static final String CONFIG = "input.language";

  private static final Set<String> ENGLISH_TAGS = Set.of("en", "eng", "english");

  // ISO 639 codes that declare no language: undetermined, multiple, no linguistic content,
  // uncoded. The text decides.
  private static final Set<String> NO_LANGUAGE_TAGS = Set.of("und", "mul", "zxx", "mis");

  /** How much evidence the text needs; see the class comment. */
  public record Settings(
      boolean enabled, int minWords, double minShare, double minRatio, int minDistinct)
      implements Serializable {
    /** The defaults of defaults.conf (measured in docs/quality.md, "Language"). */
    public static final Settings DEFAULT = new Settings(true, 12, 0.06, 3.0, 3);

    /** No gate: every article is analysed whatever its language. */
    public static final Settings OFF = new Settings(false, 12, 0.06, 3.0, 3);
  }

  private final Settings settings;

  public LanguageGate(Settings settings) {
    this.settings = settings;
  }

  /**
   * Why the article is not in English, or empty when it is (or cannot be told).
   *
   * @param declared the item's {@code lang} (a BCP 47 tag such as {@code en-US}), or null
   * @param text what the extractors would read: headline and body, markup and boilerplate removed
   */
  public Optional<String> rejection(String declared, String text) {
    if (!settings.enabled()) {
      return Optional.empty();
    }
    String tag = primaryTag(declared);
    if (!tag.isEmpty() && !ENGLISH_TAGS.contains(tag) && !NO_LANGUAGE_TAGS.contains(tag)) {
      return Optional.of(
          "declared language '"
              + declared.strip()
              + "'; the analysis reads English ("
              + CONFIG
              + ".enabled = false analyses every item)");
    }
    Evidence e = evidence(text);
    if (e.words() < settings.minWords() || e.bestLanguage() < 0) {
      return Optional.empty();
    }
    double other = (double) e.otherWords() / e.words();
    if (other < settings.minShare()
        || e.otherWords() < settings.minRatio() * e.englishWords()
        || e.otherDistinct() < settings.minDistinct()) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "reads as %s: %d of its %d words are %s function words (%d different), %d English"
                + " ones (%s.min-share %.2f, min-ratio %.1f)",
            FunctionWords.LANGUAGES.get(e.bestLanguage()),
            e.otherWords(),
            e.words(),
            FunctionWords.LANGUAGES.get(e.bestLanguage()),
            e.otherDistinct(),
            e.englishWords(),
            CONFIG,
            settings.minShare(),
            settings.minRatio()));
  }

  /**
   * Word counts of a text: all words; the other language with the most function words (-1 when
   * none), its function words that are not English ones (in all and different ones) and the English
   * function words it does not list.
   */
  record Evidence(
      int words, int englishWords, int bestLanguage, int otherWords, int otherDistinct) {}

  static Evidence evidence(String text) {
    Tally tally = new Tally();
    if (text != null) {
      StringBuilder w = new StringBuilder();
      int i = 0;
      while (i <= text.length()) {
        int cp = i < text.length() ? text.codePointAt(i) : ' ';
        boolean apostrophe = (cp == '\'' || cp == '\u2019') && w.length() > 0;
        if (Character.isLetter(cp) || (apostrophe && nextIsLetter(text, i + 1))) {
          w.appendCodePoint(apostrophe ? '\'' : cp);
        } else if (w.length() > 0) {
          if (w.codePointCount(0, w.length()) > 1 || standaloneLowerCase(text, i - w.length(), i)) {
            tally.add(w.toString().toLowerCase(Locale.ROOT));
          }
          w.setLength(0);
        }
        i += Character.charCount(cp);
      }
    }
    return tally.evidence();
  }

  /** Counts words as {@link #evidence} reads them, per language. */
  private static final class Tally {
    private final int[] perLanguage = new int[FunctionWords.LANGUAGES.size()];
    private final int[] distinct = new int[perLanguage.length];
    private final int[] englishShared = new int[perLanguage.length];
    private final Set<String> seen = new HashSet<>();
    private int words;
    private int english;

    void add(String word) {
      words++;
      boolean isEnglish = StopWords.ENGLISH.contains(word);
      if (isEnglish) {
        english++;
      }
      long mask = FunctionWords.languages(word);
      boolean first = !isEnglish && mask != 0 && seen.add(word);
      for (; mask != 0; mask &= mask - 1) {
        int l = Long.numberOfTrailingZeros(mask);
        if (isEnglish) {
          englishShared[l]++;
        } else {
          perLanguage[l]++;
          distinct[l] += first ? 1 : 0;
        }
      }
    }

    Evidence evidence() {
      int best = -1;
      for (int l = 0; l < perLanguage.length; l++) {
        if (perLanguage[l] > 0 && (best < 0 || perLanguage[l] > perLanguage[best])) {
          best = l;
        }
      }
      return best < 0
          ? new Evidence(words, english, -1, 0, 0)
          : new Evidence(
              words, english - englishShared[best], best, perLanguage[best], distinct[best]);
    }
  }

  /**
   * Whether the one-letter word at {@code [start, end)} counts: lower case with white space (or the
   * text's edge) on both sides, as the Polish "w", "z" and "i" are. Initials and spelled-out
   * letters ("U L T R A", "l-o-v-e-s"), a user path's "/u/" and a unit's "x" do not.
   */
  private static boolean standaloneLowerCase(String text, int start, int end) {
    return Character.isLowerCase(text.codePointAt(start))
        && (start == 0 || Character.isWhitespace(text.charAt(start - 1)))
        && (end == text.length() || Character.isWhitespace(text.charAt(end)));
  }

  private static boolean nextIsLetter(String text, int i) {
    return i < text.length() && Character.isLetter(text.codePointAt(i));
  }

  private static String primaryTag(String declared) {
    if (declared == null) {
      return "";
    }
    String t = declared.strip().toLowerCase(Locale.ROOT);
    int cut = 0;
    while (cut < t.length() && t.charAt(cut) != '-' && t.charAt(cut) != '_') {
      cut++;
    }
    return t.substring(0, cut);
  }
}
