package com.newspulse.corpus;

import com.newspulse.core.generate.ArticleFactory;
import com.newspulse.core.generate.GeneratedArticle;
import com.newspulse.core.generate.GeneratorSettings;
import com.newspulse.spark.Iterators;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Writes a synthetic corpus in the input schema. Executors generate their own rows from the row
 * index (the core {@link ArticleFactory} is a pure function of settings and index), so millions of
 * rows never pass through the driver and the output is identical for a seed.
 */
public final class SyntheticCorpus {
  /** The input contract with {@code published_at} as ISO-8601 strings (dirty rows need that). */
  public static final StructType SCHEMA = com.newspulse.tables.Tables.INPUT;

  /** Rows per generated file: keeps files around 100 MB. */
  private static final long ROWS_PER_PARTITION = 25_000;

  private SyntheticCorpus() {}

  public static Dataset<Row> rows(SparkSession spark, GeneratorSettings settings) {
    int partitions =
        (int) Math.max(2, (settings.articles() + ROWS_PER_PARTITION - 1) / ROWS_PER_PARTITION);
    ArticleFactory factory = new ArticleFactory(settings);
    return spark
        .range(0, settings.articles(), 1, partitions)
        .mapPartitions(
            (MapPartitionsFunction<Long, Row>)
                ids ->
                    Iterators.map(
                        ids,
                        i -> {
                          GeneratedArticle a = factory.generate(i);
                          return RowFactory.create(
                              a.id(),
                              a.publishedAt(),
                              a.title(),
                              a.text(),
                              a.source(),
                              a.url(),
                              a.lang());
                        }),
            Encoders.row(SCHEMA));
  }

  public static void write(SparkSession spark, GeneratorSettings settings, String out) {
    rows(spark, settings).write().mode(SaveMode.Overwrite).parquet(out);
  }
}
