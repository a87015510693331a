package com.newspulse.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes entity candidates in the knowledge-base TSV format ({@code conf/kb/*.tsv}), for review: a
 * {@code # reviewed: no} line, the header, then per candidate a comment with its evidence and one
 * entity row (id slugified from the key, name = the most frequent surface, no aliases).
 *
 * <p>Type mapping: PERSON, ORG and GPE are kept; UNKNOWN (no context cue fired) is exported as ORG,
 * because uncued multi-word proper nouns in news are mostly organisations and products, and the
 * knowledge base has no "unknown" type. The evidence comment says so, so the analyst checks these
 * rows first.
 */
public final class CandidateExport {
  public static final String HEADER = "id\ttype\tname\taliases\twikidata\tcountry\tcontext";

  /** One entity_candidates row, as the export needs it. */
  public record Item(
      String key,
      String surface,
      String suggestedType,
      long articles,
      long mentions,
      String firstSeen,
      String lastSeen,
      String sources,
      String exampleArticleIds) {}

  private CandidateExport() {}

  public static String kbType(String suggestedType) {
    return switch (suggestedType) {
      case "PERSON", "ORG", "GPE" -> suggestedType;
      default -> "ORG";
    };
  }

  /** Lowercase ASCII letters, digits and single '-' (the knowledge-base id rule). */
  public static String slug(String key) {
    String s =
        Normalizer.normalize(key, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "candidate" : s;
  }

  /** Writes {@code items} in the given order; ids are made unique with -2, -3 ... */
  public static void write(List<Item> items, Writer out) {
    try {
      out.write("# reviewed: no\n");
      out.write(
          "# NewsPulse entity candidates (newspulse candidates export). Review each row: fix the type,\n");
      out.write(
          "# add aliases, wikidata, country and context terms, then move it into a conf/kb/*.tsv file.\n");
      out.write(HEADER + "\n");
      Set<String> ids = new HashSet<>();
      for (Item c : items) {
        String base = slug(c.key());
        String id = base;
        for (int i = 2; !ids.add(id); i++) {
          id = base + "-" + i;
        }
        String type = kbType(c.suggestedType());
        out.write(
            "# "
                + clean(c.key())
                + ": "
                + c.articles()
                + " articles, "
                + c.mentions()
                + " mentions, "
                + c.firstSeen()
                + " .. "
                + c.lastSeen()
                + "; sources "
                + clean(c.sources())
                + "; e.g. "
                + clean(c.exampleArticleIds())
                + "; suggested "
                + c.suggestedType()
                + (type.equals(c.suggestedType())
                    ? ""
                    : " (exported as " + type + ": check the type)")
                + "\n");
        out.write(id + "\t" + type + "\t" + clean(c.surface()) + "\t\t\t\t\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String clean(String s) {
    return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ").strip();
  }
}
