package com.newspulse.core.feed;

import java.util.Arrays;

/**
 * A text derived from a source string by deleting or replacing pieces (markup, entities,
 * boilerplate), with, for every char, the source span it came from. Extractors work on the derived
 * text; {@link #sourceStart}/{@link #sourceEnd} turn their spans back into offsets of the source,
 * so the tables' offsets always index the original {@code articles.text} or {@code title}.
 */
public final class MappedText {
  private final String source;
  private final String text;
  private final int[] from;
  private final int[] to;

  private MappedText(String source, String text, int[] from, int[] to) {
    this.source = source;
    this.text = text;
    this.from = from;
    this.to = to;
  }

  /** The source itself, every char mapping to itself. */
  public static MappedText identity(String source) {
    String s = source == null ? "" : source;
    int[] f = new int[s.length()];
    int[] t = new int[s.length()];
    for (int i = 0; i < f.length; i++) {
      f[i] = i;
      t[i] = i + 1;
    }
    return new MappedText(s, s, f, t);
  }

  public String source() {
    return source;
  }

  public String text() {
    return text;
  }

  public int length() {
    return text.length();
  }

  /** Source offset where the derived span starting at {@code start} begins. */
  public int sourceStart(int start) {
    return from[start];
  }

  /**
   * Source offset (exclusive) where the derived span ending at {@code end} (exclusive, > 0) ends.
   */
  public int sourceEnd(int end) {
    return to[end - 1];
  }

  /** The source text of derived span {@code [start, end)}. */
  public String sourceSurface(int start, int end) {
    return source.substring(sourceStart(start), sourceEnd(end));
  }

  /**
   * Index of the first derived char that comes from source offset {@code >= offset}, or length().
   */
  public int derivedIndex(int offset) {
    int i = Arrays.binarySearch(from, offset);
    if (i >= 0) {
      while (i > 0 && from[i - 1] == offset) {
        i--;
      }
      return i;
    }
    return -i - 1;
  }

  /** This text without the derived ranges {@code [starts[k], ends[k])} (sorted, disjoint). */
  public MappedText without(int[] starts, int[] ends) {
    if (starts.length == 0) {
      return this;
    }
    Builder b = new Builder(source, text.length());
    int k = 0;
    for (int i = 0; i < text.length(); i++) {
      while (k < starts.length && i >= ends[k]) {
        k++;
      }
      if (k < starts.length && i >= starts[k]) {
        continue;
      }
      b.append(text.charAt(i), from[i], to[i]);
    }
    return b.build();
  }

  /** Collects a derived text char by char, each with its source span. */
  public static final class Builder {
    private final String source;
    private final StringBuilder text;
    private int[] from;
    private int[] to;

    public Builder(String source, int capacity) {
      this.source = source;
      this.text = new StringBuilder(capacity);
      this.from = new int[Math.max(16, capacity)];
      this.to = new int[from.length];
    }

    public Builder append(char c, int sourceFrom, int sourceTo) {
      int n = text.length();
      if (n == from.length) {
        from = Arrays.copyOf(from, n * 2);
        to = Arrays.copyOf(to, n * 2);
      }
      text.append(c);
      from[n] = sourceFrom;
      to[n] = sourceTo;
      return this;
    }

    /**
     * A code point standing for source span {@code [sourceFrom, sourceTo)} (both chars of a pair
     * map to it).
     */
    public Builder appendCodePoint(int cp, int sourceFrom, int sourceTo) {
      for (char c : Character.toChars(cp)) {
        append(c, sourceFrom, sourceTo);
      }
      return this;
    }

    public int length() {
      return text.length();
    }

    public char charAt(int i) {
      return text.charAt(i);
    }

    public MappedText build() {
      int n = text.length();
      return new MappedText(source, text.toString(), Arrays.copyOf(from, n), Arrays.copyOf(to, n));
    }
  }
}
