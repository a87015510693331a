package com.newspulse.job;

import com.newspulse.config.NewsPulseConfig;
import com.newspulse.core.trendstats.PeriodCalendar;
import com.newspulse.spark.RunTransaction;
import com.newspulse.tables.Partitions;
import com.newspulse.tables.Tables;
import com.newspulse.trends.TrendsStage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

/**
 * The trends step: the window's article-level tables → {@code trends}, {@code cooccurrence} and
 * {@code trending_terms} for every period whose value the window can change (the window's periods
 * and those whose trailing baseline includes one of them).
 */
final class TrendsStep {
  private final RunContext ctx;
  private final RunTransaction tx;
  private final NewsPulseConfig config;

  TrendsStep(RunContext ctx) {
    this.ctx = ctx;
    this.tx = ctx.tx();
    this.config = ctx.config();
  }

  void run(DateWindow w) {
    List<TrendsStage.PeriodRange> trendRanges = new ArrayList<>();
    for (PeriodCalendar g : config.trends().granularities()) {
      // Periods from the window's first to the last whose baseline includes a window period.
      LocalDate publishFrom = g.start(w.from());
      LocalDate publishTo = g.plus(g.start(w.to()), config.trends().baseline(g));
      trendRanges.add(
          new TrendsStage.PeriodRange(
              g, g.plus(publishFrom, -config.trends().baseline(g)), publishFrom, publishTo));
    }
    List<TrendsStage.PeriodRange> coRanges = new ArrayList<>();
    for (PeriodCalendar g : config.cooccurrenceGranularities()) {
      coRanges.add(
          new TrendsStage.PeriodRange(g, g.start(w.from()), g.start(w.from()), g.start(w.to())));
    }
    List<TrendsStage.PeriodRange> all = new ArrayList<>(trendRanges);
    all.addAll(coRanges);
    LocalDate first =
        all.stream()
            .map(TrendsStage.PeriodRange::computeFrom)
            .min(LocalDate::compareTo)
            .orElseThrow();
    LocalDate last =
        all.stream().map(TrendsStage.PeriodRange::lastDay).max(LocalDate::compareTo).orElseThrow();
    Dataset<Row> articles =
        ctx.readRange(Tables.ARTICLES, first, last)
            .select("article_id", Tables.PUBLISHED_DATE, "source", "duplicate_cluster")
            .join(
                ctx.readRange(Tables.ARTICLE_TONE, first, last).select("article_id", "tone"),
                new String[] {"article_id"},
                "left");
    Map<LocalDate, Map<String, Long>> dailySources = TrendsStage.dailySourceVolumes(articles);
    Map<LocalDate, Long> daily = TrendsStage.dailyVolumes(dailySources);
    Dataset<Row> items =
        TrendsStage.items(
                articles,
                ctx.readRange(Tables.ARTICLE_ENTITIES, first, last),
                ctx.readRange(Tables.ARTICLE_THEMES, first, last),
                ctx.readRange(Tables.ARTICLE_KEYWORDS, first, last),
                TrendsStage.topicItems(
                    ctx.readRange(Tables.ARTICLE_TOPICS, first, last), tx.read(Tables.TOPICS)))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      // trends and trending_terms own the same periods.
      List<String> parts = periodParts(trendRanges);
      tx.stage(
          Tables.TRENDS,
          new TrendsStage(config.trends())
              .trends(items, dailySources, trendRanges, ctx.resources().themeLabels()),
          parts);
      ctx.gates()
          .checkTrends(
              tx.read(Tables.TRENDS)
                  .filter(
                      functions
                          .col("granularity")
                          .equalTo("day")
                          .and(functions.col("period_start").between(w.from(), w.to()))));
      if (!coRanges.isEmpty()) {
        tx.stage(
            Tables.COOCCURRENCE,
            com.newspulse.trends.Cooccurrence.cooccurrence(
                items, daily, coRanges, config.cooccurrenceMinArticles()),
            periodParts(coRanges));
      }
      tx.stage(
          Tables.TRENDING_TERMS,
          com.newspulse.trends.TrendingTermsStage.trendingTerms(
              ctx.readRange(Tables.ARTICLE_TERMS, first, last)
                  .join(articles.select("article_id", "source"), "article_id"),
              dailySources,
              trendRanges,
              config.trends(),
              config.analytics(),
              config.feeds().trendingMinSources()),
          parts);
    } finally {
      items.unpersist();
    }
  }

  /** The partitions of the published periods of every range. */
  private static List<String> periodParts(List<TrendsStage.PeriodRange> ranges) {
    List<String> parts = new ArrayList<>();
    for (TrendsStage.PeriodRange r : ranges) {
      parts.addAll(Partitions.periods(r.granularity(), r.publishFrom(), r.publishTo()));
    }
    return parts;
  }
}
