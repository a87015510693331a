package com.newspulse.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The rows of the bench table, in the order they run. */
public enum BenchRow {
  FLOOR("floor", false, "read the Parquet, touch every char of every text, write one row"),
  SEGMENT_OURS("segment-ours", false, "TextSegmenter: sentences + tokens per article"),
  SEGMENT_SPARKNLP(
      "segment-sparknlp", true, "Spark NLP DocumentAssembler -> SentenceDetector -> Tokenizer"),
  KEYWORDS_OURS("keywords-ours", false, "KeywordExtractor(10, 3) per article"),
  KEYWORDS_SPARKNLP(
      "keywords-sparknlp", true, "Spark NLP ... -> Tokenizer -> YakeKeywordExtraction(10, 1..3)"),
  ENTITIES_OURS(
      "entities-ours", false, "EntityMatcher (the enrich stage's entity matching) per article"),
  ENTITIES_SPARKNLP(
      "entities-sparknlp",
      true,
      "Spark NLP ... -> Tokenizer -> TextMatcher fed with every KB alias (the textbook reference)"),
  ENRICH("enrich", false, "the project's enrich stage on already-ingested articles"),
  RUN("run", false, "the whole run (ingest, enrich, trends, publish) into a fresh folder"),
  // Opt-in rows (not in the default set): they need a model or take long.
  ENRICH_NER(
      "enrich-ner",
      true,
      "the enrich stage with statistical NER on (needs ner.model=DIR from train-ner)"),
  ENRICH_KB_1K("enrich-kb1k", false, "the enrich stage, knowledge base + 1,000 synthetic aliases"),
  ENRICH_KB_100K(
      "enrich-kb100k", false, "the enrich stage, knowledge base + 100,000 synthetic aliases"),
  ENRICH_KB_1M(
      "enrich-kb1m", false, "the enrich stage, knowledge base + 1,000,000 synthetic aliases"),
  SHORT_TEXT(
      "short-text",
      false,
      "the whole run on the same corpus with two-sentence bodies (a feed's headline + summary)"),
  DAILY_AFTER_HISTORY(
      "daily-after-history",
      false,
      "the corpus's last day on an output holding every earlier day (history built untimed);"
          + " the same day on an empty output in the notes"),
  SMALL_RUNS(
      "small-runs",
      false,
      "the corpus's first day run 10 times in a row in one JVM, each into a fresh folder: a run's"
          + " fixed cost; the figures are the last 5 runs together");

  private final String id;
  private final boolean sparkNlp;
  private final String description;

  BenchRow(String id, boolean sparkNlp, String description) {
    this.id = id;
    this.sparkNlp = sparkNlp;
    this.description = description;
  }

  public String id() {
    return id;
  }

  /** A row that uses Spark NLP: its failure (e.g. offline) is reported in the table, not fatal. */
  public boolean sparkNlp() {
    return sparkNlp;
  }

  public String description() {
    return description;
  }

  /** Rows run when none are named: all but the opt-in ones. */
  public static List<BenchRow> defaults() {
    return Arrays.stream(values()).filter(r -> r.ordinal() <= RUN.ordinal()).toList();
  }

  /** Extra synthetic aliases of an {@code enrich-kb*} row; 0 for the others. */
  public int syntheticAliases() {
    return switch (this) {
      case ENRICH_KB_1K -> 1_000;
      case ENRICH_KB_100K -> 100_000;
      case ENRICH_KB_1M -> 1_000_000;
      default -> 0;
    };
  }

  public static String ids() {
    return Arrays.stream(values()).map(BenchRow::id).collect(Collectors.joining(","));
  }

  /** Row ids (case-insensitive, any order, repeats ignored) to rows in run order. */
  public static List<BenchRow> parse(List<String> ids) {
    List<String> unknown = new ArrayList<>();
    List<BenchRow> wanted = new ArrayList<>();
    for (String raw : ids) {
      String s = raw.trim().toLowerCase(Locale.ROOT);
      if (s.isEmpty()) {
        continue;
      }
      BenchRow match = Arrays.stream(values()).filter(r -> r.id.equals(s)).findFirst().orElse(null);
      if (match == null) {
        unknown.add(raw);
      } else {
        wanted.add(match);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown bench row(s) " + unknown + "; known: " + ids());
    }
    if (wanted.isEmpty()) {
      throw new IllegalArgumentException("no bench rows given; known: " + ids());
    }
    return Arrays.stream(values()).filter(wanted::contains).toList();
  }
}
