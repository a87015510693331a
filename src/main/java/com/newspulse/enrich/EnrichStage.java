package com.newspulse.enrich;

import com.newspulse.core.amounts.Amount;
import com.newspulse.core.discovery.Candidate;
import com.newspulse.core.enrich.ArticleAnalysis;
import com.newspulse.core.enrich.ArticleEnricher;
import com.newspulse.core.feed.ArticleText;
import com.newspulse.core.feed.BoilerplateSet;
import com.newspulse.core.geo.CountryAttribution.CountryScore;
import com.newspulse.core.kb.KbEntity;
import com.newspulse.core.keywords.Keyword;
import com.newspulse.core.match.EntityMention;
import com.newspulse.core.themes.ThemeHit;
import com.newspulse.core.themes.ThemeSalience;
import com.newspulse.core.tone.ArticleTone;
import com.newspulse.core.topics.TopicInference;
import com.newspulse.core.topics.TopicTerms;
import com.newspulse.ner.NerTagger;
import com.newspulse.spark.Iterators;
import com.newspulse.tables.TableContract;
import com.newspulse.tables.Tables;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Enrich: {@code articles} → one nested row per article with its mentions, entities, themes,
 * keywords, amounts, countries, tone, topic terms and candidate mentions, from which {@link #table}
 * derives each of the nine output tables ({@link #OUTPUTS}).
 *
 * <p>All text work is the core {@link ArticleEnricher}, shipped once per executor as a broadcast;
 * Spark only maps partitions. Per-article aggregation (mentions → article entities) happens in the
 * same pass, so enrich needs no shuffle.
 */
public final class EnrichStage {
  private static final StructType MENTION =
      new StructType()
          .add("entity_id", DataTypes.StringType)
          .add("entity_type", DataTypes.StringType)
          .add("start", DataTypes.IntegerType)
          .add("end", DataTypes.IntegerType)
          .add("field", DataTypes.StringType)
          .add("surface", DataTypes.StringType)
          .add("sentence", DataTypes.IntegerType)
          .add("method", DataTypes.StringType)
          .add("tone", DataTypes.DoubleType);
  private static final StructType ENTITY =
      new StructType()
          .add("entity_id", DataTypes.StringType)
          .add("entity_type", DataTypes.StringType)
          .add("label", DataTypes.StringType)
          .add("mentions", DataTypes.IntegerType)
          .add("first_offset", DataTypes.IntegerType)
          .add("avg_tone", DataTypes.DoubleType);
  private static final StructType CANDIDATE =
      new StructType()
          .add("key", DataTypes.StringType)
          .add("surface", DataTypes.StringType)
          .add("suggested_type", DataTypes.StringType)
          .add("cue", DataTypes.StringType)
          .add("start", DataTypes.IntegerType)
          .add("end", DataTypes.IntegerType)
          .add("field", DataTypes.StringType)
          .add("sentence", DataTypes.IntegerType);
  private static final StructType THEME =
      new StructType()
          .add("theme_id", DataTypes.StringType)
          .add("label", DataTypes.StringType)
          .add("hits", DataTypes.IntegerType)
          .add("first_offset", DataTypes.IntegerType)
          .add("title_hits", DataTypes.IntegerType)
          .add("salience", DataTypes.DoubleType)
          .add("primary", DataTypes.BooleanType);
  private static final StructType COUNTRY =
      new StructType()
          .add("country_id", DataTypes.StringType)
          .add("label", DataTypes.StringType)
          .add("score", DataTypes.DoubleType)
          .add("named", DataTypes.IntegerType)
          .add("linked", DataTypes.IntegerType)
          .add("dateline", DataTypes.BooleanType);
  private static final StructType KEYWORD =
      new StructType()
          .add("keyword", DataTypes.StringType)
          .add("score", DataTypes.DoubleType)
          .add("rank", DataTypes.IntegerType);
  private static final StructType AMOUNT =
      new StructType()
          .add("kind", DataTypes.StringType)
          .add("value", DataTypes.DoubleType)
          .add("currency", DataTypes.StringType)
          .add("number", DataTypes.DoubleType)
          .add("scale", DataTypes.StringType)
          .add("qualifier", DataTypes.StringType)
          .add("start", DataTypes.IntegerType)
          .add("end", DataTypes.IntegerType)
          .add("field", DataTypes.StringType)
          .add("surface", DataTypes.StringType);

  public static final StructType ENRICHED =
      new StructType()
          .add("article_id", DataTypes.StringType, false)
          .add(Tables.PUBLISHED_DATE, DataTypes.DateType, false)
          .add("sentences", DataTypes.IntegerType)
          .add("tokens", DataTypes.IntegerType)
          .add("mentions", new ArrayType(MENTION, false))
          .add("entities", new ArrayType(ENTITY, false))
          .add("themes", new ArrayType(THEME, false))
          .add("keywords", new ArrayType(KEYWORD, false))
          .add("amounts", new ArrayType(AMOUNT, false))
          .add("countries", new ArrayType(COUNTRY, false))
          .add("tone", DataTypes.DoubleType)
          .add("tone_sum", DataTypes.DoubleType)
          .add("positive_hits", DataTypes.IntegerType)
          .add("negative_hits", DataTypes.IntegerType)
          .add("candidates", new ArrayType(CANDIDATE, false))
          .add("terms", new ArrayType(DataTypes.StringType, false))
          // The article's topic mixture under the current topic model, when there is one (null
          // otherwise, and for an article without a vocabulary term): topics need no pass of their
          // own.
          .add("topic_weights", new ArrayType(DataTypes.DoubleType, false))
          .add("failure", DataTypes.StringType);

  private final Broadcast<ArticleEnricher> enricher;
  private final Broadcast<BoilerplateSet> boilerplate;
  private final Broadcast<TopicInference> topics;

  /**
   * @param boilerplate the run's {@code source_boilerplate}, removed from what the extractors read
   * @param topics the current topic model's inference, or null (no model yet, or topics off)
   */
  public EnrichStage(
      Broadcast<ArticleEnricher> enricher,
      Broadcast<BoilerplateSet> boilerplate,
      Broadcast<TopicInference> topics) {
    this.enricher = enricher;
    this.boilerplate = boilerplate;
    this.topics = topics;
  }

  /**
   * Articles (article_id, published_date, text, title, dateline and, when statistical NER is on,
   * the {@link NerTagger#COLUMN} spans) → {@link #ENRICHED} rows.
   */
  public Dataset<Row> apply(Dataset<Row> articles) {
    Broadcast<ArticleEnricher> b = enricher;
    Broadcast<BoilerplateSet> bp = boilerplate;
    Broadcast<TopicInference> tp = topics;
    boolean ner = List.of(articles.columns()).contains(NerTagger.COLUMN);
    return articles
        .select(
            functions.col("article_id"),
            functions.col(Tables.PUBLISHED_DATE),
            functions.col("text"),
            functions.col("title"),
            functions.col("dateline"),
            ner ? functions.col(NerTagger.COLUMN) : functions.lit(null).as(NerTagger.COLUMN),
            functions.col("source"))
        .mapPartitions(
            (MapPartitionsFunction<Row, Row>)
                rows -> enrichAll(b.value(), bp.value(), tp == null ? null : tp.value(), rows),
            Encoders.row(ENRICHED));
  }

  // Static: a lambda or anonymous class in an instance method could capture (and ship) this stage.
  private static Iterator<Row> enrichAll(
      ArticleEnricher e, BoilerplateSet boilerplate, TopicInference topics, Iterator<Row> rows) {
    TopicTerms topicTerms = topics == null ? null : new TopicTerms();
    return Iterators.map(rows, r -> enrichOne(e, boilerplate, topics, topicTerms, r));
  }

  /**
   * One article, isolated: whatever an extractor throws on it (an exception or a stack overflow on
   * a pathological text) makes it a failed row, never a failed task; the job quarantines it as
   * {@code ANALYSIS_FAILED}. Out-of-memory and other VM errors still propagate.
   */
  static Row enrichOne(
      ArticleEnricher e,
      BoilerplateSet boilerplate,
      TopicInference topics,
      TopicTerms topicTerms,
      Row r) {
    String id = r.getString(0);
    try {
      ArticleText doc = e.prepare(r.getString(3), r.getString(2), r.getString(6), boilerplate);
      // The topics pass's own terms of the same prepared text (TopicsStage.docs), so the weights
      // equal what that pass would infer.
      double[] weights =
          topics == null ? null : topics.mixture(topicTerms.terms(doc.title(), doc.body()));
      return toRow(
          e,
          id,
          r.get(1),
          e.analyzeText(
              doc, r.getString(4), r.isNullAt(5) ? List.of() : NerTagger.spans(r.getList(5))),
          weights);
    } catch (RuntimeException | StackOverflowError ex) {
      return failed(id, r.get(1), AnalysisFailure.describe(ex));
    }
  }

  private static Row failed(String id, Object date, String failure) {
    Row[] none = new Row[0];
    return RowFactory.create(
        id,
        date,
        0,
        0,
        none,
        none,
        none,
        none,
        none,
        none,
        null,
        null,
        null,
        null,
        none,
        new String[0],
        null,
        failure);
  }

  static Row toRow(
      ArticleEnricher e, String id, Object date, ArticleAnalysis a, double[] topicWeights) {
    List<Row> mentions = new ArrayList<>(a.mentions().size());
    Map<String, int[]> perEntity = new LinkedHashMap<>();
    Map<String, double[]> toneSum = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    for (EntityMention m : a.mentions()) {
      KbEntity ent = e.entity(m.entityId());
      double tone = a.sentenceTone(m.field(), m.sentence());
      // An NER span no KB entity claims: typed by the model, labelled by its first surface.
      String type = ent != null ? ent.type().name() : a.unlinkedTypes().get(m.entityId());
      labels.putIfAbsent(m.entityId(), ent != null ? ent.name() : m.surface());
      mentions.add(
          RowFactory.create(
              m.entityId(),
              type,
              m.start(),
              m.end(),
              m.field(),
              m.surface(),
              m.sentence(),
              m.method(),
              tone));
      int[] c = perEntity.computeIfAbsent(m.entityId(), k -> new int[] {0, -1});
      c[0]++;
      if (c[1] < 0 && m.field().equals(ArticleText.TEXT)) {
        c[1] = m.start(); // first body offset; -1 when only the headline names it
      }
      toneSum.computeIfAbsent(m.entityId(), k -> new double[1])[0] += tone;
    }
    List<Row> entities = new ArrayList<>(perEntity.size());
    perEntity.forEach(
        (eid, c) -> {
          KbEntity ent = e.entity(eid);
          String type = ent != null ? ent.type().name() : a.unlinkedTypes().get(eid);
          entities.add(
              RowFactory.create(
                  eid, type, labels.get(eid), c[0], c[1], toneSum.get(eid)[0] / c[0]));
        });
    List<Row> candidates = new ArrayList<>(a.candidates().size());
    for (Candidate c : a.candidates()) {
      candidates.add(
          RowFactory.create(
              c.key(),
              c.surface(),
              c.type().name(),
              c.cue(),
              c.start(),
              c.end(),
              c.field(),
              c.sentence()));
    }
    ArticleTone tone = a.tone();
    // Themes of the body, then those only the headline has (hits 0, first_offset -1).
    Map<String, int[]> perTheme = new LinkedHashMap<>();
    for (ThemeHit h : a.themes()) {
      if (h.field().equals(ArticleText.TITLE)) {
        continue; // headline hits count as title_hits
      }
      perTheme.computeIfAbsent(h.themeId(), k -> new int[] {0, h.start()})[0]++;
    }
    a.titleThemes().keySet().forEach(t -> perTheme.putIfAbsent(t, new int[] {0, -1}));
    List<Row> themes = new ArrayList<>(perTheme.size());
    perTheme.forEach(
        (tid, c) -> {
          int titleHits = a.titleThemes().getOrDefault(tid, 0);
          double salience = ThemeSalience.score(titleHits, c[0], c[1], a.tokens());
          themes.add(
              RowFactory.create(
                  tid,
                  e.themeLabel(tid),
                  c[0],
                  c[1],
                  titleHits,
                  salience,
                  salience >= ThemeSalience.PRIMARY));
        });
    List<Row> countries = new ArrayList<>(a.countries().size());
    for (CountryScore c : a.countries()) {
      countries.add(
          RowFactory.create(
              c.countryId(),
              e.entity(c.countryId()).name(),
              c.score(),
              c.named(),
              c.linked(),
              c.dateline()));
    }
    List<Row> keywords = new ArrayList<>(a.keywords().size());
    for (Keyword k : a.keywords()) {
      keywords.add(RowFactory.create(k.text(), k.score(), k.rank()));
    }
    List<Row> amounts = new ArrayList<>(a.amounts().size());
    for (Amount m : a.amounts()) {
      amounts.add(
          RowFactory.create(
              m.kind().name(),
              m.value(),
              m.currency(),
              m.number(),
              m.scale(),
              m.qualifier(),
              m.start(),
              m.end(),
              m.field(),
              m.surface()));
    }
    // RowEncoder takes arrays as Scala Seq or Java arrays, not java.util.List.
    return RowFactory.create(
        id,
        date,
        a.sentences(),
        a.tokens(),
        mentions.toArray(Row[]::new),
        entities.toArray(Row[]::new),
        themes.toArray(Row[]::new),
        keywords.toArray(Row[]::new),
        amounts.toArray(Row[]::new),
        countries.toArray(Row[]::new),
        tone == null ? null : tone.tone(),
        tone == null ? null : tone.sum(),
        tone == null ? null : tone.positiveHits(),
        tone == null ? null : tone.negativeHits(),
        candidates.toArray(Row[]::new),
        a.terms().toArray(String[]::new),
        topicWeights == null ? null : java.util.Arrays.stream(topicWeights).boxed().toArray(),
        null);
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
