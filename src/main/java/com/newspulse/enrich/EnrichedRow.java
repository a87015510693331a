package com.newspulse.enrich;

import com.newspulse.core.amounts.Amount;
import com.newspulse.core.discovery.Candidate;
import com.newspulse.core.enrich.ArticleAnalysis;
import com.newspulse.core.enrich.ArticleEnricher;
import com.newspulse.core.feed.ArticleText;
import com.newspulse.core.geo.CountryAttribution.CountryScore;
import com.newspulse.core.ingest.QuarantineReason;
import com.newspulse.core.kb.KbEntity;
import com.newspulse.core.keywords.Keyword;
import com.newspulse.core.match.EntityMention;
import com.newspulse.core.themes.ThemeHit;
import com.newspulse.core.themes.ThemeSalience;
import com.newspulse.core.tone.ArticleTone;
import com.newspulse.tables.Tables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Enrich's scratch row: one nested row per article ({@link #SCHEMA}) holding everything the core
 * {@link ArticleEnricher} found in it, from which {@link EnrichStage#table} derives the output
 * tables; and the conversion of an {@link ArticleAnalysis} (or a failure) into it.
 */
final class EnrichedRow {
  private EnrichedRow() {}

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

  public static final StructType SCHEMA =
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
          .add("failure", DataTypes.StringType)
          // The quarantine reason of a failed row (ANALYSIS_FAILED, UNSUPPORTED_LANGUAGE).
          .add("failure_reason", DataTypes.StringType);

  static Row failed(String id, Object date, QuarantineReason reason, String failure) {
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
        failure,
        reason.name());
  }

  static Row of(
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
        null,
        null);
  }
}
