package com.newspulse.cli;

import com.newspulse.spark.TableStore;
import com.newspulse.tables.Tables;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/** The readable summary the demo prints, read back from the published tables. */
final class Summary {
  private final TableStore store;

  Summary(SparkSession spark, String output) {
    this.store = new TableStore(spark, output);
  }

  void print(PrintStream out) {
    Dataset<Row> q = store.read(Tables.QUARANTINE);
    out.println();
    out.println("Quarantine by reason:");
    for (Row r :
        q.groupBy("reason")
            .count()
            .orderBy(functions.desc("count"), functions.asc("reason"))
            .collectAsList()) {
      out.printf(Locale.ROOT, "  %-20s %,8d%n", r.getString(0), r.getLong(1));
    }
    top(
        out,
        "Top entities (articles mentioning)",
        store.read(Tables.ARTICLE_ENTITIES),
        "label",
        "entity_type");
    top(out, "Top themes (articles)", store.read(Tables.ARTICLE_THEMES), "label", null);
    top(out, "Top keywords (articles)", store.read(Tables.ARTICLE_KEYWORDS), "keyword", null);
    weekly(out, "EXPORT_CONTROLS");
  }

  private static void top(
      PrintStream out, String title, Dataset<Row> t, String labelCol, String typeCol) {
    out.println();
    out.println(title + ":");
    Dataset<Row> g =
        typeCol == null ? t.groupBy(labelCol).count() : t.groupBy(labelCol, typeCol).count();
    for (Row r :
        g.orderBy(functions.desc("count"), functions.asc(labelCol)).limit(10).collectAsList()) {
      String type = typeCol == null ? "" : "  " + r.getString(1);
      out.printf(Locale.ROOT, "  %-40s %,8d%s%n", r.getString(0), r.getLong(r.length() - 1), type);
    }
  }

  private void weekly(PrintStream out, String theme) {
    List<Row> rows =
        store
            .read(Tables.TRENDS)
            .filter(
                functions
                    .col("granularity")
                    .equalTo("week")
                    .and(functions.col("dimension").equalTo("theme"))
                    .and(functions.col("key").equalTo(theme)))
            .orderBy("period_start")
            .collectAsList();
    out.println();
    out.println(theme + " weekly trend (share of all articles; * = burst):");
    out.println("  week        articles  share    z-score");
    for (Row r : rows) {
      double share = r.getAs("share");
      Double z = r.getAs("z_score");
      boolean burst = r.getAs("burst");
      String bar = "#".repeat((int) Math.round(share * 100));
      out.printf(
          Locale.ROOT,
          "  %s %8d  %5.1f%%  %7s  %s%s%n",
          r.getAs("period_start"),
          (long) r.getAs("articles"),
          share * 100,
          z == null ? "-" : String.format(Locale.ROOT, "%.1f", z),
          bar,
          burst ? "  * BURST" : "");
    }
  }
}
