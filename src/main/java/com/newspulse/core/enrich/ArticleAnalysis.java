package com.newspulse.core.enrich;

import com.newspulse.core.amounts.Amount;
import com.newspulse.core.discovery.Candidate;
import com.newspulse.core.geo.CountryAttribution.CountryScore;
import com.newspulse.core.keywords.Keyword;
import com.newspulse.core.match.EntityMention;
import com.newspulse.core.themes.ThemeHit;
import com.newspulse.core.tone.ArticleTone;
import java.util.List;
import java.util.Map;

/**
 * Everything enrich extracts from one article. Offsets are into the body text; {@code titleThemes}
 * counts theme hits in the headline, {@code countries} are the countries the article is about,
 * {@code tone} the lexicon tone (per sentence too), {@code candidates} the proper-noun phrases the
 * knowledge base does not know and {@code terms} the distinct 1-3-gram terms. With statistical NER,
 * {@code mentions} also holds the model's spans ({@code method = ner}) and {@code unlinkedTypes}
 * the entity type of each {@code ner:<key>} id that no KB entity claims.
 */
public record ArticleAnalysis(
    int sentences,
    int tokens,
    List<EntityMention> mentions,
    List<ThemeHit> themes,
    List<Keyword> keywords,
    List<Amount> amounts,
    Map<String, Integer> titleThemes,
    List<CountryScore> countries,
    ArticleTone tone,
    List<Candidate> candidates,
    List<String> terms,
    Map<String, String> unlinkedTypes,
    int titleSentences) {

  /** Tone of sentence {@code i} of {@code field} ("title" or "text"). */
  public double sentenceTone(String field, int i) {
    return sentenceTone("title".equals(field) ? i : i + titleSentences);
  }

  /**
   * Tone of sentence {@code i} of the analysed text, headline first (0 when there is no tone or no
   * such sentence).
   */
  public double sentenceTone(int i) {
    return tone == null || i < 0 || i >= tone.sentences().size()
        ? 0.0
        : tone.sentences().get(i).tone();
  }
}
