package com.newspulse.trends;

import com.newspulse.core.trendstats.Npmi;
import com.newspulse.tables.Tables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code cooccurrence}: entity/theme pairs in the same article per period, with counts and NPMI.
 * Pairs are counted among an article's {@link #MAX_ITEMS_PER_ARTICLE} most mentioned items only,
 * which bounds the pairs per article.
 */
public final class Cooccurrence {
  static final int MAX_ITEMS_PER_ARTICLE = 20;

  private Cooccurrence() {}

  /** Entity/theme pairs in the same article per period, with counts and NPMI, for every range. */
  public static Dataset<Row> cooccurrence(
      Dataset<Row> items,
      Map<LocalDate, Long> dailyVolumes,
      List<TrendsStage.PeriodRange> ranges,
      int minArticles) {
    Dataset<Row> its =
        TrendsStage.periodItems(
            items.filter(functions.col("dimension").isin(TrendsStage.ENTITY, TrendsStage.THEME)),
            ranges,
            false);
    Dataset<Row> perKey =
        its.groupBy("granularity", "period_start", "dimension", "key")
            .agg(functions.count(functions.lit(1)).as("n"), functions.max("label").as("label"));
    StructType pairSchema =
        new StructType()
            .add("granularity", DataTypes.StringType)
            .add("period_start", DataTypes.DateType)
            .add("dimension_a", DataTypes.StringType)
            .add("key_a", DataTypes.StringType)
            .add("dimension_b", DataTypes.StringType)
            .add("key_b", DataTypes.StringType);
    Dataset<Row> perArticle =
        its.groupBy("article_id", "granularity", "period_start")
            .agg(
                functions
                    .sort_array(
                        functions.collect_list(
                            functions.struct(
                                functions.col("mentions").multiply(-1).as("neg"),
                                functions.col("dimension"),
                                functions.col("key"))))
                    .as("items"));
    Dataset<Row> pairs =
        perArticle.flatMap(
            (FlatMapFunction<Row, Row>) Cooccurrence::pairsOf, Encoders.row(pairSchema));
    String[] pk = {"granularity", "period_start", "dimension_a", "key_a", "dimension_b", "key_b"};
    Dataset<Row> counted =
        pairs
            .groupBy(pk[0], java.util.Arrays.copyOfRange(pk, 1, pk.length))
            .agg(functions.count(functions.lit(1)).as("articles"))
            .filter(functions.col("articles").geq(minArticles));
    Dataset<Row> a =
        perKey.select(
            functions.col("granularity"),
            functions.col("period_start"),
            functions.col("dimension").as("dimension_a"),
            functions.col("key").as("key_a"),
            functions.col("n").as("articles_a"),
            functions.col("label").as("label_a"));
    Dataset<Row> b =
        perKey.select(
            functions.col("granularity"),
            functions.col("period_start"),
            functions.col("dimension").as("dimension_b"),
            functions.col("key").as("key_b"),
            functions.col("n").as("articles_b"),
            functions.col("label").as("label_b"));
    Map<String, Map<LocalDate, Long>> vol = new HashMap<>();
    for (TrendsStage.PeriodRange r : ranges) {
      vol.put(
          r.granularity().id(),
          Map.copyOf(TrendsStage.periodVolumes(dailyVolumes, r.granularity())));
    }
    UserDefinedFunction total =
        functions.udf(
            (org.apache.spark.sql.api.java.UDF2<String, LocalDate, Long>)
                (g, d) -> vol.get(g).getOrDefault(d, 0L),
            DataTypes.LongType);
    UserDefinedFunction npmi =
        functions.udf((UDF4<Long, Long, Long, Long, Double>) Npmi::of, DataTypes.DoubleType);
    String[] fields = Tables.COOCCURRENCE.schema().fieldNames();
    return counted
        .join(a, new String[] {"granularity", "period_start", "dimension_a", "key_a"})
        .join(b, new String[] {"granularity", "period_start", "dimension_b", "key_b"})
        .withColumn(
            "period_articles",
            total.apply(functions.col("granularity"), functions.col("period_start")))
        .withColumn(
            "npmi",
            npmi.apply(
                functions.col("articles"),
                functions.col("articles_a"),
                functions.col("articles_b"),
                functions.col("period_articles")))
        .select(fields[0], java.util.Arrays.copyOfRange(fields, 1, fields.length));
  }

  private static Iterator<Row> pairsOf(Row article) {
    List<Row> items = article.getList(3);
    int n = Math.min(items.size(), MAX_ITEMS_PER_ARTICLE);
    List<String[]> keep = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Row it = items.get(i);
      keep.add(new String[] {it.getString(1), it.getString(2)});
    }
    // Canonical order inside a pair so (a, b) and (b, a) count together.
    keep.sort((x, y) -> x[0].equals(y[0]) ? x[1].compareTo(y[1]) : x[0].compareTo(y[0]));
    List<Row> out = new ArrayList<>();
    Object granularity = article.get(1);
    Object period = article.get(2);
    for (int i = 0; i < keep.size(); i++) {
      for (int j = i + 1; j < keep.size(); j++) {
        out.add(
            RowFactory.create(
                granularity,
                period,
                keep.get(i)[0],
                keep.get(i)[1],
                keep.get(j)[0],
                keep.get(j)[1]));
      }
    }
    return out.iterator();
  }
}
