package com.newspulse.job;

import com.newspulse.config.InvalidConfigException;
import com.newspulse.config.NewsPulseConfig;
import com.newspulse.core.enrich.ArticleEnricher;
import com.newspulse.core.kb.KnowledgeBase;
import com.newspulse.core.themes.ThemeTaxonomy;
import com.newspulse.core.tone.ToneLexicon;
import com.newspulse.spark.Locations;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * What the extractors read besides the articles: the knowledge base, the theme taxonomy and the
 * tone lexicon, loaded once from the configured locations (local, {@code classpath:} or any Hadoop
 * file system) by every command that needs them: {@code run}, {@code validate}, {@code train-ner},
 * the bench. A broken file is a configuration error (exit 2) naming it.
 */
public record EnrichResources(KnowledgeBase kb, ThemeTaxonomy themes, ToneLexicon lexicon) {

  public static EnrichResources load(NewsPulseConfig config, Configuration hadoop) {
    KnowledgeBase kb;
    try {
      kb = KnowledgeBase.load(Locations.local("kb.path", config.kbPath(), hadoop));
    } catch (RuntimeException e) {
      throw wrap("knowledge base " + config.kbPath(), e);
    }
    ThemeTaxonomy themes;
    try {
      themes = ThemeTaxonomy.load(Locations.local("themes.path", config.themesPath(), hadoop));
    } catch (RuntimeException e) {
      throw wrap("theme taxonomy " + config.themesPath(), e);
    }
    String lexiconPath = config.analytics().toneLexiconPath();
    ToneLexicon lexicon;
    try (InputStream in =
        Files.newInputStream(Locations.local("tone.lexicon", lexiconPath, hadoop))) {
      lexicon = ToneLexicon.load(lexiconPath, in);
    } catch (IOException e) {
      throw new InvalidConfigException(
          "cannot read tone lexicon " + lexiconPath + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw wrap("tone lexicon " + lexiconPath, e);
    }
    return new EnrichResources(kb, themes, lexicon);
  }

  /** The per-article extractor over these resources, with the configured keyword settings. */
  public ArticleEnricher enricher(NewsPulseConfig config) {
    return new ArticleEnricher(
        kb, themes, config.keywordsPerArticle(), config.keywordMaxNgram(), lexicon);
  }

  /** Theme id → label, in taxonomy order: every theme gets a dense trend series. */
  public Map<String, String> themeLabels() {
    Map<String, String> out = new LinkedHashMap<>();
    themes.themes().forEach(t -> out.put(t.id(), t.label()));
    return out;
  }

  private static RuntimeException wrap(String what, RuntimeException e) {
    if (e instanceof InvalidConfigException) {
      return e;
    }
    return new InvalidConfigException("invalid " + what + ":\n" + e.getMessage(), e);
  }
}
