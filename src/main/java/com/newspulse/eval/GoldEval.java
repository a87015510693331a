package com.newspulse.eval;

import com.newspulse.core.eval.NameRecall;
import com.newspulse.core.eval.Prf;
import com.newspulse.core.eval.SetScorer;
import com.newspulse.spark.TableStore;
import com.newspulse.tables.Tables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Scores published tables against the gold labels kept in {@code articles.gold}: countries vs gold
 * places, primary themes vs mapped topics, people and organisations found (by the knowledge base or
 * as discovered candidates) vs gold people/orgs, and the trend check.
 *
 * <p>Per-article label sets are collected to the driver: gold corpora are evaluation sets of
 * thousands to tens of thousands of articles, a few MB of ids. Articles without gold, or whose gold
 * has no list for a task, are not counted for that task.
 */
public final class GoldEval {
  private static final StructType GOLD =
      new StructType()
          .add("topics", new ArrayType(DataTypes.StringType, true))
          .add("places", new ArrayType(DataTypes.StringType, true))
          .add("people", new ArrayType(DataTypes.StringType, true))
          .add("orgs", new ArrayType(DataTypes.StringType, true))
          .add("lewissplit", DataTypes.StringType);

  /**
   * Everything eval measured. {@code topics} counts only the articles the mapping's topics scope
   * says were judged for topics (all of them without a scope); {@code topicsAllArticles} counts
   * every article with gold, as if an unjudged article's empty topic list were a judgement, for
   * comparison.
   */
  public record Report(
      long articles,
      SetScorer places,
      Map<String, SetScorer> topics,
      Map<String, SetScorer> topicsAllArticles,
      Prf peopleKb,
      Prf peopleAll,
      Prf orgsKb,
      Prf orgsAll,
      List<String> trendRows,
      boolean trendCheckPassed,
      List<String> recallMisses) {}

  private final TableStore store;
  private final GoldMapping mapping;

  public GoldEval(TableStore store, GoldMapping mapping) {
    this.store = store;
    this.mapping = mapping;
  }

  public Report evaluate() {
    GoldMapping.TopicsScope scope = mapping.topicsScope();
    StructType gold =
        scope == null || GOLD.getFieldIndex(scope.field()).isDefined()
            ? GOLD
            : GOLD.add(scope.field(), DataTypes.StringType);
    Dataset<Row> articles =
        store
            .read(Tables.ARTICLES)
            .filter(functions.col("gold").isNotNull())
            .select(
                functions.col("article_id"),
                functions.from_json(functions.col("gold"), gold).as("g"));
    Dataset<Row> countries =
        store
            .read(Tables.ARTICLE_COUNTRIES)
            .groupBy("article_id")
            .agg(functions.collect_set("country_id").as("countries"));
    Dataset<Row> themes =
        store
            .read(Tables.ARTICLE_THEMES)
            .filter(functions.col("primary"))
            .groupBy("article_id")
            .agg(functions.collect_set("theme_id").as("themes"));
    Dataset<Row> entities =
        store
            .read(Tables.ARTICLE_ENTITIES)
            .groupBy("article_id")
            .agg(
                functions
                    .collect_set(
                        functions.when(
                            functions.col("entity_type").equalTo("PERSON"), functions.col("label")))
                    .as("persons"),
                functions.collect_set("entity_id").as("entity_ids"));
    Dataset<Row> candidates = candidates();
    Dataset<Row> joined =
        articles
            .join(countries, "article_id", "left")
            .join(themes, "article_id", "left")
            .join(entities, "article_id", "left")
            .join(candidates, "article_id", "left");

    SetScorer places = new SetScorer();
    Map<String, SetScorer> topics = new LinkedHashMap<>();
    Map<String, SetScorer> topicsAll = new LinkedHashMap<>();
    mapping
        .topics()
        .keySet()
        .forEach(
            t -> {
              topics.put(t, new SetScorer());
              topicsAll.put(t, new SetScorer());
            });
    Prf peopleKb = new Prf();
    Prf peopleAll = new Prf();
    Prf orgsKb = new Prf();
    Prf orgsAll = new Prf();
    List<String> misses = new ArrayList<>();
    long n = 0;
    for (Row r : joined.collectAsList()) {
      n++;
      String id = r.getAs("article_id");
      Row g = r.getAs("g");
      String split = g.getAs("lewissplit");
      Set<String> predictedCountries = new TreeSet<>();
      strings(r, "countries").forEach(c -> predictedCountries.add(mapping.predicted(c)));
      Set<String> goldPlaces = new TreeSet<>();
      strings(g, "places").forEach(p -> goldPlaces.add(mapping.place(p)));
      places.add(id, split, goldPlaces, predictedCountries);

      Set<String> predictedThemes = new HashSet<>(strings(r, "themes"));
      Set<String> goldTopics = new HashSet<>(strings(g, "topics"));
      boolean judged = scope == null || scope.value().equals(g.getAs(scope.field()));
      mapping
          .topics()
          .forEach(
              (topic, themeIds) -> {
                boolean predicted = themeIds.stream().anyMatch(predictedThemes::contains);
                Set<String> goldSet = goldTopics.contains(topic) ? Set.of(topic) : Set.of();
                Set<String> predictedSet = predicted ? Set.of(topic) : Set.of();
                topicsAll.get(topic).add(id, split, goldSet, predictedSet);
                if (judged) {
                  topics.get(topic).add(id, split, goldSet, predictedSet);
                }
              });

      List<String> persons = strings(r, "persons");
      List<String> candidateNames = strings(r, "candidate_names");
      List<String> all = new ArrayList<>(persons);
      all.addAll(candidateNames);
      for (String person : strings(g, "people")) {
        boolean kb = NameRecall.found(person, persons);
        boolean any = kb || NameRecall.found(person, candidateNames);
        peopleKb.add(kb ? 1 : 0, 0, kb ? 0 : 1);
        peopleAll.add(any ? 1 : 0, 0, any ? 0 : 1);
        if (!any) {
          misses.add(id + "\tperson\t" + person);
        }
      }
      Set<String> entityIds = new HashSet<>(strings(r, "entity_ids"));
      for (String org : strings(g, "orgs")) {
        boolean kb = entityIds.contains(mapping.org(org));
        boolean any = kb || NameRecall.found(org, candidateNames);
        orgsKb.add(kb ? 1 : 0, 0, kb ? 0 : 1);
        orgsAll.add(any ? 1 : 0, 0, any ? 0 : 1);
        if (!any) {
          misses.add(id + "\torg\t" + org);
        }
      }
    }
    List<String> trendRows = new ArrayList<>();
    boolean trendOk = trendCheck(trendRows);
    return new Report(
        n, places, topics, topicsAll, peopleKb, peopleAll, orgsKb, orgsAll, trendRows, trendOk,
        misses);
  }

  /** Surfaces of discovered candidates per article, when the output has them. */
  private Dataset<Row> candidates() {
    Path dir = null;
    try {
      org.apache.hadoop.fs.Path p =
          new org.apache.hadoop.fs.Path(store.root(), "candidate_mentions");
      FileSystem fs = p.getFileSystem(store.spark().sparkContext().hadoopConfiguration());
      if (fs.exists(p)) {
        return store
            .spark()
            .read()
            .parquet(p.toString())
            .groupBy("article_id")
            .agg(functions.collect_set("surface").as("candidate_names"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return store
        .spark()
        .emptyDataFrame()
        .select(
            functions.lit("").as("article_id"),
            functions.array().cast(new ArrayType(DataTypes.StringType, true)).as("candidate_names"))
        .limit(0);
  }

  private boolean trendCheck(List<String> out) {
    return TrendCheckRows.collect(store, mapping.trendCheck(), out);
  }

  private static List<String> strings(Row r, String field) {
    int i = r.fieldIndex(field);
    if (r.isNullAt(i)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Object o : r.getList(i)) {
      if (o != null) {
        out.add(o.toString());
      }
    }
    return out;
  }
}
