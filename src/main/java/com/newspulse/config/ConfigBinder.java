package com.newspulse.config;

import com.newspulse.core.ingest.LanguageGate;
import com.newspulse.core.trendstats.PeriodCalendar;
import com.typesafe.config.Config;
import com.typesafe.config.ConfigRenderOptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds the merged configuration ({@link ConfigLoader}) to the typed {@link NewsPulseConfig}: reads
 * every key with its type, checks its range and the rules between keys, and collects every problem
 * ({@link ConfigProblems}) so that one start reports them all.
 */
final class ConfigBinder {
  private static final String ROOT = ConfigLoader.ROOT;

  private ConfigBinder() {}

  static NewsPulseConfig bind(Config c) {
    ConfigProblems p = new ConfigProblems(c);
    Map<String, String> columns = new LinkedHashMap<>();
    for (String col :
        List.of("id", "published_at", "text", "title", "source", "url", "lang", "dateline")) {
      columns.put(col, p.get(() -> c.getString("input.columns." + col), col));
    }
    LocalDate plausibleFrom = p.date(c, "input.plausible-from");
    LocalDate plausibleTo = p.date(c, "input.plausible-to");
    if (plausibleFrom != null && plausibleTo != null && !plausibleFrom.isBefore(plausibleTo)) {
      p.add(
          ROOT
              + ".input.plausible-from ("
              + plausibleFrom
              + ") must be before input.plausible-to ("
              + plausibleTo
              + ")");
    }
    int maxText = p.intAtLeast(c, "input.max-text-chars", 1);
    String headlineOnly = p.get(() -> c.getString("input.headline-only"), "accept");
    if (!headlineOnly.equals("accept") && !headlineOnly.equals("quarantine")) {
      p.add(ROOT + ".input.headline-only must be accept or quarantine, got " + headlineOnly);
    }
    String unreadable = p.get(() -> c.getString("input.unreadable-files"), "fail");
    if (!unreadable.equals("fail") && !unreadable.equals("skip")) {
      p.add(ROOT + ".input.unreadable-files must be fail or skip, got " + unreadable);
    }
    LanguageGate.Settings language =
        new LanguageGate.Settings(
            p.get(() -> c.getBoolean("input.language.enabled"), true),
            p.intAtLeast(c, "input.language.min-words", 1),
            p.fraction(c, "input.language.min-share"),
            p.get(() -> c.getDouble("input.language.min-ratio"), 0.0),
            p.intAtLeast(c, "input.language.min-distinct", 1));
    if (language.minRatio() < 1) {
      p.add(ROOT + ".input.language.min-ratio must be at least 1, got " + language.minRatio());
    }
    String kb = p.get(() -> c.getString("kb.path"), "");
    String themes = p.get(() -> c.getString("themes.path"), "");
    int kwMax = p.intAtLeast(c, "keywords.max-per-article", 0);
    int kwNgram = p.intAtLeast(c, "keywords.max-ngram", 1);
    if (kwNgram > 6) {
      p.add(ROOT + ".keywords.max-ngram must be in [1, 6], got " + kwNgram);
    }

    TrendsConfig trends = trends(c, p);
    List<PeriodCalendar> coGrans = p.granularities(c, "cooccurrence.granularities");
    int coMin = p.intAtLeast(c, "cooccurrence.min-articles", 1);
    double maxQuarantined = p.get(() -> c.getDouble("quality.max-quarantined-share"), 1.0);
    if (maxQuarantined < 0 || maxQuarantined > 1) {
      p.add(ROOT + ".quality.max-quarantined-share must be in [0, 1], got " + maxQuarantined);
    }
    boolean failEmpty = p.get(() -> c.getBoolean("quality.fail-on-empty-window"), true);
    double jumpRatio = p.get(() -> c.getDouble("quality.entity-daily-jump.max-ratio"), 0.0);
    if (jumpRatio < 0) {
      p.add(
          ROOT
              + ".quality.entity-daily-jump.max-ratio must be >= 0 (0 disables), got "
              + jumpRatio);
    }
    int jumpMin = p.intAtLeast(c, "quality.entity-daily-jump.min-articles", 1);
    TopicsConfig topics = topics(c, p);
    OutputConfig output = p.output(c);
    int progress = p.intAtLeast(c, "progress-interval-seconds", 0);
    String master = p.get(() -> c.getString("spark.master"), "local[*]");
    int shuffle = p.intAtLeast(c, "spark.shuffle-partitions", 1);
    int broadcastArticles = p.intAtLeast(c, "spark.broadcast-articles", 0);
    String toneLexicon = p.get(() -> c.getString("tone.lexicon"), "");
    int discoveryMin = p.intAtLeast(c, "discovery.min-articles", 1);
    int ttMin = p.intAtLeast(c, "trending-terms.min-articles", 1);
    double ttLlr = p.get(() -> c.getDouble("trending-terms.min-llr"), 10.83);
    if (!(ttLlr >= 0)) {
      p.add(ROOT + ".trending-terms.min-llr must be >= 0, got " + ttLlr);
    }
    int ttTop = p.intAtLeast(c, "trending-terms.top-n", 1);
    double jaccard = p.get(() -> c.getDouble("dedup.jaccard-threshold"), 0.8);
    if (!(jaccard > 0 && jaccard <= 1)) {
      p.add(ROOT + ".dedup.jaccard-threshold must be in (0, 1], got " + jaccard);
    }
    int lookback = p.intAtLeast(c, "dedup.lookback-days", 0);
    String nerModel = p.get(() -> c.getString("ner.model"), "");
    FeedsConfig feeds =
        new FeedsConfig(
            p.intAtLeast(c, "boilerplate.min-articles", 2),
            p.intAtLeast(c, "boilerplate.min-days", 1),
            p.share(c, "boilerplate.min-share"),
            p.intAtLeast(c, "boilerplate.history-days", 0),
            p.intAtLeast(c, "boilerplate.label-min-articles", 0),
            p.fraction(c, "boilerplate.label-max-echo"),
            p.intAtLeast(c, "dedup.min-content-chars", 0),
            p.intAtLeast(c, "trending-terms.min-sources", 1));
    ReportConfig report = report(c, p);
    p.throwIfAny();

    String rendered = c.root().render(ConfigRenderOptions.concise().setFormatted(true));
    return new NewsPulseConfig(
        new InputConfig(
            columns,
            plausibleFrom,
            plausibleTo,
            maxText,
            headlineOnly.equals("accept"),
            unreadable.equals("skip"),
            language),
        kb,
        themes,
        kwMax,
        kwNgram,
        trends,
        coGrans,
        coMin,
        new QualityConfig(maxQuarantined, failEmpty, jumpRatio, jumpMin),
        topics,
        output,
        progress,
        master,
        shuffle,
        broadcastArticles,
        ConfigLoader.sha256(rendered).substring(0, 12),
        rendered,
        new AnalyticsConfig(
            toneLexicon,
            discoveryMin,
            p.fraction(c, "discovery.min-cue-share"),
            p.fraction(c, "discovery.min-capitalised-share"),
            ttMin,
            ttLlr,
            ttTop,
            jaccard,
            lookback,
            nerModel),
        feeds,
        report);
  }

  private static TrendsConfig trends(Config c, ConfigProblems p) {
    List<PeriodCalendar> grans = p.granularities(c, "trends.granularities");
    Map<PeriodCalendar, Integer> baseline = new EnumMap<>(PeriodCalendar.class);
    Map<PeriodCalendar, Integer> minBaseline = new EnumMap<>(PeriodCalendar.class);
    for (PeriodCalendar g : PeriodCalendar.values()) {
      int b = p.intAtLeast(c, "trends.baseline-periods." + g.id(), 1);
      int m = p.intAtLeast(c, "trends.min-baseline-periods." + g.id(), 1);
      if (m > b) {
        p.add(
            ROOT
                + ".trends.min-baseline-periods."
                + g.id()
                + " must be <= trends.baseline-periods."
                + g.id()
                + " ("
                + b
                + "), got "
                + m);
      }
      baseline.put(g, b);
      minBaseline.put(g, m);
    }
    double z = p.get(() -> c.getDouble("trends.z-threshold"), 3.0);
    if (!(z > 0)) {
      p.add(ROOT + ".trends.z-threshold must be > 0, got " + z);
    }
    int minArticles = p.intAtLeast(c, "trends.min-articles", 1);
    int kwMinArticles = p.intAtLeast(c, "trends.keyword-min-articles", 1);
    TrendsConfig.BurstMeasure measure = TrendsConfig.BurstMeasure.STABLE_SHARE;
    String measureName = p.get(() -> c.getString("trends.burst-measure"), measure.id());
    try {
      measure = TrendsConfig.BurstMeasure.parse(measureName);
    } catch (IllegalArgumentException e) {
      p.add(ROOT + ".trends.burst-measure: " + e.getMessage());
    }
    double coverage = p.get(() -> c.getDouble("trends.stable-sources.min-coverage"), 0.5);
    if (!(coverage > 0 && coverage <= 1)) {
      p.add(ROOT + ".trends.stable-sources.min-coverage must be in (0, 1], got " + coverage);
    }
    double mixChange = p.get(() -> c.getDouble("trends.mix-change.max-fraction"), 0.2);
    if (!(mixChange >= 0 && mixChange <= 1)) {
      p.add(ROOT + ".trends.mix-change.max-fraction must be in [0, 1], got " + mixChange);
    }
    List<PeriodCalendar> zeroFill = p.granularities(c, "trends.zero-fill.granularities", true);
    int zeroFillMin = p.intAtLeast(c, "trends.zero-fill.min-articles", 1);
    return new TrendsConfig(
        grans,
        baseline,
        minBaseline,
        z,
        minArticles,
        kwMinArticles,
        measure,
        coverage,
        mixChange,
        zeroFill,
        zeroFillMin);
  }

  private static ReportConfig report(Config c, ConfigProblems p) {
    List<ReportConfig.WatchKey> watch = new ArrayList<>();
    for (String entry : p.get(() -> c.getStringList("report.watch"), List.<String>of())) {
      try {
        ReportConfig.WatchKey k = ReportConfig.WatchKey.parse(entry);
        if (watch.contains(k)) {
          p.add(ROOT + ".report.watch lists '" + k + "' twice");
        } else {
          watch.add(k);
        }
      } catch (IllegalArgumentException e) {
        p.add(ROOT + ".report.watch: " + e.getMessage());
      }
    }
    return new ReportConfig(watch);
  }

  private static TopicsConfig topics(Config c, ConfigProblems p) {
    boolean enabled = p.get(() -> c.getBoolean("topics.enabled"), true);
    // "auto": the candidate with the most coherent topics (TopicModelFit); else a fixed k.
    boolean auto = "auto".equals(p.get(() -> c.getValue("topics.k").unwrapped().toString(), ""));
    int k = auto ? 0 : p.intAtLeast(c, "topics.k", 2);
    List<Integer> candidates =
        auto ? p.get(() -> c.getIntList("topics.k-candidates"), List.of()) : List.of();
    if (auto && (candidates.isEmpty() || candidates.stream().anyMatch(x -> x < 2))) {
      p.add(
          ROOT
              + ".topics.k-candidates must list topic counts >= 2 when topics.k = auto, got "
              + candidates);
    }
    int iter = p.intAtLeast(c, "topics.max-iterations", 1);
    int sample = p.intAtLeast(c, "topics.sample-size", 1);
    int vocab = p.intAtLeast(c, "topics.vocab-size", 1);
    double minDf = p.get(() -> c.getDouble("topics.min-doc-freq"), 1.0);
    if (!(minDf > 0)) {
      p.add(
          ROOT + ".topics.min-doc-freq must be > 0 (a count >= 1 or a fraction < 1), got " + minDf);
    }
    double maxDf = p.get(() -> c.getDouble("topics.max-doc-freq"), 1.0);
    if (!(maxDf > 0 && maxDf <= 1)) {
      p.add(ROOT + ".topics.max-doc-freq must be a fraction in (0, 1], got " + maxDf);
    }
    double minWeight = p.get(() -> c.getDouble("topics.min-weight"), 0.2);
    if (!(minWeight > 0 && minWeight <= 1)) {
      p.add(ROOT + ".topics.min-weight must be in (0, 1], got " + minWeight);
    }
    int perArticle = p.intAtLeast(c, "topics.max-per-article", 1);
    long seed = p.get(() -> c.getLong("topics.seed"), 42L);
    int restarts = p.intAtLeast(c, "topics.restarts", 1);
    double batch = p.get(() -> c.getDouble("topics.mini-batch-fraction"), 0.1);
    if (!(batch > 0 && batch <= 1)) {
      p.add(ROOT + ".topics.mini-batch-fraction must be in (0, 1], got " + batch);
    }
    double offset = p.get(() -> c.getDouble("topics.learning-offset"), 10.0);
    if (!(offset > 0)) {
      p.add(ROOT + ".topics.learning-offset must be > 0, got " + offset);
    }
    double decay = p.get(() -> c.getDouble("topics.learning-decay"), 0.7);
    if (!(decay > 0.5 && decay <= 1)) {
      p.add(ROOT + ".topics.learning-decay must be in (0.5, 1], got " + decay);
    }
    return new TopicsConfig(
        enabled,
        k,
        candidates.stream().sorted().distinct().toList(),
        iter,
        sample,
        vocab,
        minDf,
        maxDf,
        minWeight,
        perArticle,
        seed,
        restarts,
        batch,
        offset,
        decay);
  }
}
