package com.newspulse.core.enrich;

import com.newspulse.core.amounts.Amount;
import com.newspulse.core.geo.CountryAttribution.CountryScore;
import com.newspulse.core.keywords.Keyword;
import com.newspulse.core.match.EntityMention;
import com.newspulse.core.themes.ThemeHit;
import java.util.List;
import java.util.Map;

/**
 * Everything enrich extracts from one article. Offsets are into the body text; {@code titleThemes}
 * counts theme hits in the headline, {@code countries} are the countries the article is about.
 */
public record ArticleAnalysis(
    int sentences,
    int tokens,
    List<EntityMention> mentions,
    List<ThemeHit> themes,
    List<Keyword> keywords,
    List<Amount> amounts,
    Map<String, Integer> titleThemes,
    List<CountryScore> countries) {}
