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
 */
public record OutputConfig(
    String format,
    String icebergCatalog,
    String icebergCatalogType,
    String icebergWarehouse,
    String icebergNamespace)
    implements Serializable {

  public static final String PARQUET = "parquet";
  public static final String ICEBERG = "iceberg";
  public static final String HADOOP = "hadoop";
  public static final String EXTERNAL = "external";

  public boolean iceberg() {
    return ICEBERG.equals(format);
  }

  /** Parquet output only: the defaults. */
  public static OutputConfig parquet() {
    return new OutputConfig(PARQUET, "newspulse", HADOOP, "", "newspulse");
  }
}
