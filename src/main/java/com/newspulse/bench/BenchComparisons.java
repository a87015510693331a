package com.newspulse.bench;

import com.newspulse.core.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The bench's untimed comparisons of what its rows wrote, ours against Spark NLP's: segmentation
 * and keyword totals, and entities mention by mention. They become the notes under the table.
 */
final class BenchComparisons {
  private final SparkSession spark;

  BenchComparisons(SparkSession spark) {
    this.spark = spark;
  }

  /** Segmentation and keyword totals of the rows that ran, ours against Spark NLP's. */
  List<String> segmentsAndKeywords(String dir, Map<BenchRow, Measurement> results) {
    List<String> lines = new ArrayList<>();
    if (ok(results, BenchRow.SEGMENT_OURS) || ok(results, BenchRow.SEGMENT_SPARKNLP)) {
      lines.add("segmentation totals (sentences / tokens):");
      for (BenchRow r : List.of(BenchRow.SEGMENT_OURS, BenchRow.SEGMENT_SPARKNLP)) {
        if (ok(results, r)) {
          Row t =
              spark
                  .read()
                  .parquet(path(dir, r))
                  .agg(functions.sum("sentences"), functions.sum("tokens"))
                  .first();
          lines.add(
              String.format(
                  Locale.ROOT,
                  "  %-18s %,14d / %,d",
                  r.id(),
                  t.isNullAt(0) ? 0 : t.getLong(0),
                  t.isNullAt(1) ? 0 : t.getLong(1)));
        }
      }
      if (ok(results, BenchRow.SEGMENT_OURS) && ok(results, BenchRow.SEGMENT_SPARKNLP)) {
        Dataset<Row> ours = spark.read().parquet(path(dir, BenchRow.SEGMENT_OURS));
        Dataset<Row> theirs =
            spark
                .read()
                .parquet(path(dir, BenchRow.SEGMENT_SPARKNLP))
                .withColumnRenamed("sentences", "s2")
                .withColumnRenamed("tokens", "t2");
        Row d =
            ours.join(theirs, "id")
                .agg(
                    functions.count(functions.lit(1)),
                    functions.sum(
                        functions
                            .when(functions.col("sentences").notEqual(functions.col("s2")), 1)
                            .otherwise(0)),
                    functions.sum(
                        functions
                            .when(functions.col("tokens").notEqual(functions.col("t2")), 1)
                            .otherwise(0)))
                .first();
        lines.add(
            String.format(
                Locale.ROOT,
                "  articles whose counts differ: sentences %,d, tokens %,d (of %,d)",
                d.getLong(1),
                d.getLong(2),
                d.getLong(0)));
      }
    }
    if (ok(results, BenchRow.KEYWORDS_OURS) || ok(results, BenchRow.KEYWORDS_SPARKNLP)) {
      lines.add(
          "keywords: total / distinct per article (lowercase) / duplicates (same lowercase text again in one"
              + " article) / articles with a duplicate:");
      for (BenchRow r : List.of(BenchRow.KEYWORDS_OURS, BenchRow.KEYWORDS_SPARKNLP)) {
        if (ok(results, r)) {
          Row k =
              spark
                  .read()
                  .parquet(path(dir, r))
                  .withColumn(
                      "kw", functions.expr("coalesce(keywords, cast(array() as array<string>))"))
                  .withColumn("n", functions.size(functions.col("kw")))
                  .withColumn(
                      "dups",
                      functions.expr(
                          "size(kw) - size(array_distinct(transform(kw, k -> lower(k))))"))
                  .agg(
                      functions.sum("n"),
                      functions.sum("dups"),
                      functions.sum(functions.when(functions.col("dups").gt(0), 1).otherwise(0)))
                  .first();
          long total = k.isNullAt(0) ? 0 : k.getLong(0);
          long dups = k.isNullAt(1) ? 0 : k.getLong(1);
          long articles = k.isNullAt(2) ? 0 : k.getLong(2);
          lines.add(
              String.format(
                  Locale.ROOT,
                  "  %-18s %,10d / %,d / %,d / %,d",
                  r.id(),
                  total,
                  total - dups,
                  dups,
                  articles));
        }
      }
    }
    return lines;
  }

  /**
   * Per-mention comparison of entities-ours and entities-sparknlp (untimed): agreement by exact
   * span, differences per bucket, per-entity counts that differ most; all classified mentions are
   * written to {@code <dir>/entities-compare} (CSV) for reading examples.
   */
  List<String> entities(Dataset<Row> articles, KnowledgeBase kb, String dir) {
    Dataset<Row> ours = spark.read().parquet(path(dir, BenchRow.ENTITIES_OURS));
    Dataset<Row> theirs = spark.read().parquet(path(dir, BenchRow.ENTITIES_SPARKNLP));
    String out = new Path(dir, "entities-compare").toString();
    MentionComparison.classify(articles, ours, theirs, kb)
        .coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .option("header", true)
        .csv(out);
    Dataset<Row> diff =
        spark.read().option("header", true).schema(MentionComparison.DIFF).csv(out).cache();
    List<String> lines = new ArrayList<>();
    long nOurs = ours.selectExpr("explode(mentions)").count();
    long nTheirs = theirs.selectExpr("explode(mentions)").count();
    long agree = diff.filter(functions.col("bucket").equalTo(MentionComparison.AGREE)).count();
    long sameSpan = diff.filter(functions.col("side").startsWith("both")).count();
    lines.add(
        String.format(
            Locale.ROOT,
            "entities: mentions ours %,d, theirs (TextMatcher) %,d; same span %,d, of which"
                + " same entity %,d (%.1f%% of ours, %.1f%% of theirs); every mention classified in %s",
            nOurs,
            nTheirs,
            sameSpan,
            agree,
            100.0 * agree / Math.max(1, nOurs),
            100.0 * agree / Math.max(1, nTheirs),
            out));
    lines.add("  differences by bucket (mentions: ours only / theirs only / same span other id):");
    List<Row> counts =
        diff.filter(functions.col("bucket").notEqual(MentionComparison.AGREE))
            .groupBy("bucket")
            .agg(
                functions
                    .sum(functions.when(functions.col("side").equalTo("ours"), 1).otherwise(0))
                    .as("o"),
                functions
                    .sum(functions.when(functions.col("side").equalTo("theirs"), 1).otherwise(0))
                    .as("t"),
                functions
                    .sum(functions.when(functions.col("side").startsWith("both"), 1).otherwise(0))
                    .as("b"))
            .collectAsList();
    for (String b : MentionComparison.bucketOrder()) {
      for (Row c : counts) {
        if (c.getString(0).equals(b)) {
          lines.add(
              String.format(
                  Locale.ROOT,
                  "    %-76s %,8d / %,8d / %,6d",
                  b,
                  c.getLong(1),
                  c.getLong(2),
                  c.getLong(3)));
        }
      }
    }
    lines.add("  entities whose counts differ most (entity: ours / theirs):");
    Dataset<Row> perOurs =
        ours.selectExpr("explode(mentions) as m")
            .groupBy("m.entity_id")
            .count()
            .withColumnRenamed("count", "ours");
    Dataset<Row> perTheirs =
        theirs
            .selectExpr("explode(mentions) as m")
            .groupBy("m.entity_id")
            .count()
            .withColumnRenamed("count", "theirs");
    Dataset<Row> per =
        perOurs
            .withColumnRenamed("entity_id", "e1")
            .join(perTheirs, functions.col("e1").equalTo(functions.col("entity_id")), "full_outer")
            .select(
                functions.coalesce(functions.col("e1"), functions.col("entity_id")).as("entity_id"),
                functions.coalesce(functions.col("ours"), functions.lit(0L)).as("ours"),
                functions.coalesce(functions.col("theirs"), functions.lit(0L)).as("theirs"));
    long entitiesDiffer =
        per.filter(functions.col("ours").notEqual(functions.col("theirs"))).count();
    long entities = per.count();
    for (Row r :
        per.withColumn("d", functions.abs(functions.col("ours").minus(functions.col("theirs"))))
            .orderBy(functions.col("d").desc(), functions.col("entity_id"))
            .limit(12)
            .collectAsList()) {
      lines.add(
          String.format(
              Locale.ROOT, "    %-28s %,8d / %,8d", r.getString(0), r.getLong(1), r.getLong(2)));
    }
    lines.add(
        String.format(
            Locale.ROOT,
            "  entities found by either: %,d, with a different count: %,d",
            entities,
            entitiesDiffer));
    diff.unpersist();
    return lines;
  }

  static boolean ok(Map<BenchRow, Measurement> results, BenchRow r) {
    Measurement m = results.get(r);
    return m != null && m.ok();
  }

  private static String path(String dir, BenchRow r) {
    return new Path(dir, r.id()).toString();
  }
}
