package com.newspulse.bench;

import com.johnsnowlabs.nlp.annotators.TextMatcher;
import com.johnsnowlabs.nlp.util.io.ExternalResource;
import com.johnsnowlabs.nlp.util.io.ReadAs;
import com.newspulse.core.kb.Alias;
import com.newspulse.core.kb.KbEntity;
import com.newspulse.core.kb.KnowledgeBase;
import com.newspulse.core.match.EntityMatcher;
import com.newspulse.core.match.EntityMention;
import com.newspulse.spark.SparkNlpFront;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Entity extraction both ways on the same articles: ours ({@link EntityMatcher}, what the enrich
 * stage runs on the body) and the textbook Spark NLP reference (DocumentAssembler →
 * SentenceDetector → Tokenizer → TextMatcher fed with every alias of the knowledge base), plus the
 * untimed comparison of the two.
 *
 * <p>TextMatcher 5.5.3 has one {@code entityValue} per annotator and no "phrase,label" file format,
 * so with ~1,400 entities one annotator per entity is not practical; the reference uses one
 * TextMatcher over all aliases (one per line) and maps each matched chunk back to an entity id by
 * its lower-cased text (the unambiguous entity of that alias when there is one, else the first). It
 * matches case-insensitively ({@code setCaseSensitive(false)}): one global case setting, where our
 * KB has one per alias.
 */
final class EntityRows {
  static final StructType MENTION =
      new StructType()
          .add("entity_id", DataTypes.StringType)
          .add("start", DataTypes.IntegerType)
          .add("end", DataTypes.IntegerType)
          .add("surface", DataTypes.StringType)
          .add("method", DataTypes.StringType);

  /** One row per article: its mentions (so the row's count is the article count). */
  static final StructType MENTIONS =
      new StructType()
          .add("id", DataTypes.StringType)
          .add("mentions", DataTypes.createArrayType(MENTION, false));

  private EntityRows() {}

  static Dataset<Row> ours(Dataset<Row> articles, KnowledgeBase kb) {
    EntityMatcher matcher = new EntityMatcher(kb);
    return articles
        .select("id", "text")
        .mapPartitions(
            (MapPartitionsFunction<Row, Row>)
                rows -> {
                  List<Row> out = new ArrayList<>();
                  while (rows.hasNext()) {
                    Row r = rows.next();
                    String text = r.getString(1);
                    List<EntityMention> ms = text == null ? List.of() : matcher.match(text);
                    Row[] arr = new Row[ms.size()];
                    for (int i = 0; i < arr.length; i++) {
                      EntityMention m = ms.get(i);
                      arr[i] =
                          RowFactory.create(
                              m.entityId(), m.start(), m.end(), m.surface(), m.method());
                    }
                    out.add(RowFactory.create(r.getString(0), arr));
                  }
                  return out.iterator();
                },
            Encoders.row(MENTIONS));
  }

  /** Writes one alias per line (distinct, in KB order) for {@code TextMatcher.setEntities}. */
  static Path writePhrases(KnowledgeBase kb, Path file) {
    Set<String> lines = new LinkedHashSet<>();
    for (KbEntity e : kb.entities()) {
      for (Alias a : e.aliases()) {
        lines.add(a.text().replaceAll("\\s+", " ").trim());
      }
    }
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** The textbook pipeline; the chunk → entity id lookup runs per partition after the transform. */
  static Dataset<Row> sparkNlp(Dataset<Row> articles, KnowledgeBase kb, Path phrases) {
    Dataset<Row> in = articles.select("id", "text");
    TextMatcher matcher = new TextMatcher();
    matcher.setInputCols(new String[] {"sentence", "token"});
    matcher.setOutputCol("entity");
    matcher.setEntities(
        new ExternalResource(
            phrases.toAbsolutePath().toString(),
            ReadAs.TEXT(),
            scala.collection.immutable.Map$.MODULE$
                .<String, String>empty()
                .$plus(scala.Tuple2.apply("format", "text"))));
    matcher.setCaseSensitive(false);
    matcher.setEntityValue("entity");
    List<PipelineStage> stages = SparkNlpFront.stages();
    stages.add(matcher);
    PipelineModel model = new Pipeline().setStages(stages.toArray(PipelineStage[]::new)).fit(in);
    AliasIndex index = new AliasIndex(kb);
    return model
        .transform(in)
        .selectExpr("id", "entity.begin as b", "entity.end as e", "entity.result as r")
        .mapPartitions(
            (MapPartitionsFunction<Row, Row>)
                rows -> {
                  List<Row> out = new ArrayList<>();
                  while (rows.hasNext()) {
                    Row r = rows.next();
                    List<Integer> b = r.getList(1);
                    List<Integer> e = r.getList(2);
                    List<String> s = r.getList(3);
                    Row[] arr = new Row[s.size()];
                    for (int i = 0; i < arr.length; i++) {
                      List<Candidate> c = index.candidates(s.get(i));
                      String id = c.isEmpty() ? "?" : AliasIndex.chosen(c).entity();
                      arr[i] =
                          RowFactory.create(id, b.get(i), e.get(i) + 1, s.get(i), "textmatcher");
                    }
                    out.add(RowFactory.create(r.getString(0), arr));
                  }
                  return out.iterator();
                },
            Encoders.row(MENTIONS));
  }

  record Candidate(String entity, String alias, boolean ambiguous, boolean caseSensitive)
      implements Serializable {}

  /** Lower-cased, space-normalised alias text → the KB aliases with that text. */
  static final class AliasIndex implements Serializable {
    private final Map<String, List<Candidate>> byKey = new HashMap<>();

    AliasIndex(KnowledgeBase kb) {
      for (KbEntity e : kb.entities()) {
        for (Alias a : e.aliases()) {
          byKey
              .computeIfAbsent(key(a.text()), k -> new ArrayList<>())
              .add(new Candidate(e.id(), a.text(), a.ambiguous(), a.caseSensitive()));
        }
      }
    }

    static String key(String s) {
      return s.replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }

    List<Candidate> candidates(String surface) {
      return byKey.getOrDefault(key(surface), List.of());
    }

    static Candidate chosen(List<Candidate> c) {
      return c.stream().filter(x -> !x.ambiguous()).findFirst().orElse(c.get(0));
    }
  }

  // ------------------------------------------------------------------ comparison (untimed)

  static final String AGREE = "agree: same span, same entity";
  static final String AMBIGUOUS = "definition: ambiguous alias needs context";
  static final String CASE = "definition: case rule";
  static final String INSIDE = "theirs: inside a word / wrong span";
  static final String SURNAME = "ours: surname rule";
  static final String TOKEN = "definition: tokenization ('s, hyphen words kept whole; U.S. split)";
  static final String NESTED =
      "definition: nested match (TextMatcher reports phrases inside longer ones)";
  static final String FOLDING = "definition: folding (’ é ... vs the alias)";
  static final String OVERLAP = "definition: overlapping spans (longest match, merge)";
  static final String OTHER = "other";

  static final StructType DIFF =
      new StructType()
          .add("bucket", DataTypes.StringType)
          .add("side", DataTypes.StringType)
          .add("article", DataTypes.StringType)
          .add("entity_id", DataTypes.StringType)
          .add("start", DataTypes.IntegerType)
          .add("surface", DataTypes.StringType)
          .add("context", DataTypes.StringType);

  /**
   * One row per mention of either side, classified: {@code side} is both / ours / theirs. Input:
   * articles (id, text) joined with both mention arrays.
   */
  static Dataset<Row> classify(
      Dataset<Row> articles, Dataset<Row> ours, Dataset<Row> theirs, KnowledgeBase kb) {
    AliasIndex index = new AliasIndex(kb);
    Dataset<Row> joined =
        articles
            .select("id", "text")
            .join(ours.withColumnRenamed("mentions", "o"), "id")
            .join(theirs.withColumnRenamed("mentions", "t"), "id");
    return joined.mapPartitions(
        (MapPartitionsFunction<Row, Row>)
            rows -> {
              List<Row> out = new ArrayList<>();
              while (rows.hasNext()) {
                Row r = rows.next();
                classifyArticle(
                    r.getString(0), r.getString(1), r.getList(2), r.getList(3), index, out);
              }
              return out.iterator();
            },
        Encoders.row(DIFF));
  }

  private static void classifyArticle(
      String article, String text, List<Row> o, List<Row> t, AliasIndex index, List<Row> out) {
    Map<Long, Row> theirsBySpan = new LinkedHashMap<>();
    for (Row m : t) {
      theirsBySpan.put(span(m), m);
    }
    Set<Long> used = new java.util.HashSet<>();
    List<Row> oursLeft = new ArrayList<>();
    for (Row m : o) {
      Row x = theirsBySpan.get(span(m));
      if (x != null) {
        used.add(span(m));
        if (x.getString(0).equals(m.getString(0))) {
          out.add(diff(AGREE, "both", article, m, text));
        } else {
          List<Candidate> c = index.candidates(x.getString(3));
          out.add(
              diff(
                  c.size() > 1 ? AMBIGUOUS : OTHER,
                  "both, other id (theirs " + x.getString(0) + ")",
                  article,
                  m,
                  text));
        }
      } else {
        oursLeft.add(m);
      }
    }
    List<Row> theirsLeft = new ArrayList<>();
    for (Row m : t) {
      if (!used.contains(span(m))) {
        theirsLeft.add(m);
      }
    }
    for (Row m : oursLeft) {
      String bucket;
      Row overlap = overlapping(m, theirsLeft);
      if (EntityMention.SURNAME.equals(m.getString(4))) {
        bucket = SURNAME;
      } else if (overlap != null) {
        bucket = atWordBoundary(text, overlap) ? OVERLAP : INSIDE;
      } else if (index.candidates(m.getString(3)).isEmpty()) {
        bucket = FOLDING;
      } else if (gluedAfter(text, m.getInt(2))
          || gluedBefore(text, m.getInt(1))
          || m.getString(3).contains(".")) {
        bucket = TOKEN;
      } else {
        bucket = OTHER;
      }
      out.add(diff(bucket, "ours", article, m, text));
    }
    for (Row m : theirsLeft) {
      String bucket;
      List<Candidate> c = index.candidates(m.getString(3));
      Candidate chosen = c.isEmpty() ? null : AliasIndex.chosen(c);
      if (!atWordBoundary(text, m)) {
        bucket = INSIDE;
      } else if (inside(m, o) || inside(m, t)) {
        bucket = NESTED;
      } else if (overlapping(m, oursLeft) != null) {
        bucket = OVERLAP;
      } else if (chosen != null
          && c.stream().allMatch(Candidate::caseSensitive)
          && c.stream().noneMatch(x -> x.alias().equals(m.getString(3)))) {
        bucket = CASE;
      } else if (chosen != null && c.stream().anyMatch(Candidate::ambiguous)) {
        bucket = AMBIGUOUS;
      } else {
        bucket = OTHER;
      }
      out.add(diff(bucket, "theirs", article, m, text));
    }
  }

  private static long span(Row m) {
    return ((long) m.getInt(1) << 32) | m.getInt(2);
  }

  private static Row overlapping(Row m, List<Row> others) {
    for (Row x : others) {
      if (x.getInt(1) < m.getInt(2) && m.getInt(1) < x.getInt(2)) {
        return x;
      }
    }
    return null;
  }

  /** {@code m} lies within another mention of {@code others} with a different (longer) span. */
  private static boolean inside(Row m, List<Row> others) {
    for (Row x : others) {
      if (x.getInt(1) <= m.getInt(1) && m.getInt(2) <= x.getInt(2) && span(x) != span(m)) {
        return true;
      }
    }
    return false;
  }

  private static boolean atWordBoundary(String text, Row m) {
    int s = m.getInt(1);
    int e = m.getInt(2);
    return (s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1)))
        && (e >= text.length() || !Character.isLetterOrDigit(text.charAt(e)));
  }

  private static boolean gluedAfter(String text, int end) {
    if (end >= text.length()) {
      return false;
    }
    char c = text.charAt(end);
    return c == '\'' || c == '’' || c == '-' || Character.isLetterOrDigit(c);
  }

  private static boolean gluedBefore(String text, int start) {
    if (start == 0) {
      return false;
    }
    char c = text.charAt(start - 1);
    return c == '-' || c == '/' || Character.isLetterOrDigit(c);
  }

  private static Row diff(String bucket, String side, String article, Row m, String text) {
    int s = m.getInt(1);
    int e = m.getInt(2);
    String ctx =
        text.substring(Math.max(0, s - 30), Math.min(text.length(), e + 30))
            .replaceAll("\\s+", " ");
    return RowFactory.create(bucket, side, article, m.getString(0), s, m.getString(3), ctx);
  }

  /** Helper for printing: ordered bucket names. */
  static List<String> bucketOrder() {
    return List.of(AGREE, AMBIGUOUS, CASE, INSIDE, SURNAME, NESTED, TOKEN, FOLDING, OVERLAP, OTHER);
  }

  static Map<String, Long> sortedCounts(Iterator<Row> rows) {
    Map<String, Long> m = new TreeMap<>();
    rows.forEachRemaining(r -> m.put(r.getString(0), r.getLong(1)));
    return m;
  }
}
