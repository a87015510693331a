package com.newspulse.core.enrich;

import com.newspulse.core.kb.KnowledgeBase;
import com.newspulse.core.themes.ThemeTaxonomy;
import java.nio.file.Path;

/**
 * One enricher over the project's default knowledge base and taxonomy, built once per JVM. Public
 * for the Spark-side tests that drive an article through it (enrich/EnrichStageTest).
 */
public final class TestEnricher {
  public static final ArticleEnricher INSTANCE =
      new ArticleEnricher(
          KnowledgeBase.load(Path.of("conf/kb")),
          ThemeTaxonomy.load(Path.of("conf/themes.conf")),
          10,
          3);

  private TestEnricher() {}
}
