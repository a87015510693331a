package com.newspulse.core.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Entity chunks of an IOB tag sequence with the semantics of the CoNLL shared task's {@code
 * conlleval} script, so IOB1 ("I-PER I-PER", a B- only between two adjacent entities of one type)
 * and IOB2 ("B-PER I-PER") both decode the same way: a chunk starts at a B-, at an I- after O, and
 * at an I- whose type differs from the previous tag's; it ends before any of those and before O.
 */
public final class IobChunks {
  /** Tokens {@code [start, end)} of one entity of {@code type} (PER, ORG, LOC, MISC...). */
  public record Chunk(String type, int start, int end) {}

  private IobChunks() {}

  public static List<Chunk> of(List<String> tags) {
    List<Chunk> out = new ArrayList<>();
    String openType = null;
    int openStart = -1;
    for (int i = 0; i < tags.size(); i++) {
      String tag = tags.get(i);
      String prefix = prefix(tag);
      String type = type(tag);
      boolean continues = openType != null && prefix.equals("I") && type.equals(openType);
      if (!continues && openType != null) {
        out.add(new Chunk(openType, openStart, i));
        openType = null;
      }
      if (!continues && !prefix.equals("O")) {
        openType = type;
        openStart = i;
      }
    }
    if (openType != null) {
      out.add(new Chunk(openType, openStart, tags.size()));
    }
    return out;
  }

  /** "B", "I" or "O" ("E-"/"S-" of IOBES read as I/B; anything unknown as O). */
  static String prefix(String tag) {
    if (tag == null
        || tag.isEmpty()
        || tag.equals("O")
        || tag.length() < 3
        || tag.charAt(1) != '-') {
      return "O";
    }
    return switch (tag.charAt(0)) {
      case 'B', 'S' -> "B";
      case 'I', 'E' -> "I";
      default -> "O";
    };
  }

  static String type(String tag) {
    return prefix(tag).equals("O") ? "" : tag.substring(2);
  }
}
