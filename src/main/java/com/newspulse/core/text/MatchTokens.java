package com.newspulse.core.text;

import java.util.Arrays;
import java.util.List;

/**
 * The token view that dictionary matchers work on: the segmenter's tokens, except that hyphenated
 * words are split into their parts and the hyphen ("Paris-based" → Paris, -, based), so an alias
 * still matches inside a compound while a hyphenated alias ("GPT-4", "Okonjo-Iweala") matches its
 * own parts. Aliases and texts both go through this class, so they always tokenize alike.
 *
 * <p>Each unit carries its char span, sentence, source token index and {@link Folding#fold folded}
 * key; the case-kept {@link Folding#normalize normal form} is computed on demand (only
 * case-sensitive aliases need it), so an instance is per text and not thread-safe.
 */
public final class MatchTokens {

  private final SegmentedText segmented;
  private final int size;
  private final int[] starts;
  private final int[] ends;
  private final int[] tokenIndex;
  private final String[] folded;
  private String[] normalized;

  private MatchTokens(
      SegmentedText segmented, int size, int[] starts, int[] ends, int[] tokenIndex) {
    this.segmented = segmented;
    this.size = size;
    this.starts = starts;
    this.ends = ends;
    this.tokenIndex = tokenIndex;
    this.folded = new String[size];
    for (int i = 0; i < size; i++) {
      String f = Folding.fold(unitText(i));
      // Never an empty key: a unit whose every code point folds away keeps its surface.
      folded[i] = f.isEmpty() ? unitText(i) : f;
    }
  }

  public static MatchTokens of(SegmentedText segmented) {
    List<Token> tokens = segmented.tokens();
    int capacity = tokens.size() + 8;
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    int[] tokenIndex = new int[capacity];
    int n = 0;
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      String s = t.text();
      int partStart = 0;
      for (int p = 1; p < s.length() - 1; p++) {
        char c = s.charAt(p);
        if (c == '-' || c == '\u2010' || c == '\u2011') {
          if (n + 3 > starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
            ends = Arrays.copyOf(ends, ends.length * 2);
            tokenIndex = Arrays.copyOf(tokenIndex, tokenIndex.length * 2);
          }
          starts[n] = t.start() + partStart;
          ends[n] = t.start() + p;
          tokenIndex[n++] = k;
          starts[n] = t.start() + p;
          ends[n] = t.start() + p + 1;
          tokenIndex[n++] = k;
          partStart = p + 1;
        }
      }
      if (n + 1 > starts.length) {
        starts = Arrays.copyOf(starts, starts.length * 2);
        ends = Arrays.copyOf(ends, ends.length * 2);
        tokenIndex = Arrays.copyOf(tokenIndex, tokenIndex.length * 2);
      }
      starts[n] = t.start() + partStart;
      ends[n] = t.end();
      tokenIndex[n++] = k;
    }
    return new MatchTokens(segmented, n, starts, ends, tokenIndex);
  }

  /** Units of a dictionary phrase (alias, term), segmented exactly like article text. */
  public static MatchTokens ofPhrase(TextSegmenter segmenter, String phrase) {
    return of(segmenter.segment(phrase));
  }

  public int size() {
    return size;
  }

  public String text() {
    return segmented.text();
  }

  /** The segmentation these units were split from. */
  public SegmentedText segmented() {
    return segmented;
  }

  public int start(int i) {
    return starts[i];
  }

  public int end(int i) {
    return ends[i];
  }

  public int sentence(int i) {
    return segmented.tokens().get(tokenIndex[i]).sentence();
  }

  /** Index of the segmenter token this unit belongs to. */
  public int tokenIndex(int i) {
    return tokenIndex[i];
  }

  /** The segmenter token this unit belongs to. */
  public Token token(int i) {
    return segmented.tokens().get(tokenIndex[i]);
  }

  /**
   * Case-folded key of unit {@code i}; never empty, so every matcher may read its first code point.
   */
  public String folded(int i) {
    return folded[i];
  }

  /** Case-kept normal form of unit {@code i}. */
  public String normalized(int i) {
    if (normalized == null) {
      normalized = new String[size];
    }
    String v = normalized[i];
    if (v == null) {
      v = Folding.normalize(unitText(i));
      if (v.isEmpty()) {
        v = unitText(i);
      }
      normalized[i] = v;
    }
    return v;
  }

  /** The unit's surface text; reuses the token's string when the unit is the whole token. */
  public String unitText(int i) {
    Token t = token(i);
    return t.start() == starts[i] && t.end() == ends[i]
        ? t.text()
        : segmented.text().substring(starts[i], ends[i]);
  }

  /** The folded keys of all units, e.g. to insert a phrase into a trie. */
  public List<String> foldedKeys() {
    return List.of(Arrays.copyOf(folded, size));
  }
}
