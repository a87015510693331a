package com.newspulse.spark;

import java.nio.file.Path;
import java.util.Arrays;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.StructType;

/** Hand-written input articles written as a real Parquet input folder. */
public final class TestCorpus {
  /** The input contract's first five columns (url and lang left out: they are optional). */
  public static final StructType INPUT =
      new StructType(java.util.Arrays.copyOf(com.newspulse.tables.Tables.INPUT.fields(), 5));

  private TestCorpus() {}

  public static Row article(
      String id, String publishedAt, String title, String text, String source) {
    return RowFactory.create(id, publishedAt, title, text, source);
  }

  /**
   * The four hand-written articles whose every answer PipelineSparkTest knows (entities, themes,
   * amounts, trends); other tests reuse them to compare with those known answers.
   */
  public static Row[] knownArticles() {
    return new Row[] {
      article(
          "p1",
          "2025-03-03T09:00:00Z",
          "Chip curbs",
          "Nvidia’s H20 chips face new export controls. Jensen Huang said Nvidia would comply.\n\n"
              + "Huang added that China remains a key market.",
          "wire"),
      article(
          "p2",
          "2025-03-04T09:00:00Z",
          "Entity list",
          "The BIS added Huawei to the entity list. BISON ranchers were unaffected. "
              + "The US said tariffs on Japanese cars would rise 25%.",
          "wire"),
      article(
          "p3",
          "2025-03-10T09:00:00Z",
          "Markets",
          "Apple shares rose. Toyota sold $5.5 billion of bonds.",
          "ledger"),
      article(
          "p4",
          "2025-03-11T09:00:00Z",
          "Phones",
          "Apple unveiled a new iPhone. Recep Tayyip Erdogan spoke in Ankara.",
          "ledger")
    };
  }

  public static String write(Path dir, Row... rows) {
    return write(dir.toString(), rows);
  }

  /** Writes the rows as one Parquet file under any Hadoop path (local or hdfs://). */
  public static String write(String out, Row... rows) {
    SparkTestBase.spark()
        .createDataFrame(Arrays.asList(rows), INPUT)
        .coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(out);
    return out;
  }
}
