package com.newspulse.config;

import java.io.Serializable;

/**
 * Settings of the text analytics added on top of entities and themes: tone lexicon, entity
 * discovery, significant terms and near-duplicate clustering.
 *
 * @param toneLexiconPath tone lexicon TSV, or {@code classpath:...}
 * @param discoveryMinArticles an entity candidate needs at least this many articles
 * @param discoveryMinCueShare a candidate is typed by its most frequent context cue only when that
 *     cue is on at least this share of its mentions, else UNKNOWN ({@code discovery.min-cue-share})
 * @param discoveryMinCapitalisedShare a candidate is listed only when at least this share of the
 *     articles that use its words write them as a name ({@code discovery.min-capitalised-share})
 * @param trendingMinArticles a trending term needs at least this many articles in its period
 * @param trendingMinLlr minimum signed G² of a trending term
 * @param trendingTopN at most this many trending terms per (granularity, period)
 * @param dedupJaccardThreshold estimated Jaccard similarity from which two articles are
 *     near-duplicates
 * @param dedupLookbackDays days before a run's window whose published articles a window article can
 *     be a near-duplicate of (0: clusters within the window only)
 * @param nerModel folder of a model trained by {@code train-ner}; empty = no statistical NER
 */
public record AnalyticsConfig(
    String toneLexiconPath,
    int discoveryMinArticles,
    double discoveryMinCueShare,
    double discoveryMinCapitalisedShare,
    int trendingMinArticles,
    double trendingMinLlr,
    int trendingTopN,
    double dedupJaccardThreshold,
    int dedupLookbackDays,
    String nerModel)
    implements Serializable {

  public static final AnalyticsConfig DEFAULTS =
      new AnalyticsConfig(
          "classpath:newspulse/conf/tone/lexicon.tsv", 3, 0.1, 0.3, 5, 10.83, 50, 0.8, 2, "");
}
