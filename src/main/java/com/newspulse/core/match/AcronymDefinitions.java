package com.newspulse.core.match;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Acronyms an article defines itself: "the Climate Change Committee (CCC)", "Committee on Foreign
 * Investment in the United States (CFIUS)". Within that article the acronym means what it defined,
 * which overrides the knowledge base: a KB entity with the same acronym is linked only when one of
 * its aliases is the defined long form.
 *
 * <p>A definition is a parenthesised run of 2-6 capitals (digits and '&amp;' allowed after the
 * first) right after capitalised words whose initials spell it, small function words (of, and, the,
 * for, on, in, to, at, &amp;) skipped.
 */
public final class AcronymDefinitions {
  private static final Pattern DEFINED = Pattern.compile("\\(([A-Z][A-Z0-9&]{1,5})\\)");
  private static final java.util.Set<String> SKIPPED =
      java.util.Set.of(
          "of", "and", "the", "for", "on", "in", "to", "at", "&", "de", "du", "des", "la", "le");

  private AcronymDefinitions() {}

  /** Acronym → its long form as written, for every definition in the text. */
  public static Map<String, String> of(String text) {
    if (text.indexOf('(') < 0) {
      return Map.of();
    }
    Map<String, String> out = null;
    Matcher m = DEFINED.matcher(text);
    while (m.find()) {
      String acronym = m.group(1);
      String longForm = longForm(text, m.start(), acronym.replace("&", ""));
      if (longForm != null) {
        if (out == null) {
          out = new HashMap<>();
        }
        out.putIfAbsent(acronym, longForm);
      }
    }
    return out == null ? Map.of() : out;
  }

  /** The words before {@code paren} whose initials spell {@code letters}, or null. */
  private static String longForm(String text, int paren, String letters) {
    int end = paren;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int pos = end;
    int need = letters.length();
    while (need > 0 && pos > 0) {
      int wordEnd = pos;
      while (wordEnd > 0 && Character.isWhitespace(text.charAt(wordEnd - 1))) {
        wordEnd--;
      }
      int wordStart = wordEnd;
      while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))) {
        wordStart--;
      }
      if (wordStart == wordEnd) {
        return null;
      }
      String word = text.substring(wordStart, wordEnd);
      pos = wordStart;
      if (SKIPPED.contains(word.toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      char initial = word.charAt(0);
      if (!Character.isUpperCase(initial) || initial != letters.charAt(need - 1)) {
        return null;
      }
      need--;
    }
    return need == 0 ? text.substring(pos, end) : null;
  }
}
