package com.newspulse.core.topics;

import com.newspulse.core.keywords.StopWords;
import com.newspulse.core.text.Folding;
import com.newspulse.core.text.Scripts;
import com.newspulse.core.text.TextSegmenter;
import com.newspulse.core.text.Token;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An article as the bag of terms the topic model sees (the LDA input, before the vocabulary's
 * document-frequency cuts). Stateless and thread-safe.
 *
 * <p>Rules, deliberately simple so a term in the {@code topics} table is easy to trace back:
 *
 * <ol>
 *   <li>Tokens come from the same {@link TextSegmenter} as every other stage (title, then text);
 *       each is {@link Folding#fold folded} (NFKC, no diacritics, lower case) and inner apostrophes
 *       are removed ("don't" → "dont" after the stop-word check on "don't").
 *   <li>A word is a <em>content word</em> when it has only letters (inner hyphens allowed), at
 *       least {@link #MIN_LENGTH} letters, and is not a stop word (the bundled list the keyword
 *       extractor uses, with its news boilerplate: said, told, year...). Tokens with a digit
 *       (numbers, "h20", "2025") and punctuation are dropped.
 *   <li>Plural folding like the keyword extractor: a trailing "s" is dropped from words longer than
 *       3 letters unless they end in "ss", "us" or "is" ("chips" → "chip", "virus" stays), so
 *       singular and plural count as one term.
 *   <li>Phrases: two content words that are adjacent in the token stream (nothing, not even
 *       punctuation or a dropped word, between them) also give the bigram {@code first_second}
 *       ("export_control"). Both words still count on their own; the vocabulary's minimum document
 *       frequency keeps only phrases that recur.
 * </ol>
 */
public final class TopicTerms implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Minimum letters of a content word. */
  public static final int MIN_LENGTH = 3;

  /** Joins the two words of a phrase; never produced by the tokenizer inside a word. */
  public static final String PHRASE_JOINER = "_";

  private final TextSegmenter segmenter = new TextSegmenter();
  private final Set<String> stopWords;

  public TopicTerms() {
    this(StopWords.ENGLISH);
  }

  /** With another stop-word list (folded, lower case). */
  public TopicTerms(Set<String> stopWords) {
    this.stopWords = Set.copyOf(stopWords);
  }

  /**
   * Terms of one article, in text order, repeats kept (LDA counts them). Null parts are skipped.
   */
  public List<String> terms(String title, String text) {
    List<String> out = new ArrayList<>();
    add(title, out);
    add(text, out);
    return out;
  }

  private void add(String s, List<String> out) {
    if (s == null || s.isBlank()) {
      return;
    }
    String previous = null; // the content word just before the current token, if adjacent
    for (Token t : segmenter.segment(s).tokens()) {
      String w = contentWord(t.text());
      if (w == null) {
        previous = null;
        continue;
      }
      out.add(w);
      if (previous != null) {
        out.add(previous + PHRASE_JOINER + w);
      }
      previous = w;
    }
  }

  /** The term of one token when it is a content word, else null. */
  String contentWord(String token) {
    char first = token.isEmpty() ? ' ' : token.charAt(0);
    if (first < 0x80 && !Character.isLetter(first) && first != '\'') {
      return null; // punctuation, numbers: ASCII folds to itself, so no need to fold to know
    }
    String f = Folding.fold(token);
    if (stopWords.contains(f) || Scripts.notAWord(f)) {
      return null;
    }
    int letters = 0;
    boolean apostrophe = false;
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
      } else if (c == '\'') {
        apostrophe = true; // inner apostrophe: "o'neill" -> "oneill"
      } else if (c != '-' || i == 0 || i == f.length() - 1) {
        return null; // a digit or any other character: not a content word
      }
    }
    if (letters < MIN_LENGTH) {
      return null;
    }
    String w = singular(apostrophe ? f.replace("'", "") : f);
    return stopWords.contains(w) ? null : w;
  }

  static String singular(String w) {
    if (w.length() > 3
        && w.endsWith("s")
        && !w.endsWith("ss")
        && !w.endsWith("us")
        && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
