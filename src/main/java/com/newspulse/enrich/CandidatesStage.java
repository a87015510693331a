package com.newspulse.enrich;

import com.newspulse.core.discovery.CandidateTally;
import com.newspulse.core.discovery.SuggestedType;
import com.newspulse.tables.Tables;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * {@code candidate_mentions} → {@code candidate_days} (the window's days) → {@code
 * entity_candidates} (all published days): one row per candidate key with at least {@code
 * minArticles} articles. Surface = most frequent form (ties: the alphabetically first), suggested
 * type = the most frequent typed cue (ties: first in {@link SuggestedType} order), else UNKNOWN;
 * sources = the 5 sources with most articles (ties by name) joined with ", "; example_article_ids =
 * the 5 smallest article ids joined with ", " ({@link CandidateTally}); capitalised_share = the
 * candidate's articles against the articles with its words among their terms, on the days counted
 * ({@link CandidateTally#capitalisedShare}), and no row below {@code minCapitalisedShare}.
 *
 * <p>The mentions are counted per key and day once, by the run that sees the day; every run then
 * sums the per-day rows of the whole history, which are far fewer than its mentions and need no
 * join with the articles.
 */
public final class CandidatesStage {
  static final int TOP = CandidateTally.TOP;

  private CandidatesStage() {}

  /**
   * Mentions (with their article's source) → {@link Tables#CANDIDATE_DAYS} rows: one group per
   * (key, day), counted in plain Java ({@link CandidateTally}); {@code term_articles} from the same
   * days' {@code article_terms} ({@code terms}): the articles with the key among their terms.
   */
  public static Dataset<Row> days(
      Dataset<Row> mentions, Dataset<Row> articles, Dataset<Row> terms) {
    Dataset<Row> keyDays = mentions.select("key", Tables.PUBLISHED_DATE).distinct();
    // Only the terms that are some candidate's key on that day are counted (a semi join).
    Dataset<Row> termArticles =
        terms
            .select(functions.col("term").as("key"), functions.col(Tables.PUBLISHED_DATE))
            .join(keyDays, new String[] {"key", Tables.PUBLISHED_DATE}, "left_semi")
            .groupBy("key", Tables.PUBLISHED_DATE)
            .agg(functions.count(functions.lit(1)).as("term_articles"));
    return counted(mentions, articles)
        .join(termArticles, new String[] {"key", Tables.PUBLISHED_DATE}, "left")
        .select(
            java.util.Arrays.stream(Tables.CANDIDATE_DAYS.schema().fieldNames())
                .map(functions::col)
                .toArray(org.apache.spark.sql.Column[]::new));
  }

  /** The {@link Tables#CANDIDATE_DAYS} rows without {@code term_articles}. */
  private static Dataset<Row> counted(Dataset<Row> mentions, Dataset<Row> articles) {
    Dataset<Row> m =
        mentions
            .select("article_id", "key", "surface", "suggested_type", Tables.PUBLISHED_DATE)
            .join(articles.select("article_id", "source"), new String[] {"article_id"}, "left")
            .select(
                "key", "article_id", "surface", "suggested_type", Tables.PUBLISHED_DATE, "source");
    return m.groupByKey(
            (MapFunction<Row, String>) r -> r.getString(0) + "\u0001" + r.getLocalDate(4),
            Encoders.STRING())
        .flatMapGroups(
            (FlatMapGroupsFunction<String, Row, Row>)
                (group, rows) -> {
                  CandidateTally tally = new CandidateTally();
                  String key = null;
                  LocalDate day = null;
                  while (rows.hasNext()) {
                    Row r = rows.next();
                    key = r.getString(0);
                    day = r.getLocalDate(4);
                    tally.add(r.getString(1), r.getString(2), r.getString(3), day, r.getString(5));
                  }
                  CandidateTally.Counts c = tally.counts();
                  return List.of(
                          RowFactory.create(
                              key,
                              c.mentions(),
                              c.articles(),
                              c.exampleIds().toArray(String[]::new),
                              valueCounts(c.surfaces()),
                              valueCounts(c.types()),
                              valueCounts(c.sourceArticles()),
                              day))
                      .iterator();
                },
            Encoders.row(COUNTED));
  }

  private static final StructType COUNTED =
      new StructType(
          java.util.Arrays.stream(Tables.CANDIDATE_DAYS.schema().fields())
              .filter(f -> !f.name().equals("term_articles"))
              .toArray(StructField[]::new));

  /**
   * {@link Tables#CANDIDATE_DAYS} rows → {@code entity_candidates}: one group per key, its days
   * summed ({@link CandidateTally#add(CandidateTally.Counts)}); no per-aspect aggregation, window
   * or join.
   */
  public static Dataset<Row> aggregate(
      Dataset<Row> days, int minArticles, double minCueShare, double minCapitalisedShare) {
    Dataset<Row> d =
        days.select(
            "key",
            "mentions",
            "articles",
            "example_article_ids",
            "surfaces",
            "types",
            "sources",
            Tables.PUBLISHED_DATE,
            "term_articles");
    return d.groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
        .flatMapGroups(
            (FlatMapGroupsFunction<String, Row, Row>)
                (key, rows) -> {
                  CandidateTally tally = new CandidateTally();
                  rows.forEachRemaining(
                      r -> {
                        LocalDate day = r.getLocalDate(7);
                        tally.add(
                            new CandidateTally.Counts(
                                r.getLong(1),
                                r.getLong(2),
                                day,
                                day,
                                r.getList(3),
                                valueMap(r.getList(4)),
                                valueMap(r.getList(5)),
                                valueMap(r.getList(6))));
                        if (!r.isNullAt(8)) {
                          tally.addTermArticles(r.getLong(2), r.getLong(8));
                        }
                      });
                  CandidateTally.Summary s =
                      tally.summary(minArticles, minCueShare, minCapitalisedShare);
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
                              s.capitalisedShare(),
                              s.suggestedType()))
                      .iterator();
                },
            Encoders.row(Tables.ENTITY_CANDIDATES.schema()));
  }

  /**
   * A count map as {@link Tables#VALUE_COUNT} structs, by value (a re-run writes the same rows).
   */
  private static Row[] valueCounts(Map<String, Long> counts) {
    return new TreeMap<>(counts)
        .entrySet().stream()
            .map(e -> RowFactory.create(e.getKey(), e.getValue()))
            .toArray(Row[]::new);
  }

  private static Map<String, Long> valueMap(List<Row> counts) {
    Map<String, Long> out = new HashMap<>();
    for (Row r : counts) {
      out.put(r.getString(0), r.getLong(1));
    }
    return out;
  }
}
