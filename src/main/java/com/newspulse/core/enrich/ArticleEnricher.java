package com.newspulse.core.enrich;

import com.newspulse.core.amounts.Amount;
import com.newspulse.core.amounts.AmountExtractor;
import com.newspulse.core.discovery.Candidate;
import com.newspulse.core.discovery.CandidateExtractor;
import com.newspulse.core.feed.ArticleText;
import com.newspulse.core.feed.BoilerplateSet;
import com.newspulse.core.feed.FeedUnits;
import com.newspulse.core.feed.HeadlineCase;
import com.newspulse.core.geo.CountryAttribution;
import com.newspulse.core.geo.Datelines;
import com.newspulse.core.kb.KbEntity;
import com.newspulse.core.kb.KnowledgeBase;
import com.newspulse.core.keywords.KeywordExtractor;
import com.newspulse.core.keywords.TermExtractor;
import com.newspulse.core.match.EntityMatcher;
import com.newspulse.core.match.EntityMention;
import com.newspulse.core.match.WithheldName;
import com.newspulse.core.ner.NerLinker;
import com.newspulse.core.ner.NerReconciler;
import com.newspulse.core.ner.NerSpan;
import com.newspulse.core.text.MatchTokens;
import com.newspulse.core.text.SegmentedText;
import com.newspulse.core.text.TextSegmenter;
import com.newspulse.core.themes.ThemeHit;
import com.newspulse.core.themes.ThemeMatcher;
import com.newspulse.core.themes.ThemeRequirement;
import com.newspulse.core.themes.ThemeTaxonomy;
import com.newspulse.core.tone.ToneLexicon;
import com.newspulse.core.tone.ToneScorer;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs every extractor on one article: its {@link ArticleText} (headline and cleaned body) is
 * segmented once, then entities, themes, keywords, amounts, tone, entity candidates and terms (all
 * reusing the one segmentation). Built once per job on the driver and shipped to executors as one
 * broadcast value.
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
  private final CountryAttribution countries;
  private final Datelines datelines;
  private final ToneScorer tone;
  private final CandidateExtractor candidates = new CandidateExtractor();
  private final TermExtractor terms = new TermExtractor();
  private final FeedUnits units = new FeedUnits();
  // Built on first use (only with NER on), not shipped: its alias map would double the broadcast.
  private transient volatile NerReconciler ner;

  /** With the tone lexicon bundled at {@link #BUNDLED_LEXICON}. */
  public ArticleEnricher(KnowledgeBase kb, ThemeTaxonomy taxonomy, int maxKeywords, int maxNgram) {
    this(kb, taxonomy, maxKeywords, maxNgram, bundledLexicon());
  }

  public static final String BUNDLED_LEXICON = "newspulse/conf/tone/lexicon.tsv";

  static ToneLexicon bundledLexicon() {
    var in = ArticleEnricher.class.getClassLoader().getResourceAsStream(BUNDLED_LEXICON);
    if (in == null) {
      throw new IllegalStateException(
          "tone lexicon " + BUNDLED_LEXICON + " is not on the classpath");
    }
    return ToneLexicon.load("classpath:" + BUNDLED_LEXICON, in);
  }

  public ArticleEnricher(
      KnowledgeBase kb,
      ThemeTaxonomy taxonomy,
      int maxKeywords,
      int maxNgram,
      ToneLexicon lexicon) {
    this.tone = new ToneScorer(lexicon);
    this.kb = kb;
    this.taxonomy = taxonomy;
    this.entities = new EntityMatcher(kb);
    this.themes = new ThemeMatcher(taxonomy);
    this.maxKeywords = maxKeywords;
    this.keywords = new KeywordExtractor(Math.max(1, maxKeywords), maxNgram);
    this.countries = new CountryAttribution(kb, CountryAttribution.Rules.DEFAULT);
    this.datelines = new Datelines(kb);
  }

  private NerReconciler ner() {
    NerReconciler r = ner;
    if (r == null) {
      synchronized (this) {
        r = ner;
        if (r == null) {
          r = new NerReconciler(new NerLinker(kb));
          ner = r;
        }
      }
    }
    return r;
  }

  /** An article with a body only (no headline, no dateline). */
  public ArticleAnalysis analyze(String text) {
    return analyze(null, text, null);
  }

  /** One article, headline and body, without feed history (no boilerplate known). */
  public ArticleAnalysis analyze(String title, String text, String dateline) {
    return analyze(title, text, dateline, List.of());
  }

  /** One article with statistical NER spans (offsets into the original body). */
  public ArticleAnalysis analyze(
      String title, String text, String dateline, List<NerSpan> nerSpans) {
    return analyzeText(prepare(title, text, null, BoilerplateSet.empty()), dateline, nerSpans);
  }

  /**
   * The text the extractors read: markup, links and the source's boilerplate removed (see {@link
   * ArticleText}).
   */
  public ArticleText prepare(String title, String text, String source, BoilerplateSet boilerplate) {
    return ArticleText.prepare(title, text, source, boilerplate, units);
  }

  /**
   * One article: headline and body are analysed together (the headline first, as its own sentence),
   * and every span is reported in its field ({@code title} or {@code text}) with offsets into the
   * original field value. Theme {@code hits} count the body; the headline's count as title hits.
   * Entity candidates are not taken from a title-case headline ({@link HeadlineCase}). With NER,
   * the model's spans ({@code ner.model}; offsets into the original body) are merged by {@link
   * NerReconciler}: linked spans count as mentions of their KB entity everywhere (countries
   * included), unlinked ones as {@code ner:<key>} entities and candidates.
   */
  public ArticleAnalysis analyzeText(ArticleText doc, String dateline, List<NerSpan> nerSpans) {
    String text = doc.text();
    SegmentedText seg = segmenter.segment(text);
    MatchTokens units = MatchTokens.of(seg); // one unit split for the three dictionary matchers
    // Only the NER merge reads the names the knowledge base withheld.
    List<WithheldName> withheld = nerSpans.isEmpty() ? null : new ArrayList<>();
    List<EntityMention> mentions = entities.match(units, withheld);
    List<Amount> foundAmounts = amounts.extract(text);
    var found = candidates.extractOutside(seg, candidateBlocks(doc, seg, mentions, foundAmounts));
    Map<String, String> unlinked = Map.of();
    List<EntityMention> kbMentions = mentions;
    if (!nerSpans.isEmpty()) {
      List<NerSpan> spans = new ArrayList<>(nerSpans.size());
      for (NerSpan s : nerSpans) {
        int from = doc.textIndexOfBodyOffset(s.start());
        int to = doc.textIndexOfBodyOffset(s.end());
        if (to > from) {
          spans.add(new NerSpan(from, to, s.type()));
        }
      }
      NerReconciler.Result r =
          ner().reconcile(text, seg.sentences(), mentions, withheld, found, spans);
      mentions = new ArrayList<>(mentions);
      mentions.addAll(r.mentions());
      mentions.sort(Comparator.comparingInt(EntityMention::start));
      kbMentions =
          mentions.stream()
              .filter(m -> !m.entityId().startsWith(NerReconciler.UNLINKED_PREFIX))
              .toList();
      found = r.candidates();
      unlinked = r.unlinkedTypes();
    }
    int titleSentences = 0;
    for (var s : seg.sentences()) {
      if (s.start() < doc.bodyStart()) {
        titleSentences++;
      }
    }
    Map<String, Integer> titleThemes = new TreeMap<>();
    List<ThemeHit> themeHits = new ArrayList<>();
    List<EntityMention> mentionsLinked = kbMentions;
    for (ThemeHit h :
        ThemeRequirement.keep(themes.match(units), taxonomy, () -> namedKinds(mentionsLinked))) {
      if (doc.inTitle(h.start())) {
        titleThemes.merge(h.themeId(), 1, Integer::sum);
      }
      ArticleText.Span at = doc.locate(h.start(), h.end());
      themeHits.add(
          h.at(
              at.field(),
              at.start(),
              at.end(),
              at.surface(),
              fieldSentence(doc, h.start(), h.sentence(), titleSentences)));
    }
    boolean titleCase = HeadlineCase.isTitleCase(doc.title());
    List<Candidate> located = new ArrayList<>(found.size());
    for (Candidate c : found) {
      // A phrase that is exactly a knowledge-base alias is known, not a discovery: an ambiguous
      // "Apple" left unlinked for want of support, or a name a rule kept from its entity here.
      if (!(titleCase && doc.inTitle(c.start())) && !entities.isAlias(c.surface())) {
        ArticleText.Span at = doc.locate(c.start(), c.end());
        located.add(
            c.at(
                at.field(),
                at.start(),
                at.end(),
                at.surface(),
                fieldSentence(doc, c.start(), c.sentence(), titleSentences)));
      }
    }
    List<EntityMention> locatedMentions = new ArrayList<>(mentions.size());
    for (EntityMention m : mentions) {
      ArticleText.Span at = doc.locate(m.start(), m.end());
      locatedMentions.add(
          m.at(
              at.field(),
              at.start(),
              at.end(),
              at.surface(),
              fieldSentence(doc, m.start(), m.sentence(), titleSentences)));
    }
    List<Amount> locatedAmounts = new ArrayList<>();
    for (Amount a : foundAmounts) {
      ArticleText.Span at = doc.locate(a.start(), a.end());
      locatedAmounts.add(a.at(at.field(), at.start(), at.end(), at.surface()));
    }
    int bodyTokens = 0;
    for (var t : seg.tokens()) {
      if (t.start() >= doc.bodyStart()) {
        bodyTokens++;
      }
    }
    return new ArticleAnalysis(
        seg.sentences().size(),
        bodyTokens,
        locatedMentions,
        themeHits,
        maxKeywords == 0 ? List.of() : keywords.extract(text),
        locatedAmounts,
        titleThemes,
        countries.attribute(kbMentions, datelines.country(dateline)),
        tone.score(units),
        located,
        terms.terms(seg),
        unlinked,
        titleSentences);
  }

  /**
   * Sentence indexes count within their field: the body's first sentence is 0 with or without a
   * headline.
   */
  private static int fieldSentence(ArticleText doc, int start, int sentence, int titleSentences) {
    return doc.inTitle(start) ? sentence : sentence - titleSentences;
  }

  public KbEntity entity(String id) {
    return kb.byId(id);
  }

  /** The kinds ({@link ThemeRequirement#addKinds}) of the knowledge-base entities mentioned. */
  private Set<String> namedKinds(List<EntityMention> kbMentions) {
    Set<String> out = new HashSet<>();
    for (EntityMention m : kbMentions) {
      KbEntity e = kb.byId(m.entityId());
      if (e != null) {
        ThemeRequirement.addKinds(e, out);
      }
    }
    return out;
  }

  public String themeLabel(String themeId) {
    return taxonomy.byId(themeId).label();
  }

  /**
   * What entity candidates are not taken from: the knowledge-base mentions, the amounts (the
   * currency code of "CA$5 million"), a dateline opening the body ("AUSTIN, TX, March 8, 2024
   * /PRNewswire/ --": its region codes and distributor are metadata), and a state's or province's
   * postal code after a place in the prose ("Fullerton, CA") or before a postal code ("Santa Monica
   * CA 90405"): none is a name the knowledge base lacks.
   */
  private static List<CandidateExtractor.Span> candidateBlocks(
      ArticleText doc, SegmentedText seg, List<EntityMention> mentions, List<Amount> amounts) {
    List<CandidateExtractor.Span> blocks = new ArrayList<>(mentions.size() + amounts.size() + 1);
    for (EntityMention m : mentions) {
      blocks.add(CandidateExtractor.Span.of(m));
    }
    // An amount's currency code is no name ("CA$5 million", "HK$1.2 billion").
    for (Amount a : amounts) {
      blocks.add(new CandidateExtractor.Span(a.start(), a.end()));
    }
    Datelines.Opening dateline = Datelines.opening(doc.text(), doc.bodyStart());
    if (dateline != null) {
      blocks.add(new CandidateExtractor.Span(dateline.start(), dateline.end()));
    }
    String text = seg.text();
    for (var t : seg.tokens()) {
      if (Datelines.isRegionAfterPlace(text, t.start(), t.end())) {
        blocks.add(new CandidateExtractor.Span(t.start(), t.end()));
      }
    }
    return blocks;
  }
}
