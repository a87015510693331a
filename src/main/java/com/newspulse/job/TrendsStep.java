package com.newspulse.job;

import com.newspulse.config.NewsPulseConfig;
import com.newspulse.core.trendstats.PeriodCalendar;
import com.newspulse.spark.RunTransaction;
import com.newspulse.tables.Partitions;
import com.newspulse.tables.TableContract;
import com.newspulse.tables.Tables;
import com.newspulse.trends.TrendCounts;
import com.newspulse.trends.TrendItems;
import com.newspulse.trends.TrendsStage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
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
    Map<LocalDate, Map<String, Long>> dailySources =
        TrendsStage.dailySourceVolumes(tx.readDays(Tables.SOURCE_VOLUME, first, last));
    Map<LocalDate, Long> daily = TrendsStage.dailyVolumes(dailySources);
    Set<LocalDate> counted = tx.publishedPeriods(Tables.TREND_COUNTS, PeriodCalendar.DAY);
    SortedSet<LocalDate> countDays = countDays(w, first, last, dailySources.keySet(), counted);
    // Article-level items: for the days counted here, and for the co-occurrence periods (pairs
    // need the articles themselves).
    SortedSet<LocalDate> itemDays = new TreeSet<>(countDays);
    for (TrendsStage.PeriodRange r : coRanges) {
      for (LocalDate d = r.publishFrom(); !d.isAfter(r.lastDay()); d = d.plusDays(1)) {
        itemDays.add(d);
      }
    }
    Dataset<Row> articles =
        onDays(Tables.ARTICLES, itemDays)
            .select("article_id", Tables.PUBLISHED_DATE, "source", "duplicate_cluster")
            .join(
                onDays(Tables.ARTICLE_TONE, itemDays).select("article_id", "tone"),
                new String[] {"article_id"},
                "left");
    // A copy published up to the look-back after an article makes it the first copy of a story.
    int lookback = config.analytics().dedupLookbackDays();
    Dataset<Row> clusterScope =
        tx.readDays(
                Tables.ARTICLES, itemDays.first(), itemDays.last().plusDays(Math.max(0, lookback)))
            .select("article_id", "duplicate_cluster");
    // A broadcast join when the articles are few enough (spark.broadcast-articles) and broadcasts
    // are not turned off: the items are many (terms: about 40 per article), the articles' keys
    // small.
    long articleCount = itemDays.stream().mapToLong(d -> daily.getOrDefault(d, 0L)).sum();
    boolean broadcast =
        articleCount <= config.broadcastArticles()
            && ctx.spark().sessionState().conf().autoBroadcastJoinThreshold() >= 0;
    Dataset<Row> items =
        TrendItems.items(
                articles,
                broadcast,
                clusterScope,
                onDays(Tables.ARTICLE_ENTITIES, itemDays),
                onDays(Tables.ARTICLE_THEMES, itemDays),
                onDays(Tables.ARTICLE_KEYWORDS, itemDays),
                TrendItems.topicItems(onDays(Tables.ARTICLE_TOPICS, itemDays)))
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> dayRows = null;
    try {
      // The item day rows feed the roll-ups too, so they are cached; the term day rows (the most
      // rows, no roll-ups) are computed once, by the write.
      dayRows =
          TrendCounts.dayCounts(items.filter(inDays(countDays)))
              .persist(StorageLevel.MEMORY_AND_DISK());
      Dataset<Row> sources = articles.select("article_id", "source");
      Dataset<Row> termDayRows =
          TrendCounts.termDayCounts(
              onDays(Tables.ARTICLE_TERMS, countDays)
                  .join(broadcast ? functions.broadcast(sources) : sources, "article_id"));
      stageCounts(dayRows, termDayRows, countDays, trendRanges, dailySources.keySet(), counted);
      // Not cached: trends read the other dimensions' rows, trending terms the term rows, so each
      // row is read once; caching them all cost more than the second scan (on a year of RSS
      // 2022, 19M rows: 119 s of CPU to build the cache).
      Dataset<Row> counts = readCounts(trendRanges);
      // trends and trending_terms own the same periods.
      List<String> parts = periodParts(trendRanges);
      // The three period tables read the counts and the items, not each other: staged at once.
      List<RunTransaction.Staging> tables = new ArrayList<>();
      tables.add(
          new RunTransaction.Staging(
              Tables.TRENDS,
              new TrendsStage(config.trends())
                  .trends(
                      counts,
                      dailySources,
                      trendRanges,
                      ctx.resources().themeLabels(),
                      TrendItems.topicLabels(tx.read(Tables.TOPICS))),
              parts));
      if (!coRanges.isEmpty()) {
        tables.add(
            new RunTransaction.Staging(
                Tables.COOCCURRENCE,
                com.newspulse.trends.Cooccurrence.cooccurrence(
                    items, daily, coRanges, config.cooccurrenceMinArticles()),
                periodParts(coRanges)));
      }
      tables.add(
          new RunTransaction.Staging(
              Tables.TRENDING_TERMS,
              com.newspulse.trends.TrendingTermsStage.trendingTerms(
                  counts,
                  dailySources,
                  trendRanges,
                  config.trends(),
                  config.analytics(),
                  config.feeds().trendingMinSources()),
              parts));
      tx.stageAll(tables);
      ctx.gates()
          .checkTrends(
              tx.read(Tables.TRENDS, Partitions.periods(PeriodCalendar.DAY, w.from(), w.to())));
    } finally {
      items.unpersist();
      if (dayRows != null) {
        dayRows.unpersist();
      }
    }
  }

  /**
   * Stages the {@code trend_counts} day rows of {@code countDays} and the week and month roll-ups
   * of every period that holds one of them, or that holds articles within the ranges but has no
   * roll-up yet. A roll-up sums the day rows counted here and the published ones of its other days;
   * a period with a day that has articles and no day rows (an output written before {@code
   * trend_counts}, whose days before the ranges are not counted) gets none rather than a partial
   * one: no range reads it.
   */
  private void stageCounts(
      Dataset<Row> dayRows,
      Dataset<Row> termDayRows,
      SortedSet<LocalDate> countDays,
      List<TrendsStage.PeriodRange> ranges,
      Set<LocalDate> withArticles,
      Set<LocalDate> counted) {
    Dataset<Row> rows = dayRows;
    List<String> parts = new ArrayList<>();
    countDays.forEach(d -> parts.addAll(Partitions.periods(PeriodCalendar.DAY, d, d)));
    Column countedHere = anyOf(functions.col("period_start"), countDays);
    Set<LocalDate> uncounted = new TreeSet<>(tx.publishedDays(Tables.SOURCE_VOLUME));
    uncounted.removeAll(counted);
    uncounted.removeAll(countDays);
    for (TrendsStage.PeriodRange r : ranges) {
      PeriodCalendar g = r.granularity();
      if (g == PeriodCalendar.DAY) {
        continue;
      }
      SortedSet<LocalDate> periods = new TreeSet<>();
      countDays.forEach(d -> periods.add(g.start(d)));
      Set<LocalDate> rolled = tx.publishedPeriods(Tables.TREND_COUNTS, g);
      for (LocalDate d : withArticles) {
        if (!d.isBefore(r.computeFrom())
            && !d.isAfter(r.lastDay())
            && !rolled.contains(g.start(d))) {
          periods.add(g.start(d));
        }
      }
      uncounted.forEach(d -> periods.remove(g.start(d)));
      if (periods.isEmpty()) {
        continue;
      }
      Column day = functions.col("period_start");
      Column inPeriods = anyOf(TrendsStage.period(g, day), periods);
      Dataset<Row> published =
          tx.read(
                  Tables.TREND_COUNTS,
                  Partitions.periods(
                      PeriodCalendar.DAY, periods.first(), g.plus(periods.last(), 1).minusDays(1)))
              .filter(inPeriods.and(functions.not(countedHere)));
      rows =
          rows.unionByName(TrendCounts.rollUp(dayRows.filter(inPeriods).unionByName(published), g));
      periods.forEach(p -> parts.addAll(Partitions.periods(g, p, p)));
    }
    // One write: the item rows and roll-ups gathered by period, the term rows (most of the table)
    // already hash-partitioned by day (TrendCounts.termDayCounts); a day folder gets one file of
    // each.
    tx.stageClustered(
        Tables.TREND_COUNTS,
        rows.repartition(functions.col("granularity"), functions.col("period_start"))
            .unionByName(termDayRows),
        parts);
  }

  /**
   * The {@code trend_counts} rows of every range: its granularity's rows of its periods; for terms
   * and keywords, which have day rows only ({@link TrendsStage#DAY_ROWS_ONLY}), the day rows of
   * every range's days (their rows of other granularities, written by earlier versions, are not
   * read).
   */
  private Dataset<Row> readCounts(List<TrendsStage.PeriodRange> ranges) {
    Column dimension = functions.col("dimension");
    Column granularity = functions.col("granularity");
    Column start = functions.col("period_start");
    Column any = functions.lit(false);
    Set<String> parts = new java.util.LinkedHashSet<>();
    for (TrendsStage.PeriodRange r : ranges) {
      parts.addAll(Partitions.periods(r.granularity(), r.computeFrom(), r.lastDay()));
      any =
          any.or(
              functions
                  .not(TrendsStage.dayRowsOnly(dimension))
                  .and(granularity.equalTo(r.granularity().id()))
                  .and(start.between(r.computeFrom(), r.lastDay())));
    }
    Optional<LocalDate> termFrom =
        ranges.stream().map(TrendsStage.PeriodRange::computeFrom).min(LocalDate::compareTo);
    Optional<LocalDate> termTo =
        ranges.stream().map(TrendsStage.PeriodRange::lastDay).max(LocalDate::compareTo);
    if (termFrom.isPresent()) {
      parts.addAll(Partitions.periods(PeriodCalendar.DAY, termFrom.get(), termTo.get()));
      any =
          any.or(
              TrendsStage.dayRowsOnly(dimension)
                  .and(granularity.equalTo(PeriodCalendar.DAY.id()))
                  .and(start.between(termFrom.get(), termTo.get())));
    }
    return tx.read(Tables.TREND_COUNTS, parts).filter(any);
  }

  /**
   * The days whose {@code trend_counts} this run writes: the window; the dedup look-back before it
   * (a window copy can make a look-back article the first copy of a story, which changes that day's
   * counts); and every day of [first, last] with articles but no counts (an output written before
   * {@code trend_counts} existed, or a day whose counts were removed), so a baseline never sums a
   * day it has not counted.
   */
  private SortedSet<LocalDate> countDays(
      DateWindow w,
      LocalDate first,
      LocalDate last,
      Set<LocalDate> withArticles,
      Set<LocalDate> counted) {
    SortedSet<LocalDate> days = new TreeSet<>(w.days());
    int lookback = config.analytics().dedupLookbackDays();
    for (int i = 1; i <= lookback; i++) {
      days.add(w.from().minusDays(i));
    }
    for (LocalDate d : withArticles) {
      if (!d.isBefore(first) && !d.isAfter(last) && !counted.contains(d)) {
        days.add(d);
      }
    }
    return days;
  }

  /** Rows of {@code days} of a table partitioned by day: only those days' folders are listed. */
  private Dataset<Row> onDays(TableContract t, SortedSet<LocalDate> days) {
    return tx.read(t, Partitions.days(days));
  }

  /** Rows published on one of {@code days} (contiguous days read as one range). */
  private static Column inDays(SortedSet<LocalDate> days) {
    long span = java.time.temporal.ChronoUnit.DAYS.between(days.first(), days.last()) + 1;
    Column date = functions.col(Tables.PUBLISHED_DATE);
    return span == days.size() ? date.between(days.first(), days.last()) : anyOf(date, days);
  }

  /** Whether the date column {@code c} is one of {@code dates}. */
  private static Column anyOf(Column c, java.util.Collection<LocalDate> dates) {
    return c.isin(dates.stream().map(java.sql.Date::valueOf).toArray());
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
