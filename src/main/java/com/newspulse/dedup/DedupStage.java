package com.newspulse.dedup;

import com.newspulse.core.dedup.DuplicateClusters;
import com.newspulse.core.dedup.EarlierClusters;
import com.newspulse.core.dedup.MinHasher;
import com.newspulse.spark.Iterators;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Near-duplicate clusters of one window's articles, without comparing all pairs.
 *
 * <ol>
 *   <li>MinHash signature of each text (core {@link MinHasher}, one mapPartitions pass);
 *   <li>LSH: every article emits its {@link MinHasher#DEFAULT_BANDS} band keys; a self-join on the
 *       band key alone gives the candidate pairs (articles sharing at least one band). A bucket
 *       with more than {@link #MAX_BUCKET} articles is paired as a star around its smallest id, so
 *       no bucket costs more than linear pairs;
 *   <li>each distinct candidate pair sharing enough bands ({@link MinHasher#minSharedBands}: 2 at
 *       the default threshold) is confirmed with {@link MinHasher#estimateJaccard} at the
 *       threshold;
 *   <li>connected components of the confirmed pairs with the core union-find ({@link
 *       DuplicateClusters}) on the driver.
 * </ol>
 *
 * <p>Step 4 collects the confirmed pairs, not the articles: a cluster of k copies gives k(k-1)/2
 * pairs, so the driver holds O(sum of squared cluster sizes) strings; at typical syndication
 * (clusters of 2-50 copies) that is a few pairs per article in the worst case and far below the
 * window's article count in practice. The cluster id is the smallest article id of the cluster;
 * articles without a near-duplicate get none (null). With a look-back ({@code dedup.lookback-days})
 * the window is clustered together with the articles published just before it, and a re-post takes
 * the key the earlier story was published with.
 */
public final class DedupStage {
  static final StructType SIGNATURE =
      new StructType()
          .add("article_id", DataTypes.StringType)
          .add("sig", new ArrayType(DataTypes.LongType, false));
  static final StructType BAND =
      new StructType().add("article_id", DataTypes.StringType).add("band", DataTypes.StringType);
  public static final StructType CLUSTER =
      new StructType()
          .add("article_id", DataTypes.StringType, false)
          .add("duplicate_cluster", DataTypes.StringType, false);

  private DedupStage() {}

  /**
   * Band buckets up to this size are paired all against all; larger ones as a star around their
   * smallest id.
   */
  public static final int MAX_BUCKET = 200;

  /** Articles (article_id, text) → (article_id, duplicate_cluster) for clustered articles only. */
  public static Dataset<Row> clusters(SparkSession spark, Dataset<Row> articles, double threshold) {
    return clusters(spark, articles, threshold, MAX_BUCKET);
  }

  public static Dataset<Row> clusters(
      SparkSession spark, Dataset<Row> articles, double threshold, int maxBucket) {
    return rows(spark, clusterIds(articles, threshold, maxBucket));
  }

  /**
   * The window's articles (article_id, text) clustered together with articles published before it
   * (article_id, text, duplicate_cluster: the dedup look-back) → (article_id, duplicate_cluster)
   * for the clustered window articles only. A window article that copies an earlier one takes the
   * earlier story's published key ({@link EarlierClusters}); earlier rows are never rewritten. An
   * earlier row with the id of a window article is left out (the window's copy is the one being
   * written).
   */
  public static Dataset<Row> clusters(
      SparkSession spark, Dataset<Row> articles, Dataset<Row> earlier, double threshold) {
    Dataset<Row> window = articles.select("article_id", "text");
    Dataset<Row> older =
        earlier.join(window.select("article_id"), new String[] {"article_id"}, "left_anti");
    Map<String, String> clusterOf =
        clusterIds(window.unionByName(older.select("article_id", "text")), threshold, MAX_BUCKET);
    // The published keys of the earlier articles that have a near-duplicate here: as few as the
    // pairs.
    List<Row> ids = new ArrayList<>();
    for (String id : clusterOf.keySet()) {
      ids.add(RowFactory.create(id));
    }
    Dataset<Row> clustered =
        spark.createDataFrame(ids, new StructType().add("article_id", DataTypes.StringType));
    Map<String, String> earlierKeys = new HashMap<>();
    for (Row r :
        older
            .join(functions.broadcast(clustered), "article_id")
            .select(
                functions.col("article_id"),
                functions.coalesce(functions.col("duplicate_cluster"), functions.col("article_id")))
            .collectAsList()) {
      earlierKeys.put(r.getString(0), r.getString(1));
    }
    return rows(spark, EarlierClusters.keysForWindow(clusterOf, earlierKeys));
  }

  private static Dataset<Row> rows(SparkSession spark, Map<String, String> clusterOf) {
    List<Row> out = new ArrayList<>();
    for (Map.Entry<String, String> e : clusterOf.entrySet()) {
      out.add(RowFactory.create(e.getKey(), e.getValue()));
    }
    return spark.createDataFrame(out, CLUSTER);
  }

  /** (article_id, text) → every article with a near-duplicate mapped to its component id. */
  private static Map<String, String> clusterIds(
      Dataset<Row> articles, double threshold, int maxBucket) {
    MinHasher hasher = new MinHasher();
    Dataset<Row> sigs =
        articles
            .select("article_id", "text")
            .mapPartitions(
                (MapPartitionsFunction<Row, Row>)
                    rows ->
                        Iterators.map(
                            rows,
                            r ->
                                RowFactory.create(
                                    r.getString(0),
                                    boxed(hasher.signature(r.isNullAt(1) ? "" : r.getString(1))))),
                Encoders.row(SIGNATURE))
            .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> bands =
          sigs.flatMap(
              (FlatMapFunction<Row, Row>)
                  r -> {
                    List<Row> out = new ArrayList<>();
                    for (String k :
                        MinHasher.bandKeys(unboxed(r.getList(1)), MinHasher.DEFAULT_BANDS)) {
                      out.add(RowFactory.create(r.getString(0), k));
                    }
                    return out.iterator();
                  },
              Encoders.row(BAND));
      Dataset<Row> sized =
          bands
              .withColumn("_n", functions.count(functions.lit(1)).over(Window.partitionBy("band")))
              .withColumn("_min", functions.min("article_id").over(Window.partitionBy("band")));
      Dataset<Row> small = sized.filter(functions.col("_n").leq(maxBucket));
      Dataset<Row> a = small.select(functions.col("band"), functions.col("article_id").as("a"));
      Dataset<Row> b = small.select(functions.col("band"), functions.col("article_id").as("b"));
      // A bucket larger than maxBucket (mass syndication, boilerplate-only texts) pairs each member
      // with the bucket's smallest id only: linear instead of quadratic in the bucket size.
      Dataset<Row> star =
          sized
              .filter(
                  functions
                      .col("_n")
                      .gt(maxBucket)
                      .and(functions.col("article_id").notEqual(functions.col("_min"))))
              .select(functions.col("_min").as("a"), functions.col("article_id").as("b"));
      // A pair sharing fewer bands than minShared is dropped before the signature joins, which cost
      // two shuffles of 64 hashes per pair (MinHasher.minSharedBands: at most 1% of true pairs
      // lost).
      int minShared =
          MinHasher.minSharedBands(threshold, MinHasher.DEFAULT_HASHES, MinHasher.DEFAULT_BANDS);
      Dataset<Row> pairs =
          a.join(b, "band")
              .filter(functions.col("a").lt(functions.col("b")))
              .select("a", "b")
              .unionByName(star)
              .groupBy("a", "b")
              .count()
              .filter(functions.col("count").geq(minShared))
              .select("a", "b");
      Dataset<Row> withSigs =
          pairs
              .join(
                  sigs.select(
                      functions.col("article_id").as("a"), functions.col("sig").as("sig_a")),
                  "a")
              .join(
                  sigs.select(
                      functions.col("article_id").as("b"), functions.col("sig").as("sig_b")),
                  "b");
      // Confirmation runs on the executors; only confirmed (a, b) id pairs reach the driver.
      Dataset<Row> near =
          withSigs
              .filter(
                  (FilterFunction<Row>)
                      r ->
                          MinHasher.estimateJaccard(
                                  unboxed(r.getList(r.fieldIndex("sig_a"))),
                                  unboxed(r.getList(r.fieldIndex("sig_b"))))
                              >= threshold)
              .select("a", "b");
      // collectAsList, not toLocalIterator: the latter runs one job per partition, one after the
      // other, so the confirmation (the costly joins above) used one core of the whole cluster.
      List<String[]> confirmed = new ArrayList<>();
      for (Row r : near.collectAsList()) {
        confirmed.add(new String[] {r.getString(0), r.getString(1)});
      }
      return DuplicateClusters.of(confirmed);
    } finally {
      sigs.unpersist();
    }
  }

  private static Long[] boxed(long[] sig) {
    Long[] out = new Long[sig.length];
    for (int i = 0; i < sig.length; i++) {
      out[i] = sig[i];
    }
    return out;
  }

  private static long[] unboxed(List<Long> sig) {
    long[] out = new long[sig.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = sig.get(i);
    }
    return out;
  }
}
