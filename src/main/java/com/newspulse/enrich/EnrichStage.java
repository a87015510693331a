package com.newspulse.enrich;

import com.newspulse.core.enrich.ArticleEnricher;
import com.newspulse.core.feed.ArticleText;
import com.newspulse.core.feed.BoilerplateSet;
import com.newspulse.core.ingest.LanguageGate;
import com.newspulse.core.ingest.QuarantineReason;
import com.newspulse.core.topics.TopicInference;
import com.newspulse.core.topics.TopicTerms;
import com.newspulse.ner.NerTagger;
import com.newspulse.spark.Iterators;
import com.newspulse.tables.TableContract;
import com.newspulse.tables.Tables;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Enrich: {@code articles} → one nested row per article ({@link EnrichedRow}) with its mentions,
 * entities, themes, keywords, amounts, countries, tone, topic terms and candidate mentions, from
 * which {@link #table} derives each of the nine output tables ({@link #OUTPUTS}).
 *
 * <p>All text work is the core {@link ArticleEnricher}, shipped once per executor as a broadcast;
 * Spark only maps partitions. Per-article aggregation (mentions → article entities) happens in the
 * same pass, so enrich needs no shuffle.
 */
public final class EnrichStage {
  private final Broadcast<ArticleEnricher> enricher;
  private final Broadcast<BoilerplateSet> boilerplate;
  private final Broadcast<TopicInference> topics;
  private final LanguageGate language;

  /**
   * @param boilerplate the run's {@code source_boilerplate}, removed from what the extractors read
   * @param topics the current topic model's inference, or null (no model yet, or topics off)
   * @param language which articles are quarantined as {@code UNSUPPORTED_LANGUAGE}
   */
  public EnrichStage(
      Broadcast<ArticleEnricher> enricher,
      Broadcast<BoilerplateSet> boilerplate,
      Broadcast<TopicInference> topics,
      LanguageGate language) {
    this.enricher = enricher;
    this.boilerplate = boilerplate;
    this.topics = topics;
    this.language = language;
  }

  /**
   * Articles (article_id, published_date, text, title, dateline and, when statistical NER is on,
   * the {@link NerTagger#COLUMN} spans) → {@link EnrichedRow#SCHEMA} rows.
   */
  public Dataset<Row> apply(Dataset<Row> articles) {
    Broadcast<ArticleEnricher> b = enricher;
    Broadcast<BoilerplateSet> bp = boilerplate;
    Broadcast<TopicInference> tp = topics;
    LanguageGate lg = language;
    boolean ner = List.of(articles.columns()).contains(NerTagger.COLUMN);
    return articles
        .select(
            functions.col("article_id"),
            functions.col(Tables.PUBLISHED_DATE),
            functions.col("text"),
            functions.col("title"),
            functions.col("dateline"),
            ner ? functions.col(NerTagger.COLUMN) : functions.lit(null).as(NerTagger.COLUMN),
            functions.col("source"),
            functions.col("lang"))
        .mapPartitions(
            (MapPartitionsFunction<Row, Row>)
                rows -> enrichAll(b.value(), bp.value(), tp == null ? null : tp.value(), lg, rows),
            Encoders.row(EnrichedRow.SCHEMA));
  }

  // Static: a lambda or anonymous class in an instance method could capture (and ship) this stage.
  private static Iterator<Row> enrichAll(
      ArticleEnricher e,
      BoilerplateSet boilerplate,
      TopicInference topics,
      LanguageGate language,
      Iterator<Row> rows) {
    TopicTerms topicTerms = topics == null ? null : new TopicTerms();
    return Iterators.map(rows, r -> enrichOne(e, boilerplate, topics, topicTerms, language, r));
  }

  /**
   * One article, isolated: whatever an extractor throws on it (an exception or a stack overflow on
   * a pathological text) makes it a failed row, never a failed task; the job quarantines it as
   * {@code ANALYSIS_FAILED}. Out-of-memory and other VM errors still propagate. An article the
   * language gate rejects (read after boilerplate removal: a link aggregator's items are mostly
   * markup) is a failed row too, quarantined as {@code UNSUPPORTED_LANGUAGE}.
   */
  static Row enrichOne(
      ArticleEnricher e,
      BoilerplateSet boilerplate,
      TopicInference topics,
      TopicTerms topicTerms,
      LanguageGate language,
      Row r) {
    String id = r.getString(0);
    try {
      ArticleText doc = e.prepare(r.getString(3), r.getString(2), r.getString(6), boilerplate);
      Optional<String> foreign = language.rejection(r.getString(7), doc.text());
      if (foreign.isPresent()) {
        return EnrichedRow.failed(
            id, r.get(1), QuarantineReason.UNSUPPORTED_LANGUAGE, foreign.get());
      }
      // The topics pass's own terms of the same prepared text (TopicsStage.docs), so the weights
      // equal what that pass would infer.
      double[] weights =
          topics == null ? null : topics.mixture(topicTerms.terms(doc.title(), doc.body()));
      return EnrichedRow.of(
          e,
          id,
          r.get(1),
          e.analyzeText(
              doc, r.getString(4), r.isNullAt(5) ? List.of() : NerTagger.spans(r.getList(5))),
          weights);
    } catch (RuntimeException | StackOverflowError ex) {
      return EnrichedRow.failed(
          id, r.get(1), QuarantineReason.ANALYSIS_FAILED, AnalysisFailure.describe(ex));
    }
  }

  /** One output table derived from enriched rows by exploding one of its arrays. */
  public static Dataset<Row> table(TableContract t, Dataset<Row> all) {
    Dataset<Row> enriched =
        all.filter(functions.col("failure").isNull()); // failed ones go to quarantine
    if (t.name().equals("article_tone")) {
      return enriched
          .filter(functions.col("tone").isNotNull())
          .select(
              functions.col("article_id"),
              functions.col("tone"),
              functions.col("tone_sum"),
              functions.col("positive_hits"),
              functions.col("negative_hits"),
              functions.col(Tables.PUBLISHED_DATE));
    }
    if (t.name().equals("article_terms")) {
      return enriched.select(
          functions.col("article_id"),
          functions.explode(functions.col("terms")).as("term"),
          functions.col(Tables.PUBLISHED_DATE));
    }
    String array =
        switch (t.name()) {
          case "entity_mentions" -> "mentions";
          case "article_entities" -> "entities";
          case "article_themes" -> "themes";
          case "article_keywords" -> "keywords";
          case "amounts" -> "amounts";
          case "article_countries" -> "countries";
          case "candidate_mentions" -> "candidates";
          default ->
              throw new IllegalArgumentException("enrich does not produce table " + t.name());
        };
    Dataset<Row> exploded =
        enriched.select(
            functions.col("article_id"),
            functions.col(Tables.PUBLISHED_DATE),
            functions.explode(functions.col(array)).as("x"));
    List<Column> cols = new ArrayList<>();
    for (String f : t.schema().fieldNames()) {
      cols.add(
          f.equals("article_id") || f.equals(Tables.PUBLISHED_DATE)
              ? functions.col(f)
              : functions.col("x." + f).as(f));
    }
    return exploded.select(cols.toArray(Column[]::new));
  }

  public static final List<TableContract> OUTPUTS =
      List.of(
          Tables.ENTITY_MENTIONS,
          Tables.ARTICLE_ENTITIES,
          Tables.ARTICLE_THEMES,
          Tables.ARTICLE_KEYWORDS,
          Tables.AMOUNTS,
          Tables.ARTICLE_COUNTRIES,
          Tables.ARTICLE_TONE,
          Tables.ARTICLE_TERMS,
          Tables.CANDIDATE_MENTIONS);
}
