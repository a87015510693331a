package com.newspulse.core.enrich;

import com.newspulse.core.amounts.AmountExtractor;
import com.newspulse.core.generate.ArticleFactory;
import com.newspulse.core.generate.GeneratorSettings;
import com.newspulse.core.kb.KnowledgeBase;
import com.newspulse.core.keywords.KeywordExtractor;
import com.newspulse.core.match.EntityMatcher;
import com.newspulse.core.text.SegmentedText;
import com.newspulse.core.text.TextSegmenter;
import com.newspulse.core.themes.ThemeMatcher;
import com.newspulse.core.themes.ThemeTaxonomy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Per-component cost of enrich on one thread, no Spark: which extractor dominates. Run: java -cp
 * target/classes:target/test-classes:$(cat cp.txt) com.newspulse.core.enrich.EnrichBench [N]
 */
public final class EnrichBench {
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    ArticleFactory f =
        new ArticleFactory(
            new GeneratorSettings(
                n, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), 1, false));
    List<String> texts = new ArrayList<>();
    long chars = 0;
    for (int i = 0; i < n; i++) {
      String t = f.generate(i).text();
      texts.add(t);
      chars += t.length();
    }
    KnowledgeBase kb = KnowledgeBase.load(Path.of("conf/kb"));
    ThemeTaxonomy tax = ThemeTaxonomy.load(Path.of("conf/themes.conf"));
    TextSegmenter seg = new TextSegmenter();
    List<SegmentedText> segs = new ArrayList<>();
    EntityMatcher em = new EntityMatcher(kb);
    ThemeMatcher tm = new ThemeMatcher(tax);
    KeywordExtractor kw = new KeywordExtractor(10, 3);
    AmountExtractor am = new AmountExtractor();
    ArticleEnricher all = new ArticleEnricher(kb, tax, 10, 3);
    for (int round = 0; round < 2; round++) {
      segs.clear();
      System.out.printf(Locale.ROOT, "round %d: %d articles, %.1f MB%n", round, n, chars / 1e6);
      time("segment", n, chars, () -> texts.forEach(t -> segs.add(seg.segment(t))));
      time("entities", n, chars, () -> segs.forEach(em::match));
      time("themes", n, chars, () -> segs.forEach(tm::match));
      time("keywords", n, chars, () -> texts.forEach(kw::extract));
      time("amounts", n, chars, () -> texts.forEach(am::extract));
      time("all (ArticleEnricher)", n, chars, () -> texts.forEach((Consumer<String>) all::analyze));
    }
  }

  private static void time(String what, int n, long chars, Runnable r) {
    long t0 = System.nanoTime();
    r.run();
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        Locale.ROOT, "  %-24s %8.0f articles/s %7.1f MB/s%n", what, n / s, chars / 1e6 / s);
  }
}
