/**
 * Delivery of the output tables to BI tools: {@link com.newspulse.publish.DuckDbCatalog} writes a
 * DuckDB database of views over the Parquet folders. Plain JDBC, no Spark: it runs on the driver
 * after a run has published, or on its own ({@code newspulse catalog}).
 */
package com.newspulse.publish;
