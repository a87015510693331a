package com.newspulse.config;

import java.io.Serializable;

/**
 * How the result tables are published (see {@code output} in defaults.conf).
 *
 * @param format {@code parquet} (the table folders only) or {@code iceberg} (the folders plus one
 *     Iceberg table per result table)
 * @param icebergCatalog the Spark catalog that holds the Iceberg tables
 * @param icebergCatalogType {@code hadoop}: NewsPulse registers {@code icebergCatalog} as an
 *     Iceberg Hadoop catalog over {@code icebergWarehouse}; {@code external}: the catalog is
 *     already configured in the Spark session (spark-submit --conf spark.sql.catalog.NAME=...)
 * @param icebergWarehouse the Hadoop catalog's warehouse; empty means {@code <output>/iceberg}
 * @param icebergNamespace the namespace (database) of the tables inside the catalog
 * @param concurrentWrites how many independent tables a step stages at once (1: one after another)
 */
public record OutputConfig(
    String format,
    String icebergCatalog,
    String icebergCatalogType,
    String icebergWarehouse,
    String icebergNamespace,
    int concurrentWrites)
    implements Serializable {

  public static final String PARQUET = "parquet";
  public static final String ICEBERG = "iceberg";
  public static final String HADOOP = "hadoop";
  public static final String EXTERNAL = "external";

  /** The default of {@code output.concurrent-writes} (defaults.conf says why). */
  public static final int DEFAULT_CONCURRENT_WRITES = 4;

  public boolean iceberg() {
    return ICEBERG.equals(format);
  }

  /** Parquet output only: the defaults. */
  public static OutputConfig parquet() {
    return new OutputConfig(
        PARQUET, "newspulse", HADOOP, "", "newspulse", DEFAULT_CONCURRENT_WRITES);
  }
}
