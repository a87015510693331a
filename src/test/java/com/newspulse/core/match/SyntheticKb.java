package com.newspulse.core.match;

import com.newspulse.core.kb.KnowledgeBase;
import java.io.StringReader;

/** Deterministic synthetic knowledge bases for the scale test and the benchmark. */
final class SyntheticKb {

  private static final String[] SYLLABLES = {
    "ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "zu", "bra", "qui", "dex",
    "fon", "gal", "hir", "jun", "kel", "mor", "nix", "pax", "ros", "tul", "vin", "wex"
  };
  private static final int WORDS = 24 * 24 * 24 * 24;

  private SyntheticKb() {}

  /** A unique invented word per {@code i} (a bijection of 0..331,775 onto four-syllable words). */
  static String word(int i) {
    int v = (int) ((long) i * 7919 % WORDS);
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < 4; k++) {
      sb.append(SYLLABLES[v % 24]);
      v /= 24;
    }
    sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
    return sb.toString();
  }

  /** Name of synthetic entity {@code i}: one to three tokens. */
  static String name(int i) {
    return switch (i % 3) {
      case 0 -> word(i);
      case 1 -> word(i) + " Group";
      default -> word(i) + " " + word(WORDS - 1 - i) + " Labs";
    };
  }

  /** Second alias of synthetic entity {@code i}, disjoint from all names. */
  static String alias(int i) {
    return word(i) + " Holdings";
  }

  /** {@code aliases / 2} entities {@code syn-<i>}, each with its name and one more alias. */
  static KnowledgeBase build(int aliases) {
    StringBuilder tsv = new StringBuilder("id\ttype\tname\taliases\twikidata\tcountry\tcontext\n");
    for (int i = 0; i < aliases / 2; i++) {
      tsv.append("syn-")
          .append(i)
          .append("\tORG\t")
          .append(name(i))
          .append('\t')
          .append(alias(i))
          .append("\t\t\t\n");
    }
    return KnowledgeBase.parse("synthetic.tsv", new StringReader(tsv.toString()));
  }
}
