package com.newspulse.config;

import java.io.Serializable;

/**
 * How feed noise is kept out of the signals (docs/architecture.md, "Real feeds").
 *
 * @param boilerplateMinArticles a line or sentence repeated verbatim (after normalisation) in at
 *     least this many of a source's stories (articles with different headlines, counted per day)
 *     can be boilerplate ({@code boilerplate.min-articles})
 * @param boilerplateMinDays ... and a whole line is, when those articles span at least this many
 *     days ({@code boilerplate.min-days}): a footer recurs for weeks, a story re-posted does not
 * @param boilerplateMinShare ... or when it is in at least this share of the source's articles of
 *     the history ({@code boilerplate.min-share}): a first run of one day still finds a feed's
 *     footer; a sentence inside a longer line is boilerplate only by share
 * @param boilerplateHistoryDays how many days before a window's end its boilerplate is learned from
 *     ({@code boilerplate.history-days})
 * @param labelMinArticles a headline prefix before a colon (1-3 words) on at least this many
 *     stories of a source's items in the history can be a headline label ({@code
 *     boilerplate.label-min-articles}; 0 turns label detection off): 20 items make an echo share of
 *     20% tell a label from a desk prefix echoed in 40% of its items with 95% confidence ({@link
 *     com.newspulse.core.feed.HeadlineLabel})
 * @param labelMaxEcho ... and it is one when its words come back in the rest of at most this share
 *     of those items ({@code boilerplate.label-max-echo})
 * @param dedupMinContentChars near-duplicates are only decided between articles with at least this
 *     many chars of body after boilerplate removal ({@code dedup.min-content-chars})
 * @param trendingMinSources a trending term must occur in at least this many sources in its period
 *     ({@code trending-terms.min-sources}): one feed's pet phrase is not a trend
 */
public record FeedsConfig(
    int boilerplateMinArticles,
    int boilerplateMinDays,
    double boilerplateMinShare,
    int boilerplateHistoryDays,
    int labelMinArticles,
    double labelMaxEcho,
    int dedupMinContentChars,
    int trendingMinSources)
    implements Serializable {

  public static final FeedsConfig DEFAULTS = new FeedsConfig(5, 3, 0.2, 90, 20, 0.2, 80, 3);
}
