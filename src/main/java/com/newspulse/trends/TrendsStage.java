package com.newspulse.trends;

import com.newspulse.config.TrendsConfig;
import com.newspulse.core.trendstats.BurstScorer;
import com.newspulse.core.trendstats.Npmi;
import com.newspulse.core.trendstats.PeriodCalendar;
import com.newspulse.core.trendstats.SourceMix;
import com.newspulse.tables.Tables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Trends: article-level tables → the long-format {@code trends} table and {@code cooccurrence}.
 *
 * <p>Steps: 1) one "item" row per (article, dimension, key), joined once with its article (source,
 * near-duplicate cluster, tone); 2) one shuffle groups the items by key, and each key's items are
 * streamed into compact per-period arrays of every granularity at once ({@link PeriodCells}) and
 * scored there with the core {@link BurstScorer}. The cost is one pass over the items plus, per
 * key, its periods (docs/scaling.md, "Trends: cost model"); no cell table is aggregated, joined or
 * grouped again, and nothing loops over keys on the driver.
 */
public final class TrendsStage {
  public static final String ENTITY = "entity";
  public static final String THEME = "theme";
  public static final String KEYWORD = "keyword";
  public static final String SOURCE = "source";
  public static final String TOPIC = "topic";

  /** Items carry their article's source in this column ({@link #NO_SOURCE} when it has none). */
  static final String SOURCE_COLUMN = "item_source";

  /**
   * The near-duplicate cluster of an item's article ({@code coalesce(duplicate_cluster,
   * article_id)} of every copy of a story), null for an article with no copy: {@code
   * articles_dedup} counts these once per key and the rest one by one, so a key's distinct set
   * holds clustered articles only.
   */
  static final String CLUSTER_KEY = "cluster_key";

  /** Entity items carry their mention-context tone here until {@link #withToneAndDedup}. */
  private static final String ENTITY_TONE = "_entity_tone";

  /** The source of articles without one: they form one source of their own in the feed mix. */
  public static final String NO_SOURCE = "";

  /**
   * Co-occurrence counts pairs among an article's most mentioned items only (bounds pairs per
   * article).
   */
  static final int MAX_ITEMS_PER_ARTICLE = 20;

  static final StructType ITEM =
      new StructType()
          .add("article_id", DataTypes.StringType)
          .add(Tables.PUBLISHED_DATE, DataTypes.DateType)
          .add("dimension", DataTypes.StringType)
          .add("key", DataTypes.StringType)
          .add("label", DataTypes.StringType)
          .add("entity_type", DataTypes.StringType)
          .add("mentions", DataTypes.LongType);

  private final TrendsConfig config;

  public TrendsStage(TrendsConfig config) {
    this.config = config;
  }

  /**
   * One row per (article, dimension, key) from the article-level tables, with tone, source and
   * cluster key; {@code topics} are topic items from {@link #topicItems} (or null).
   */
  public static Dataset<Row> items(
      Dataset<Row> articles,
      Dataset<Row> entities,
      Dataset<Row> themes,
      Dataset<Row> keywords,
      Dataset<Row> topics) {
    Column nullStr = functions.lit(null).cast(DataTypes.StringType);
    Column nullDouble = functions.lit(null).cast(DataTypes.DoubleType);
    Dataset<Row> e =
        entities.select(
            functions.col("article_id"),
            functions.col(Tables.PUBLISHED_DATE),
            functions.lit(ENTITY).as("dimension"),
            functions.col("entity_id").as("key"),
            functions.col("label"),
            functions.col("entity_type"),
            functions.col("mentions").cast(DataTypes.LongType).as("mentions"),
            java.util.Arrays.asList(entities.columns()).contains("avg_tone")
                ? functions.col("avg_tone").as(ENTITY_TONE)
                : nullDouble.as(ENTITY_TONE));
    Dataset<Row> t =
        themes.select(
            functions.col("article_id"),
            functions.col(Tables.PUBLISHED_DATE),
            functions.lit(THEME).as("dimension"),
            functions.col("theme_id").as("key"),
            functions.col("label"),
            nullStr.as("entity_type"),
            functions.col("hits").cast(DataTypes.LongType).as("mentions"),
            nullDouble.as(ENTITY_TONE));
    Dataset<Row> k =
        keywords.select(
            functions.col("article_id"),
            functions.col(Tables.PUBLISHED_DATE),
            functions.lit(KEYWORD).as("dimension"),
            functions.col("keyword").as("key"),
            functions.col("keyword").as("label"),
            nullStr.as("entity_type"),
            functions.lit(1L).as("mentions"),
            nullDouble.as(ENTITY_TONE));
    Dataset<Row> s =
        articles
            .filter(functions.col("source").isNotNull())
            .select(
                functions.col("article_id"),
                functions.col(Tables.PUBLISHED_DATE),
                functions.lit(SOURCE).as("dimension"),
                functions.col("source").as("key"),
                functions.col("source").as("label"),
                nullStr.as("entity_type"),
                functions.lit(1L).as("mentions"),
                nullDouble.as(ENTITY_TONE));
    Dataset<Row> all = e.unionByName(t).unionByName(k).unionByName(s);
    if (topics != null) {
      all = all.unionByName(topics);
    }
    return withToneAndDedup(all, articles);
  }

  /**
   * Adds {@code tone} (entities: the mention-context {@code avg_tone} the entity item carries in
   * {@link #ENTITY_TONE}; other dimensions: the article tone, {@code articles.tone} when the caller
   * joined it in), {@link #SOURCE_COLUMN} and {@link #CLUSTER_KEY}. One join with the articles: the
   * entity tone comes with the entity item, not from a second join.
   */
  static Dataset<Row> withToneAndDedup(Dataset<Row> items, Dataset<Row> articles) {
    List<String> ac = java.util.Arrays.asList(articles.columns());
    Column nullDouble = functions.lit(null).cast(DataTypes.DoubleType);
    Column source =
        ac.contains("source")
            ? functions.coalesce(functions.col("source"), functions.lit(NO_SOURCE))
            : functions.lit(NO_SOURCE);
    Dataset<Row> art =
        articles.select(
            functions.col("article_id"),
            source.as(SOURCE_COLUMN),
            ac.contains("duplicate_cluster")
                ? functions.col("duplicate_cluster")
                : functions.lit(null).cast(DataTypes.StringType).as("duplicate_cluster"),
            ac.contains("tone")
                ? functions.col("tone").as("_article_tone")
                : nullDouble.as("_article_tone"));
    // An article whose id is another's duplicate_cluster is the first copy of that story.
    Dataset<Row> firstCopies =
        art.filter(functions.col("duplicate_cluster").isNotNull())
            .select(functions.col("duplicate_cluster").as("article_id"))
            .distinct()
            .withColumn("_first_copy", functions.lit(true));
    Dataset<Row> keyed =
        art.join(firstCopies, new String[] {"article_id"}, "left")
            .withColumn(
                CLUSTER_KEY,
                functions.coalesce(
                    functions.col("duplicate_cluster"),
                    functions.when(functions.col("_first_copy"), functions.col("article_id"))))
            .drop("duplicate_cluster", "_first_copy");
    return items
        .join(keyed, new String[] {"article_id"}, "left")
        .withColumn(
            "tone",
            functions
                .when(functions.col("dimension").equalTo(ENTITY), functions.col(ENTITY_TONE))
                .otherwise(functions.col("_article_tone")))
        .drop(ENTITY_TONE, "_article_tone");
  }

  /**
   * Topic items from {@code article_topics}, labelled from {@code topics}: one per (article,
   * topic), mentions = 1, so a topic's {@code articles} in a period is the number of articles
   * assigned to it. Key {@code <model_version>:<topic_id>}: stable across runs of one model
   * version, and topics of different versions (different models) never share a series.
   */
  public static Dataset<Row> topicItems(Dataset<Row> articleTopics, Dataset<Row> topics) {
    Column key =
        functions.concat(
            functions.col("model_version"),
            functions.lit(":"),
            functions.col("topic_id").cast(DataTypes.StringType));
    return articleTopics
        .join(
            topics.select("model_version", "topic_id", "label"),
            new String[] {"model_version", "topic_id"},
            "left")
        .select(
            functions.col("article_id"),
            functions.col(Tables.PUBLISHED_DATE),
            functions.lit(TOPIC).as("dimension"),
            key.as("key"),
            functions.coalesce(functions.col("label"), key).as("label"),
            functions.lit(null).cast(DataTypes.StringType).as("entity_type"),
            functions.lit(1L).as("mentions"),
            functions.lit(null).cast(DataTypes.DoubleType).as(ENTITY_TONE));
  }

  /** The first day of the {@code g} period of each row's {@code published_date}. */
  public static Column period(PeriodCalendar g) {
    Column d = functions.col(Tables.PUBLISHED_DATE);
    return switch (g) {
      case DAY -> d;
      case WEEK -> functions.date_trunc("week", d).cast(DataTypes.DateType);
      case MONTH -> functions.trunc(d, "month");
    };
  }

  /**
   * Accepted articles per UTC day and source ({@link #NO_SOURCE} for none): one small job to the
   * driver.
   */
  public static Map<LocalDate, Map<String, Long>> dailySourceVolumes(Dataset<Row> articles) {
    Map<LocalDate, Map<String, Long>> out = new HashMap<>();
    for (Row r :
        articles
            .groupBy(
                functions.col(Tables.PUBLISHED_DATE),
                functions.coalesce(functions.col("source"), functions.lit(NO_SOURCE)).as("s"))
            .count()
            .collectAsList()) {
      out.computeIfAbsent(r.getAs(Tables.PUBLISHED_DATE), d -> new HashMap<>())
          .put(r.getAs("s"), r.getAs("count"));
    }
    return out;
  }

  /** Accepted articles per UTC day, summed over sources. */
  public static Map<LocalDate, Long> dailyVolumes(Map<LocalDate, Map<String, Long>> bySource) {
    Map<LocalDate, Long> out = new HashMap<>();
    bySource.forEach(
        (day, m) -> out.put(day, m.values().stream().mapToLong(Long::longValue).sum()));
    return out;
  }

  /** The feed mix of one range: per source and period of [computeFrom, publishTo], articles. */
  static SourceMix sourceMix(
      Map<LocalDate, Map<String, Long>> daily, PeriodRange r, int window, double coverage) {
    PeriodCalendar g = r.granularity();
    int n = (int) g.between(r.computeFrom(), r.publishTo()) + 1;
    java.util.TreeMap<String, long[]> bySource = new java.util.TreeMap<>();
    daily.forEach(
        (day, m) -> {
          if (day.isBefore(r.computeFrom()) || day.isAfter(r.lastDay())) {
            return;
          }
          int i = (int) g.between(r.computeFrom(), g.start(day));
          m.forEach(
              (source, count) -> bySource.computeIfAbsent(source, x -> new long[n])[i] += count);
        });
    return SourceMix.of(
        new ArrayList<>(bySource.keySet()),
        bySource.values().toArray(new long[0][]),
        window,
        coverage);
  }

  /** Accepted articles per period start of granularity {@code g}. */
  public static Map<LocalDate, Long> periodVolumes(Map<LocalDate, Long> daily, PeriodCalendar g) {
    Map<LocalDate, Long> out = new HashMap<>();
    daily.forEach((day, n) -> out.merge(g.start(day), n, Long::sum));
    return out;
  }

  /** Which periods of one granularity a run computes and publishes. */
  public record PeriodRange(
      PeriodCalendar granularity, LocalDate computeFrom, LocalDate publishFrom, LocalDate publishTo)
      implements java.io.Serializable {
    /** Last day of data the range needs. */
    public LocalDate lastDay() {
      return granularity.plus(publishTo, 1).minusDays(1);
    }
  }

  /**
   * Items of each range's granularity with {@code granularity} and {@code period_start} columns.
   */
  static Dataset<Row> periodItems(
      Dataset<Row> items, List<PeriodRange> ranges, boolean fromCompute) {
    Dataset<Row> all = null;
    for (PeriodRange r : ranges) {
      LocalDate first = fromCompute ? r.computeFrom() : r.publishFrom();
      Dataset<Row> one =
          items
              .filter(functions.col(Tables.PUBLISHED_DATE).between(first, r.lastDay()))
              .withColumn("granularity", functions.lit(r.granularity().id()))
              .withColumn("period_start", period(r.granularity()));
      all = all == null ? one : all.unionByName(one);
    }
    return all;
  }

  /**
   * Trend rows of every range's granularity for periods in [publishFrom, publishTo], scored against
   * baselines that start at {@code computeFrom}. One shuffle: the items are grouped by key, and
   * each key's group is gathered into the compact per-period arrays of every granularity ({@link
   * PeriodCells}) and scored there ({@link KeySeries}). Cost: one pass over the items plus, per
   * key, the periods of its ranges; no cell table is aggregated, joined or grouped again.
   *
   * @param dailySources accepted articles per day and source ({@link #dailySourceVolumes})
   * @param themes id → label of every taxonomy theme: themes always get a dense series at the
   *     zero-fill granularities, even with no article in the range
   */
  public Dataset<Row> trends(
      Dataset<Row> items,
      Map<LocalDate, Map<String, Long>> dailySources,
      List<PeriodRange> ranges,
      Map<String, String> themes) {
    List<SeriesScorer> scorers = new ArrayList<>();
    for (PeriodRange r : ranges) {
      PeriodCalendar g = r.granularity();
      BurstScorer scorer =
          new BurstScorer(
              config.baseline(g), config.minBaseline(g), config.zThreshold(), config.minArticles());
      SourceMix mix = sourceMix(dailySources, r, config.baseline(g), config.stableCoverage());
      scorers.add(new SeriesScorer(scorer, new RangePeriods(r, mix), config));
    }
    Dataset<Row> slim = items.select(KeySeries.COLUMNS);
    boolean zeroFillThemes =
        ranges.stream().anyMatch(r -> config.zeroFillGranularities().contains(r.granularity()));
    if (zeroFillThemes && !themes.isEmpty()) {
      // One dateless row per theme, so a theme without items still has a group (a zero series).
      List<Row> rows = new ArrayList<>();
      themes.keySet().stream()
          .sorted()
          .forEach(
              id -> rows.add(RowFactory.create(THEME, id, null, null, null, 0L, null, null, null)));
      StructType nullable = new StructType();
      for (org.apache.spark.sql.types.StructField f : slim.schema().fields()) {
        nullable = nullable.add(f.name(), f.dataType(), true);
      }
      slim = slim.unionByName(items.sparkSession().createDataFrame(rows, nullable));
    }
    org.apache.spark.broadcast.Broadcast<KeySeries> shared =
        org.apache.spark.api.java.JavaSparkContext.fromSparkContext(
                items.sparkSession().sparkContext())
            .broadcast(new KeySeries(scorers, Map.copyOf(themes), config.keywordMinArticles()));
    return slim.groupByKey(
            (MapFunction<Row, String>) r -> r.getString(0) + "\u0001" + r.getString(1),
            Encoders.STRING())
        .flatMapGroups(
            (FlatMapGroupsFunction<String, Row, Row>) (k, it) -> shared.value().call(k, it),
            Encoders.row(Tables.TRENDS.schema()));
  }

  /**
   * One key's items (dimension, key, day, label, type, mentions, source, cluster key, tone) → its
   * trend rows of every range; a plain function object so Spark can ship it.
   */
  static final class KeySeries implements FlatMapGroupsFunction<String, Row, Row> {
    private static final long serialVersionUID = 1L;

    /** The item columns a key's group reads, in this order. */
    static final Column[] COLUMNS = {
      functions.col("dimension"),
      functions.col("key"),
      functions.col(Tables.PUBLISHED_DATE),
      functions.col("label"),
      functions.col("entity_type"),
      functions.col("mentions"),
      functions.col(SOURCE_COLUMN),
      functions.col(CLUSTER_KEY),
      functions.col("tone")
    };

    private final List<SeriesScorer> scorers;
    private final Map<String, String> themes;
    private final long keywordMinArticles;

    KeySeries(List<SeriesScorer> scorers, Map<String, String> themes, long keywordMinArticles) {
      this.scorers = scorers;
      this.themes = themes;
      this.keywordMinArticles = keywordMinArticles;
    }

    @Override
    public Iterator<Row> call(String groupKey, Iterator<Row> items) {
      int cut = groupKey.indexOf('\u0001');
      String dimension = groupKey.substring(0, cut);
      String key = groupKey.substring(cut + 1);
      // The long tail of keywords (most have one or two articles) is dropped before any array is
      // allocated; every other key is streamed into its periods, never held whole in memory.
      long enough = KEYWORD.equals(dimension) ? keywordMinArticles : 1;
      List<Row> head = new ArrayList<>();
      while (head.size() < enough && items.hasNext()) {
        Row r = items.next();
        if (!r.isNullAt(2)) {
          head.add(r);
        }
      }
      String themeLabel = THEME.equals(dimension) ? themes.get(key) : null;
      if (head.size() < enough && themeLabel == null) {
        return java.util.Collections.emptyIterator();
      }
      PeriodCells[] cells = new PeriodCells[scorers.size()];
      for (int s = 0; s < cells.length; s++) {
        cells[s] = new PeriodCells(scorers.get(s).periods().mix());
      }
      head.forEach(r -> add(r, cells));
      while (items.hasNext()) {
        Row r = items.next();
        if (!r.isNullAt(2)) {
          add(r, cells);
        }
      }
      List<Row> out = new ArrayList<>();
      for (int s = 0; s < cells.length; s++) {
        scorers.get(s).score(dimension, key, cells[s], themeLabel, keywordMinArticles, out);
      }
      return out.iterator();
    }

    private void add(Row r, PeriodCells[] cells) {
      LocalDate day = r.getLocalDate(2);
      for (int s = 0; s < cells.length; s++) {
        int i = scorers.get(s).periods().index(day);
        if (i >= 0) {
          cells[s].add(
              i,
              r.getString(3),
              r.getString(4),
              r.getLong(5),
              r.getString(6),
              r.getString(7),
              r.isNullAt(8) ? null : r.getDouble(8));
        }
      }
    }
  }

  /**
   * Scores one key's cells of one range as a dense series, on all articles ({@code share}) and
   * within the stable sources ({@code stable_share}).
   */
  static final class SeriesScorer implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final BurstScorer scorer;
    private final PeriodRange range;
    private final SourceMix mix;
    private final boolean onStable;
    private final double mixChangeFraction;
    private final boolean zeroFill;
    private final long zeroFillMinArticles;
    private final RangePeriods periods;

    SeriesScorer(BurstScorer scorer, RangePeriods periods, TrendsConfig config) {
      this.scorer = scorer;
      this.periods = periods;
      this.range = periods.range();
      this.mix = periods.mix();
      this.onStable = config.burstMeasure() == TrendsConfig.BurstMeasure.STABLE_SHARE;
      this.mixChangeFraction = config.mixChangeFraction();
      this.zeroFill = config.zeroFillGranularities().contains(range.granularity());
      this.zeroFillMinArticles = config.zeroFillMinArticles();
    }

    RangePeriods periods() {
      return periods;
    }

    /**
     * Adds the key's rows to {@code out}. Keywords need {@code keywordMinArticles} in some period
     * of the range; a theme of the taxonomy ({@code themeLabel} not null) has a series at the
     * zero-fill granularities even without items.
     */
    void score(
        String dimension,
        String key,
        PeriodCells cells,
        String themeLabel,
        long keywordMinArticles,
        List<Row> out) {
      boolean taxonomyTheme = zeroFill && themeLabel != null;
      if (taxonomyTheme) {
        cells.offerLabel(0, themeLabel, null);
      } else if (cells.items() == 0) {
        return;
      }
      if (KEYWORD.equals(dimension) && cells.maxArticles() < keywordMinArticles) {
        return;
      }
      PeriodCalendar g = range.granularity();
      LocalDate computeFrom = range.computeFrom();
      int n = mix.periods();
      long[] articles = cells.articles;
      long sum = 0;
      for (long a : articles) {
        sum += a;
      }
      int[] sources = cells.bySource.sources();
      long[][] counts = cells.bySource.counts(sources);
      BurstScorer.PeriodScore[] shares = scorer.score(articles, mix.totals());
      BurstScorer.MixScore[] stable = scorer.score(mix, sources, counts);
      boolean dense = zeroFill && (THEME.equals(dimension) || sum >= zeroFillMinArticles);
      int first = (int) g.between(computeFrom, range.publishFrom());
      for (int i = Math.max(0, first); i < n; i++) {
        // A period without any article is a gap in the data, not a quiet period for the key.
        if (articles[i] == 0 && (!dense || mix.total(i) == 0)) {
          continue;
        }
        BurstScorer.PeriodScore s = shares[i];
        BurstScorer.MixScore m = stable[i];
        BurstScorer.PeriodScore judged = onStable ? m.score() : s;
        double change = mix.change(i);
        boolean hasStable = !Double.isNaN(change);
        out.add(
            RowFactory.create(
                dimension,
                key,
                cells.label(),
                cells.type(),
                articles[i],
                cells.mentions[i],
                mix.total(i),
                s.share(),
                nanToNull(s.baselineShare()),
                nanToNull(judged.zScore()),
                judged.burst(),
                cells.dedupArticles(i),
                cells.tone(i),
                hasStable ? m.articles() : null,
                hasStable ? m.periodArticles() : null,
                hasStable && m.periodArticles() > 0 ? m.score().share() : null,
                nanToNull(m.score().baselineShare()),
                nanToNull(change),
                hasStable ? change > mixChangeFraction : null,
                g.id(),
                g.plus(computeFrom, i)));
      }
    }

    private static Double nanToNull(double d) {
      return Double.isNaN(d) ? null : d;
    }
  }

  /** Entity/theme pairs in the same article per period, with counts and NPMI, for every range. */
  public static Dataset<Row> cooccurrence(
      Dataset<Row> items,
      Map<LocalDate, Long> dailyVolumes,
      List<PeriodRange> ranges,
      int minArticles) {
    Dataset<Row> its =
        periodItems(items.filter(functions.col("dimension").isin(ENTITY, THEME)), ranges, false);
    Dataset<Row> perKey =
        its.groupBy("granularity", "period_start", "dimension", "key")
            .agg(functions.count(functions.lit(1)).as("n"), functions.max("label").as("label"));
    StructType pairSchema =
        new StructType()
            .add("granularity", DataTypes.StringType)
            .add("period_start", DataTypes.DateType)
            .add("dimension_a", DataTypes.StringType)
            .add("key_a", DataTypes.StringType)
            .add("dimension_b", DataTypes.StringType)
            .add("key_b", DataTypes.StringType);
    Dataset<Row> perArticle =
        its.groupBy("article_id", "granularity", "period_start")
            .agg(
                functions
                    .sort_array(
                        functions.collect_list(
                            functions.struct(
                                functions.col("mentions").multiply(-1).as("neg"),
                                functions.col("dimension"),
                                functions.col("key"))))
                    .as("items"));
    Dataset<Row> pairs =
        perArticle.flatMap(
            (FlatMapFunction<Row, Row>) TrendsStage::pairsOf, Encoders.row(pairSchema));
    String[] pk = {"granularity", "period_start", "dimension_a", "key_a", "dimension_b", "key_b"};
    Dataset<Row> counted =
        pairs
            .groupBy(pk[0], java.util.Arrays.copyOfRange(pk, 1, pk.length))
            .agg(functions.count(functions.lit(1)).as("articles"))
            .filter(functions.col("articles").geq(minArticles));
    Dataset<Row> a =
        perKey.select(
            functions.col("granularity"),
            functions.col("period_start"),
            functions.col("dimension").as("dimension_a"),
            functions.col("key").as("key_a"),
            functions.col("n").as("articles_a"),
            functions.col("label").as("label_a"));
    Dataset<Row> b =
        perKey.select(
            functions.col("granularity"),
            functions.col("period_start"),
            functions.col("dimension").as("dimension_b"),
            functions.col("key").as("key_b"),
            functions.col("n").as("articles_b"),
            functions.col("label").as("label_b"));
    Map<String, Map<LocalDate, Long>> vol = new HashMap<>();
    for (PeriodRange r : ranges) {
      vol.put(r.granularity().id(), Map.copyOf(periodVolumes(dailyVolumes, r.granularity())));
    }
    UserDefinedFunction total =
        functions.udf(
            (org.apache.spark.sql.api.java.UDF2<String, LocalDate, Long>)
                (g, d) -> vol.get(g).getOrDefault(d, 0L),
            DataTypes.LongType);
    UserDefinedFunction npmi =
        functions.udf((UDF4<Long, Long, Long, Long, Double>) Npmi::of, DataTypes.DoubleType);
    String[] fields = Tables.COOCCURRENCE.schema().fieldNames();
    return counted
        .join(a, new String[] {"granularity", "period_start", "dimension_a", "key_a"})
        .join(b, new String[] {"granularity", "period_start", "dimension_b", "key_b"})
        .withColumn(
            "period_articles",
            total.apply(functions.col("granularity"), functions.col("period_start")))
        .withColumn(
            "npmi",
            npmi.apply(
                functions.col("articles"),
                functions.col("articles_a"),
                functions.col("articles_b"),
                functions.col("period_articles")))
        .select(fields[0], java.util.Arrays.copyOfRange(fields, 1, fields.length));
  }

  private static Iterator<Row> pairsOf(Row article) {
    List<Row> items = article.getList(3);
    int n = Math.min(items.size(), MAX_ITEMS_PER_ARTICLE);
    List<String[]> keep = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Row it = items.get(i);
      keep.add(new String[] {it.getString(1), it.getString(2)});
    }
    // Canonical order inside a pair so (a, b) and (b, a) count together.
    keep.sort((x, y) -> x[0].equals(y[0]) ? x[1].compareTo(y[1]) : x[0].compareTo(y[0]));
    List<Row> out = new ArrayList<>();
    Object granularity = article.get(1);
    Object period = article.get(2);
    for (int i = 0; i < keep.size(); i++) {
      for (int j = i + 1; j < keep.size(); j++) {
        out.add(
            RowFactory.create(
                granularity,
                period,
                keep.get(i)[0],
                keep.get(i)[1],
                keep.get(j)[0],
                keep.get(j)[1]));
      }
    }
    return out.iterator();
  }
}
