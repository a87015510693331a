package com.newspulse.trends;

import com.newspulse.tables.Tables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * One key's items (dimension, key, day, label, type, mentions, source, cluster key, tone) → its
 * trend rows of every range; a plain function object so Spark can ship it.
 */
final class KeySeries implements FlatMapGroupsFunction<String, Row, Row> {
  private static final long serialVersionUID = 1L;

  /** The item columns a key's group reads, in this order (built on the driver only). */
  static Column[] columns() {
    return new Column[] {
      functions.col("dimension"),
      functions.col("key"),
      functions.col(Tables.PUBLISHED_DATE),
      functions.col("label"),
      functions.col("entity_type"),
      functions.col("mentions"),
      functions.col(TrendsStage.SOURCE_COLUMN),
      functions.col(TrendsStage.CLUSTER_KEY),
      functions.col("tone")
    };
  }

  private final List<SeriesScorer> scorers;
  private final Map<String, String> themes;
  private final long keywordMinArticles;

  KeySeries(List<SeriesScorer> scorers, Map<String, String> themes, long keywordMinArticles) {
    this.scorers = scorers;
    this.themes = themes;
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
    while (head.size() < enough && items.hasNext()) {
      Row r = items.next();
      if (!r.isNullAt(2)) {
        head.add(r);
      }
    }
    String themeLabel = TrendsStage.THEME.equals(dimension) ? themes.get(key) : null;
    if (head.size() < enough && themeLabel == null) {
      return java.util.Collections.emptyIterator();
    }
    PeriodCells[] cells = new PeriodCells[scorers.size()];
    for (int s = 0; s < cells.length; s++) {
      cells[s] = new PeriodCells(scorers.get(s).periods().mix());
    }
    head.forEach(r -> add(r, cells));
    while (items.hasNext()) {
      Row r = items.next();
      if (!r.isNullAt(2)) {
        add(r, cells);
      }
    }
    List<Row> out = new ArrayList<>();
    for (int s = 0; s < cells.length; s++) {
      scorers.get(s).score(dimension, key, cells[s], themeLabel, keywordMinArticles, out);
    }
    return out.iterator();
  }

  private void add(Row r, PeriodCells[] cells) {
    LocalDate day = r.getLocalDate(2);
    for (int s = 0; s < cells.length; s++) {
      int i = scorers.get(s).periods().index(day);
      if (i >= 0) {
        cells[s].add(
            i,
            r.getString(3),
            r.getString(4),
            r.getLong(5),
            r.getString(6),
            r.getString(7),
            r.isNullAt(8) ? null : r.getDouble(8));
      }
    }
  }
}
