package com.newspulse.core.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The CoNLL 2003 text format ("token POS chunk tag" per line, a blank line after each sentence,
 * {@code -DOCSTART- -X- -X- O} before each document) and the {@code gold.sentences} JSON that
 * {@code import} keeps from the shared corpora. Both become {@link TaggedSentence}s; tags are
 * written as IOB2 (the corpus's {@code ner_iob2} when present), which Spark NLP's NER reads.
 */
public final class ConllFormat {
  public static final String DOCSTART = "-DOCSTART- -X- -X- O";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ConllFormat() {}

  /**
   * Sentences of one article's gold JSON: {@code {"sentences": [{"tokens": [...], "pos": [...],
   * "ner": [...]}]}}; empty when the JSON has no sentences.
   *
   * @throws IllegalArgumentException when the JSON is malformed or a sentence is inconsistent
   */
  public static List<TaggedSentence> fromGoldJson(String goldJson) {
    if (goldJson == null || goldJson.isBlank()) {
      return List.of();
    }
    JsonNode root;
    try {
      root = JSON.readTree(goldJson);
    } catch (IOException e) {
      throw new IllegalArgumentException("gold is not valid JSON: " + e.getMessage(), e);
    }
    JsonNode sentences = root.path("sentences");
    List<TaggedSentence> out = new ArrayList<>();
    for (JsonNode s : sentences) {
      List<String> tokens = strings(s.path("tokens"));
      List<String> tags = strings(s.has("ner_iob2") ? s.path("ner_iob2") : s.path("ner"));
      List<String> pos = s.has("pos") ? strings(s.path("pos")) : placeholders(tokens.size());
      if (!tokens.isEmpty()) {
        out.add(new TaggedSentence(tokens, pos, toIob2(tags)));
      }
    }
    return out;
  }

  /** IOB1 or IOB2 tags → IOB2: every entity's first token gets B-. */
  public static List<String> toIob2(List<String> tags) {
    List<String> out = new ArrayList<>(tags);
    for (IobChunks.Chunk c : IobChunks.of(tags)) {
      out.set(c.start(), "B-" + c.type());
      for (int i = c.start() + 1; i < c.end(); i++) {
        out.set(i, "I-" + c.type());
      }
    }
    for (int i = 0; i < out.size(); i++) {
      if (IobChunks.prefix(out.get(i)).equals("O")) {
        out.set(i, "O");
      }
    }
    return out;
  }

  /**
   * Documents (each a list of sentences) as CoNLL 2003 text; the chunk column is "-X-"
   * placeholders.
   */
  public static String write(List<List<TaggedSentence>> documents) {
    StringBuilder b = new StringBuilder();
    for (List<TaggedSentence> doc : documents) {
      if (doc.isEmpty()) {
        continue;
      }
      b.append(DOCSTART).append("\n\n");
      for (TaggedSentence s : doc) {
        for (int i = 0; i < s.tokens().size(); i++) {
          String token = s.tokens().get(i);
          if (token.isEmpty() || token.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(
                "a CoNLL token cannot be empty or contain whitespace: '" + token + "'");
          }
          b.append(token)
              .append(' ')
              .append(s.pos().get(i))
              .append(" -X- ")
              .append(s.tags().get(i))
              .append('\n');
        }
        b.append('\n');
      }
    }
    return b.toString();
  }

  /**
   * CoNLL 2003 text (space- or tab-separated columns, first the token, last the tag, second the POS
   * when there are 3 or more columns) → documents of IOB2 sentences.
   *
   * @throws IllegalArgumentException naming the line when a line has fewer than 2 columns
   */
  public static List<List<TaggedSentence>> read(String text) {
    List<List<TaggedSentence>> docs = new ArrayList<>();
    List<TaggedSentence> doc = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> pos = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int n = 0; n <= lines.length; n++) {
      String line = n < lines.length ? lines[n].strip() : "";
      boolean docStart = line.startsWith("-DOCSTART-");
      if (line.isEmpty() || docStart) {
        if (!tokens.isEmpty()) {
          doc.add(new TaggedSentence(tokens, pos, toIob2(tags)));
          tokens = new ArrayList<>();
          pos = new ArrayList<>();
          tags = new ArrayList<>();
        }
        if (docStart && !doc.isEmpty()) {
          docs.add(doc);
          doc = new ArrayList<>();
        }
        continue;
      }
      String[] cols = line.split("[ \t]+");
      if (cols.length < 2) {
        throw new IllegalArgumentException(
            "CoNLL line " + (n + 1) + " needs at least a token and a tag: '" + line + "'");
      }
      tokens.add(cols[0]);
      pos.add(cols.length >= 3 ? cols[1] : "-X-");
      tags.add(cols[cols.length - 1]);
    }
    if (!doc.isEmpty()) {
      docs.add(doc);
    }
    return docs;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> placeholders(int n) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add("-X-");
    }
    return out;
  }
}
