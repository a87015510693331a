package com.newspulse.core.enrich;

import com.newspulse.core.amounts.AmountExtractor;
import com.newspulse.core.kb.KbEntity;
import com.newspulse.core.kb.KnowledgeBase;
import com.newspulse.core.keywords.KeywordExtractor;
import com.newspulse.core.match.EntityMatcher;
import com.newspulse.core.text.SegmentedText;
import com.newspulse.core.text.TextSegmenter;
import com.newspulse.core.themes.ThemeMatcher;
import com.newspulse.core.themes.ThemeTaxonomy;
import java.io.Serializable;
import java.util.List;

/**
 * Runs every extractor on one article: segmentation once, then entities, themes, keywords and
 * amounts. Built once per job on the driver and shipped to executors as one broadcast value.
 */
public final class ArticleEnricher implements Serializable {
  private static final long serialVersionUID = 1L;

  private final KnowledgeBase kb;
  private final ThemeTaxonomy taxonomy;
  private final TextSegmenter segmenter = new TextSegmenter();
  private final EntityMatcher entities;
  private final ThemeMatcher themes;
  private final KeywordExtractor keywords;
  private final AmountExtractor amounts = new AmountExtractor();
  private final int maxKeywords;

  public ArticleEnricher(KnowledgeBase kb, ThemeTaxonomy taxonomy, int maxKeywords, int maxNgram) {
    this.kb = kb;
    this.taxonomy = taxonomy;
    this.entities = new EntityMatcher(kb);
    this.themes = new ThemeMatcher(taxonomy);
    this.maxKeywords = maxKeywords;
    this.keywords = new KeywordExtractor(Math.max(1, maxKeywords), maxNgram);
  }

  public ArticleAnalysis analyze(String text) {
    SegmentedText seg = segmenter.segment(text);
    return new ArticleAnalysis(
        seg.sentences().size(),
        seg.tokens().size(),
        entities.match(seg),
        themes.match(seg),
        maxKeywords == 0 ? List.of() : keywords.extract(text),
        amounts.extract(text));
  }

  public KbEntity entity(String id) {
    return kb.byId(id);
  }

  public String themeLabel(String themeId) {
    return taxonomy.byId(themeId).label();
  }
}
