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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
}
