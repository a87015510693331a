package com.newspulse.eval;

import com.newspulse.spark.TableStore;
import com.newspulse.tables.Tables;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/** The gold mapping's trend check: the {@code trends} rows it names, and whether one bursts. */
final class TrendCheckRows {
  private TrendCheckRows() {}

  /**
   * Adds one line per trends row of the check's keys and periods to {@code out}; true when one of
   * them is a burst (true also when the mapping has no trend check).
   */
  static boolean collect(TableStore store, GoldMapping.TrendCheck c, List<String> out) {
    if (c == null) {
      return true;
    }
    Column key = functions.concat_ws(":", functions.col("dimension"), functions.col("key"));
    List<Row> rows =
        store
            .read(Tables.TRENDS)
            .filter(
                functions
                    .col("granularity")
                    .equalTo(c.granularity())
                    .and(functions.col("period_start").between(c.from(), c.to()))
                    .and(key.isin(c.keys().toArray())))
            .select(
                key.as("k"),
                functions.col("period_start"),
                functions.col("articles"),
                functions.col("period_articles"),
                functions.col("share"),
                functions.col("baseline_share"),
                functions.col("z_score"),
                functions.col("burst"))
            .orderBy("k", "period_start")
            .collectAsList();
    boolean burst = false;
    for (Row r : rows) {
      out.add(
          String.format(
              java.util.Locale.ROOT,
              "%-26s %s  articles %4d / %5d  share %.4f  baseline %s  z %s%s",
              r.getString(0),
              r.get(1),
              r.getLong(2),
              r.getLong(3),
              r.getDouble(4),
              r.isNullAt(5) ? "-" : String.format(java.util.Locale.ROOT, "%.4f", r.getDouble(5)),
              r.isNullAt(6) ? "-" : String.format(java.util.Locale.ROOT, "%.1f", r.getDouble(6)),
              r.getBoolean(7) ? "  BURST" : ""));
      burst |= r.getBoolean(7);
    }
    return burst;
  }
}
