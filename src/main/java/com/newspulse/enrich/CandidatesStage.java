package com.newspulse.enrich;

import com.newspulse.core.discovery.CandidateTally;
import com.newspulse.core.discovery.SuggestedType;
import com.newspulse.tables.Tables;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * {@code candidate_mentions} (all published days) → {@code entity_candidates}: one row per
 * candidate key with at least {@code minArticles} articles. Surface = most frequent form (ties: the
 * alphabetically first), suggested type = the most frequent typed cue (ties: first in {@link
 * SuggestedType} order), else UNKNOWN; sources = the 5 sources with most articles (ties by name)
 * joined with ", "; example_article_ids = the 5 smallest article ids joined with ", " ({@link
 * CandidateTally}).
 */
public final class CandidatesStage {
  static final int TOP = CandidateTally.TOP;

  private CandidatesStage() {}

  /**
   * One pass: the mentions (with their article's source) are grouped by candidate key once, and
   * each key's row is summed in plain Java ({@link CandidateTally}); no per-aspect aggregation,
   * window or join back.
   */
  public static Dataset<Row> aggregate(
      Dataset<Row> mentions, Dataset<Row> articles, int minArticles, double minCueShare) {
    Dataset<Row> m =
        mentions
            .select("article_id", "key", "surface", "suggested_type", Tables.PUBLISHED_DATE)
            .join(articles.select("article_id", "source"), new String[] {"article_id"}, "left")
            .select(
                "key", "article_id", "surface", "suggested_type", Tables.PUBLISHED_DATE, "source");
    StructType schema = Tables.ENTITY_CANDIDATES.schema();
    return m.groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
        .flatMapGroups(
            (FlatMapGroupsFunction<String, Row, Row>)
                (key, rows) -> {
                  CandidateTally tally = new CandidateTally();
                  rows.forEachRemaining(
                      r ->
                          tally.add(
                              r.getString(1),
                              r.getString(2),
                              r.getString(3),
                              r.getLocalDate(4),
                              r.getString(5)));
                  CandidateTally.Summary s = tally.summary(minArticles, minCueShare);
                  if (s == null) {
                    return java.util.Collections.emptyIterator();
                  }
                  return List.of(
                          RowFactory.create(
                              key,
                              s.surface(),
                              s.mentions(),
                              s.articles(),
                              s.firstSeen(),
                              s.lastSeen(),
                              s.sources(),
                              s.exampleArticleIds(),
                              s.suggestedType()))
                      .iterator();
                },
            Encoders.row(schema));
  }
}
