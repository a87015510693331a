package com.newspulse.spark;

import java.nio.file.Path;
import java.util.Arrays;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Hand-written input articles written as a real Parquet input folder. */
public final class TestCorpus {
  public static final StructType INPUT = new StructType()
      .add("id", DataTypes.StringType)
      .add("published_at", DataTypes.StringType)
      .add("title", DataTypes.StringType)
      .add("text", DataTypes.StringType)
      .add("source", DataTypes.StringType);

  private TestCorpus() {}

  public static Row article(String id, String publishedAt, String title, String text, String source) {
    return RowFactory.create(id, publishedAt, title, text, source);
  }

  public static String write(Path dir, Row... rows) {
    String out = dir.toString();
    SparkTestBase.spark().createDataFrame(Arrays.asList(rows), INPUT).coalesce(1).write()
        .mode(SaveMode.Overwrite).parquet(out);
    return out;
  }
}
