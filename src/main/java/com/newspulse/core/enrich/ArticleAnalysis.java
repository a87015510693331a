package com.newspulse.core.enrich;

import com.newspulse.core.amounts.Amount;
import com.newspulse.core.keywords.Keyword;
import com.newspulse.core.match.EntityMention;
import com.newspulse.core.themes.ThemeHit;
import java.util.List;

/** Everything enrich extracts from one article. */
public record ArticleAnalysis(
    int sentences,
    int tokens,
    List<EntityMention> mentions,
    List<ThemeHit> themes,
    List<Keyword> keywords,
    List<Amount> amounts) {}
