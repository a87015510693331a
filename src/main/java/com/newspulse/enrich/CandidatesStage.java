package com.newspulse.enrich;

import static org.apache.spark.sql.functions.col;

import com.newspulse.core.discovery.SuggestedType;
import com.newspulse.tables.Tables;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;

/**
 * {@code candidate_mentions} (all published days) → {@code entity_candidates}: one row per
 * candidate key with at least {@code minArticles} articles. Surface = most frequent form (ties: the
 * alphabetically first), suggested type = the most frequent typed cue (ties: first in {@link
 * SuggestedType} order), else UNKNOWN; sources = the 5 sources with most articles (ties by name)
 * joined with ", "; example_article_ids = the 5 smallest article ids joined with ", ".
 */
public final class CandidatesStage {
  static final int TOP = 5;

  private CandidatesStage() {}

  public static Dataset<Row> aggregate(
      Dataset<Row> mentions, Dataset<Row> articles, int minArticles) {
    Dataset<Row> m =
        mentions
            .select("article_id", "key", "surface", "suggested_type", Tables.PUBLISHED_DATE)
            .join(articles.select("article_id", "source"), new String[] {"article_id"}, "left");
    Dataset<Row> base =
        m.groupBy("key")
            .agg(
                functions.count(functions.lit(1)).as("mentions"),
                functions.countDistinct("article_id").as("articles"),
                functions.min(Tables.PUBLISHED_DATE).as("first_seen"),
                functions.max(Tables.PUBLISHED_DATE).as("last_seen"),
                functions
                    .concat_ws(
                        ", ",
                        functions.slice(
                            functions.array_sort(functions.collect_set("article_id")), 1, TOP))
                    .as("example_article_ids"))
            .filter(col("articles").geq(minArticles));
    Dataset<Row> surface =
        first(m.groupBy("key", "surface").count(), col("surface"))
            .select(col("key"), col("surface"));
    Column typeOrder =
        functions
            .when(col("suggested_type").equalTo(SuggestedType.PERSON.name()), 0)
            .when(col("suggested_type").equalTo(SuggestedType.ORG.name()), 1)
            .when(col("suggested_type").equalTo(SuggestedType.GPE.name()), 2)
            .otherwise(3);
    Dataset<Row> type =
        first(
                m.filter(col("suggested_type").notEqual(SuggestedType.UNKNOWN.name()))
                    .groupBy("key", "suggested_type")
                    .count(),
                typeOrder)
            .select(col("key"), col("suggested_type"));
    Dataset<Row> perSource =
        m.filter(col("source").isNotNull())
            .groupBy("key", "source")
            .agg(functions.countDistinct("article_id").as("count"))
            .withColumn(
                "_r",
                functions
                    .row_number()
                    .over(Window.partitionBy("key").orderBy(col("count").desc(), col("source"))))
            .filter(col("_r").leq(TOP));
    Dataset<Row> sources =
        perSource
            .groupBy("key")
            .agg(
                functions
                    .concat_ws(
                        ", ",
                        functions.transform(
                            functions.array_sort(
                                functions.collect_list(functions.struct(col("_r"), col("source")))),
                            x -> x.getField("source")))
                    .as("sources"));
    List<String> fields = new ArrayList<>(List.of(Tables.ENTITY_CANDIDATES.schema().fieldNames()));
    return base.join(surface, "key")
        .join(type, new String[] {"key"}, "left")
        .join(sources, new String[] {"key"}, "left")
        .withColumn(
            "suggested_type",
            functions.coalesce(col("suggested_type"), functions.lit(SuggestedType.UNKNOWN.name())))
        .select(fields.stream().map(functions::col).toArray(Column[]::new));
  }

  /** Per key, the row with the highest count; ties by {@code tie} ascending. */
  private static Dataset<Row> first(Dataset<Row> counted, Column tie) {
    return counted
        .withColumn(
            "_r",
            functions
                .row_number()
                .over(Window.partitionBy("key").orderBy(col("count").desc(), tie)))
        .filter(col("_r").equalTo(1))
        .drop("_r");
  }
}
