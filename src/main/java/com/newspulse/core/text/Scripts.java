package com.newspulse.core.text;

/**
 * Writing systems without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Myanmar,
 * Tibetan). Word-based extractors (keywords, terms) skip their text: without a word segmenter a run
 * of such letters is a whole clause, not a word. Matching still sees them (the segmenter makes each
 * ideograph its own token).
 */
public final class Scripts {
  /** Longest word (in chars) a keyword or term may contain; longer runs are not words. */
  public static final int MAX_WORD_CHARS = 40;

  private Scripts() {}

  public static boolean isUnspaced(int cp) {
    if (cp < 0x0E00) {
      return false; // Latin, Greek, Cyrillic, Arabic, Hebrew, Indic...: spaced
    }
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return switch (s) {
      case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN, YI -> true;
      default -> false;
    };
  }

  /** True when {@code word} is too long to be a word or contains an unspaced-script letter. */
  public static boolean notAWord(String word) {
    if (word.length() > MAX_WORD_CHARS) {
      return true;
    }
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      if (isUnspaced(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
