package com.newspulse.core.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sentence with {@code {slot}} placeholders, parsed once at class-initialisation time so
 * rendering is plain appends (no regex or scanning per article). {@code {@slot}} names the
 * article's subject: the same value wherever it recurs in one article, so a headline and its lead
 * agree on the company or country.
 */
final class Template {

  /** Supplies the text of one slot occurrence. */
  interface SlotSink {
    /** Appends a non-empty value without edge whitespace; returns its word count. */
    int fill(StringBuilder out, Slot slot, boolean subject);
  }

  private final String raw;
  private final String[] literals; // literals.length == slots.length + 1
  private final Slot[] slots;
  private final boolean[] subject;
  // Words with every slot counted as one; each slot then adds its value's words minus one.
  // Counting at parse time keeps the per-article cost off a char-by-char scan.
  private final int baseWords;

  private Template(String raw, String[] literals, Slot[] slots, boolean[] subject) {
    this.raw = raw;
    this.literals = literals;
    this.slots = slots;
    this.subject = subject;
    this.baseWords = words(String.join("X", literals));
  }

  static Template of(String raw) {
    List<String> literals = new ArrayList<>();
    List<Slot> slots = new ArrayList<>();
    List<Boolean> subject = new ArrayList<>();
    int pos = 0;
    while (true) {
      int open = raw.indexOf('{', pos);
      if (open < 0) {
        break;
      }
      int close = raw.indexOf('}', open);
      if (close < 0) {
        throw new IllegalArgumentException("unclosed '{' in template: " + raw);
      }
      literals.add(raw.substring(pos, open));
      String name = raw.substring(open + 1, close);
      boolean isSubject = name.startsWith("@");
      Slot slot;
      try {
        slot = Slot.valueOf(name.substring(isSubject ? 1 : 0).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown slot {" + name + "} in template: " + raw, e);
      }
      if (isSubject && slot.values == null) {
        throw new IllegalArgumentException(
            "{" + name + "} cannot be a subject (no word list): " + raw);
      }
      slots.add(slot);
      subject.add(isSubject);
      pos = close + 1;
    }
    literals.add(raw.substring(pos));
    boolean[] subjectFlags = new boolean[subject.size()];
    for (int i = 0; i < subjectFlags.length; i++) {
      subjectFlags[i] = subject.get(i);
    }
    return new Template(
        raw, literals.toArray(new String[0]), slots.toArray(new Slot[0]), subjectFlags);
  }

  static Template[] all(String... raws) {
    Template[] out = new Template[raws.length];
    for (int i = 0; i < raws.length; i++) {
      out[i] = of(raws[i]);
    }
    return out;
  }

  /**
   * Appends the sentence, upper-casing an ASCII first letter ("the Federal Reserve ..." leads; word
   * lists start lower-case only with ASCII articles); returns its word count.
   */
  int render(StringBuilder out, SlotSink sink) {
    int start = out.length();
    int words = baseWords;
    for (int i = 0; i < slots.length; i++) {
      out.append(literals[i]);
      words += sink.fill(out, slots[i], subject[i]) - 1;
    }
    out.append(literals[slots.length]);
    if (out.length() > start) {
      char first = out.charAt(start);
      if (first >= 'a' && first <= 'z') {
        out.setCharAt(start, (char) (first - ('a' - 'A')));
      }
    }
    return words;
  }

  /** Whitespace-separated tokens, as {@code s.trim().split("\s+")} counts them. */
  static int words(CharSequence s) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0, n = s.length(); i < n; i++) {
      boolean space = Character.isWhitespace(s.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  /** The unparsed template, for hygiene checks in tests. */
  String raw() {
    return raw;
  }

  @Override
  public String toString() {
    return raw;
  }
}
