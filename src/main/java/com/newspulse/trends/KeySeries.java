package com.newspulse.trends;

import com.newspulse.core.trendstats.PeriodCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * One key's {@code trend_counts} rows (dimension, key, period start, label, type, articles,
 * mentions, source, tone sum and count, unclustered, stories, granularity) → its trend rows of
 * every range; a plain function object so Spark can ship it.
 */
final class KeySeries implements FlatMapGroupsFunction<String, Row, Row> {
  private static final long serialVersionUID = 1L;

  /** The count columns a key's group reads, in this order (built on the driver only). */
  static Column[] columns() {
    return java.util.stream.Stream.of(
            "dimension",
            "key",
            "period_start",
            "label",
            "entity_type",
            "articles",
            "mentions",
            "source",
            "tone_sum",
            "tone_count",
            "unclustered",
            "stories",
            "granularity")
        .map(functions::col)
        .toArray(Column[]::new);
  }

  private final List<SeriesScorer> scorers;
  private final Map<String, String> themes;
  private final Map<String, String> topicLabels;
  private final long keywordMinArticles;

  KeySeries(
      List<SeriesScorer> scorers,
      Map<String, String> themes,
      Map<String, String> topicLabels,
      long keywordMinArticles) {
    this.scorers = scorers;
    this.themes = themes;
    this.topicLabels = topicLabels;
    this.keywordMinArticles = keywordMinArticles;
  }

  @Override
  public Iterator<Row> call(String groupKey, Iterator<Row> items) {
    int cut = groupKey.indexOf('\u0001');
    String dimension = groupKey.substring(0, cut);
    String key = groupKey.substring(cut + 1);
    // The long tail of keywords (most have one or two articles) is dropped before any array is
    // allocated; every other key is streamed into its periods, never held whole in memory.
    long enough = TrendsStage.KEYWORD.equals(dimension) ? keywordMinArticles : 1;
    List<Row> head = new ArrayList<>();
    // Counted per granularity: each article is in a day row, a week row and a month row (keywords:
    // day rows only, over the widest range's days, so the largest count is the same).
    Map<String, Long> seen = new HashMap<>();
    while (max(seen) < enough && items.hasNext()) {
      Row r = items.next();
      if (!r.isNullAt(2)) {
        head.add(r);
        seen.merge(r.getString(12), r.getLong(5), Long::sum);
      }
    }
    String themeLabel = TrendsStage.THEME.equals(dimension) ? themes.get(key) : null;
    if (max(seen) < enough && themeLabel == null) {
      return java.util.Collections.emptyIterator();
    }
    PeriodCells[] cells = new PeriodCells[scorers.size()];
    for (int s = 0; s < cells.length; s++) {
      cells[s] = new PeriodCells(scorers.get(s).periods().mix());
    }
    // A topic is named by its current label, whatever it was when its days were counted.
    String label = TrendsStage.TOPIC.equals(dimension) ? topicLabels.getOrDefault(key, key) : null;
    boolean daysOnly = TrendsStage.dayRowsOnly(dimension);
    head.forEach(r -> add(r, label, daysOnly, cells));
    while (items.hasNext()) {
      Row r = items.next();
      if (!r.isNullAt(2)) {
        add(r, label, daysOnly, cells);
      }
    }
    List<Row> out = new ArrayList<>();
    for (int s = 0; s < cells.length; s++) {
      scorers.get(s).score(dimension, key, cells[s], themeLabel, keywordMinArticles, out);
    }
    return out.iterator();
  }

  private static long max(Map<String, Long> seen) {
    return seen.values().stream().mapToLong(Long::longValue).max().orElse(0);
  }

  /**
   * A count row goes to the ranges of its granularity, at its period's index; a day row of a
   * dimension without roll-ups ({@code daysOnly}) to every range, at the index of the period that
   * holds its day.
   */
  private void add(Row r, String label, boolean daysOnly, PeriodCells[] cells) {
    LocalDate start = r.getLocalDate(2);
    String granularity = r.getString(12);
    boolean anyRange = daysOnly && PeriodCalendar.DAY.id().equals(granularity);
    for (int s = 0; s < cells.length; s++) {
      RangePeriods periods = scorers.get(s).periods();
      int i =
          anyRange || periods.range().granularity().id().equals(granularity)
              ? periods.index(start)
              : -1;
      if (i >= 0) {
        cells[s].add(
            i,
            label != null ? label : r.getString(3),
            r.getString(4),
            r.getLong(5),
            r.getLong(6),
            r.getString(7),
            r.getDouble(8),
            r.getLong(9),
            r.getLong(10),
            r.getList(11));
      }
    }
  }
}
