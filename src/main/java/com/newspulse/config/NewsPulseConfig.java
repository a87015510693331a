package com.newspulse.config;

import com.newspulse.core.trendstats.PeriodCalendar;
import java.io.Serializable;
import java.util.List;

/**
 * The resolved, validated configuration of one run. Immutable and serializable: executors get these
 * records, never a Typesafe {@code Config}.
 *
 * @param kbPath knowledge base directory or file, or {@code classpath:...}
 * @param themesPath theme taxonomy file, or {@code classpath:...}
 * @param hash a short hash of the resolved configuration, recorded in {@code runs}
 * @param rendered the resolved configuration as HOCON, for the run record
 * @param analytics tone, discovery, trending-terms and dedup settings
 * @param report what the {@code report} command shows ({@code report.*})
 * @param broadcastArticles up to how many articles a join with the window's articles is a broadcast
 *     join ({@code spark.broadcast-articles}; 0: never)
 */
public record NewsPulseConfig(
    InputConfig input,
    String kbPath,
    String themesPath,
    int keywordsPerArticle,
    int keywordMaxNgram,
    TrendsConfig trends,
    List<PeriodCalendar> cooccurrenceGranularities,
    int cooccurrenceMinArticles,
    QualityConfig quality,
    TopicsConfig topics,
    OutputConfig output,
    int progressIntervalSeconds,
    String sparkMaster,
    int shufflePartitions,
    int broadcastArticles,
    String hash,
    String rendered,
    AnalyticsConfig analytics,
    FeedsConfig feeds,
    ReportConfig report)
    implements Serializable {

  public NewsPulseConfig {
    cooccurrenceGranularities = List.copyOf(cooccurrenceGranularities);
    analytics = analytics == null ? AnalyticsConfig.DEFAULTS : analytics;
    feeds = feeds == null ? FeedsConfig.DEFAULTS : feeds;
    report = report == null ? ReportConfig.NONE : report;
  }

  /** This configuration with another {@code ner.model} (null or empty: NER off). */
  public NewsPulseConfig withNerModel(String model) {
    AnalyticsConfig a = analytics;
    return with(
        kbPath,
        new AnalyticsConfig(
            a.toneLexiconPath(),
            a.discoveryMinArticles(),
            a.discoveryMinCueShare(),
            a.discoveryMinCapitalisedShare(),
            a.trendingMinArticles(),
            a.trendingMinLlr(),
            a.trendingTopN(),
            a.dedupJaccardThreshold(),
            a.dedupLookbackDays(),
            model == null ? "" : model));
  }

  /** This configuration with another knowledge base ({@code kb.path}). */
  public NewsPulseConfig withKbPath(String path) {
    return with(path, analytics);
  }

  private NewsPulseConfig with(String kbPath, AnalyticsConfig analytics) {
    return new NewsPulseConfig(
        input,
        kbPath,
        themesPath,
        keywordsPerArticle,
        keywordMaxNgram,
        trends,
        cooccurrenceGranularities,
        cooccurrenceMinArticles,
        quality,
        topics,
        output,
        progressIntervalSeconds,
        sparkMaster,
        shufflePartitions,
        broadcastArticles,
        hash,
        rendered,
        analytics,
        feeds,
        report);
  }

  /** The NER model folder ({@code ner.model}), or null when statistical NER is off. */
  public String nerModel() {
    String m = analytics.nerModel();
    return m == null || m.isBlank() ? null : m;
  }
}
