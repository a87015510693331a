package com.newspulse.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the report page shows, as plain values: collected from the tables by {@link
 * ReportCollector} (Spark), rendered by {@link HtmlReport} (plain Java). Strings are raw data
 * (untrusted): the renderer escapes them.
 *
 * @param generatedAt when the report was made
 * @param output the output path the tables were read from
 * @param codeVersion version of the code that made the report
 * @param windowFrom first day of the requested window, or null (everything)
 * @param windowTo last day of the requested window, or null
 * @param totals articles in the window
 * @param weeks the x axis of the charts: every ISO week (its Monday) from the first to the last
 *     weekly trend period, gaps included
 * @param watched the {@code report.watch} keys, in the config's order, each with its weekly trend
 * @param entitySeries weekly trend rows of the top entities, most articles first
 * @param themeSeries weekly trend rows of the top themes, most articles first
 * @param bursts burst weeks of any entity, theme or keyword (charted or not), newest first
 * @param topEntities top entities by articles (type = entity type)
 * @param topThemes top themes by articles (type null)
 * @param topKeywords top keywords by articles (label = keyword, type null)
 * @param pairMinArticles the least articles a co-occurring pair needs to be shown
 * @param pairs co-occurrence highlights, best npmi first (one row per pair: its best month)
 * @param runs the newest rows of {@code runs}, newest first (the first is the run shown)
 * @param quarantine quarantined rows by reason, most first
 * @param headlines newest articles of each top entity, in the order of {@code entitySeries}
 */
public record ReportData(
    Instant generatedAt,
    String output,
    String codeVersion,
    LocalDate windowFrom,
    LocalDate windowTo,
    Totals totals,
    List<LocalDate> weeks,
    List<Watched> watched,
    List<Series> entitySeries,
    List<Series> themeSeries,
    List<Burst> bursts,
    List<TopItem> topEntities,
    List<TopItem> topThemes,
    List<TopItem> topKeywords,
    long pairMinArticles,
    List<Pair> pairs,
    List<RunInfo> runs,
    List<ReasonCount> quarantine,
    List<EntityHeadlines> headlines) {

  public ReportData {
    weeks = List.copyOf(weeks);
    watched = List.copyOf(watched);
    entitySeries = List.copyOf(entitySeries);
    themeSeries = List.copyOf(themeSeries);
    bursts = List.copyOf(bursts);
    topEntities = List.copyOf(topEntities);
    topThemes = List.copyOf(topThemes);
    topKeywords = List.copyOf(topKeywords);
    pairs = List.copyOf(pairs);
    runs = List.copyOf(runs);
    quarantine = List.copyOf(quarantine);
    headlines = List.copyOf(headlines);
  }

  /**
   * Accepted articles in the window and the days they span (null days when there are none), and the
   * days all the output's articles span: what the weekly trend rows were counted over, so what
   * makes a charted week partial.
   */
  public record Totals(
      long articles,
      LocalDate firstDay,
      LocalDate lastDay,
      LocalDate dataFirstDay,
      LocalDate dataLastDay) {
    /** Totals of an output whose articles all lie in the window. */
    public Totals(long articles, LocalDate firstDay, LocalDate lastDay) {
      this(articles, firstDay, lastDay, firstDay, lastDay);
    }
  }

  /**
   * One key's weekly trend: the weeks it has a row for. A row with 0 articles is a real zero; a
   * week without a row had no article of the key either (older outputs write no zero rows).
   */
  public record Series(
      String key, String label, String entityType, long articles, List<Point> points) {
    public Series {
      points = List.copyOf(points);
    }

    public long bursts() {
      return points.stream().filter(Point::burst).count();
    }
  }

  /**
   * A {@code report.watch} entry and its weekly trend in the weeks charted; {@code series.label()}
   * is the key when the output has no row of it.
   */
  public record Watched(String dimension, Series series) {
    /** True when the key has at least one article in the weeks charted. */
    public boolean found() {
      return series.articles() > 0;
    }
  }

  /** One {@code trends} row (granularity week). */
  public record Point(LocalDate week, long articles, double share, Double zScore, boolean burst) {}

  /** A weekly {@code trends} row flagged as a burst. */
  public record Burst(
      LocalDate week,
      String dimension,
      String key,
      String label,
      long articles,
      double share,
      Double baselineShare,
      Double zScore) {}

  public record TopItem(String key, String label, String type, long articles) {}

  /** A {@code cooccurrence} row (granularity month). */
  public record Pair(
      LocalDate month,
      String dimensionA,
      String labelA,
      String dimensionB,
      String labelB,
      long articles,
      long articlesA,
      long articlesB,
      double npmi) {}

  /** A {@code runs} row; counts are null for failed runs and for runs that read no input. */
  public record RunInfo(
      String runId,
      String command,
      String status,
      String message,
      Instant startedAt,
      Instant finishedAt,
      String codeVersion,
      LocalDate windowFrom,
      LocalDate windowTo,
      Long rowsRead,
      Long rowsAccepted,
      Long rowsQuarantined,
      Long rowsDuplicates,
      Long rowsOutsideWindow) {}

  public record ReasonCount(String reason, long rows) {}

  public record Headline(Instant publishedAt, String title, String source, String url) {}

  public record EntityHeadlines(
      String key, String label, String entityType, List<Headline> headlines) {
    public EntityHeadlines {
      headlines = List.copyOf(headlines);
    }
  }
}
