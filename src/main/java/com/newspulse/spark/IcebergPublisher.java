package com.newspulse.spark;

import com.newspulse.config.InvalidConfigException;
import com.newspulse.config.OutputConfig;
import com.newspulse.tables.TableContract;
import com.newspulse.tables.Tables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.NoSuchTableException;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the result tables as Apache Iceberg tables ({@code output.format = iceberg}).
 *
 * <p>Design, and why:
 *
 * <ul>
 *   <li><b>The Parquet folders stay the job's source of truth.</b> A run still stages, journals and
 *       renames its Parquet partitions ({@link RunTransaction}); the job's own reads (trend
 *       baselines, later stages), the HTML report and the DuckDB catalog keep reading them. Once a
 *       run's renames are done, each table the run wrote is copied into its Iceberg table from the
 *       published folders, for exactly the partitions the run owns. Keeping both costs disk but
 *       keeps one publishing protocol and leaves every existing reader working.
 *   <li><b>One snapshot per table per run, replacing exactly the run's partitions.</b> The write is
 *       {@code writeTo(table).overwrite(partition filter)}: it deletes every row in the owned
 *       partitions and adds the new rows in one Iceberg commit. This is what {@code
 *       overwritePartitions()} does, except that an owned partition that became empty (a day whose
 *       articles were all removed from a corrected feed) is emptied too, as the Parquet publisher
 *       deletes its folder; {@code overwritePartitions()} would keep its old rows. The filter names
 *       identity partition values only, so Iceberg drops whole files (metadata only).
 *   <li><b>{@code runs} is appended</b>: its partition is the new run id, so the same overwrite is
 *       an append, and unlike a plain append it is idempotent when a publish is replayed.
 *   <li><b>Atomic per table, rolled forward across tables.</b> Iceberg has no multi-table commit in
 *       Spark. Each table moves from one committed snapshot to the next; a run killed part-way
 *       leaves every table readable at its last snapshot (some already at the new run, the rest at
 *       the previous one). The Iceberg step runs inside the journal replay, before the journal is
 *       deleted, so the next run (or any {@link TableStore#recover()}) repeats it and brings every
 *       table to the killed run's state; repeating is harmless since each write is an overwrite of
 *       the same partitions with the same rows.
 *   <li><b>First write copies the whole table.</b> A table without any snapshot yet (new, or
 *       switching an existing Parquet output to Iceberg) gets every published row, so the Iceberg
 *       table starts as a copy of the folder, not just of the latest window.
 *   <li>Tables are created with {@code CREATE TABLE IF NOT EXISTS} from the contract (columns, NOT
 *       NULL, partition columns as identity partitions), never replaced; a column a later version
 *       adds to a contract is added to the table (nullable) before the write.
 * </ul>
 */
public final class IcebergPublisher {
  private static final Logger LOG = LoggerFactory.getLogger(IcebergPublisher.class);
  static final String SPARK_CATALOG = "org.apache.iceberg.spark.SparkCatalog";

  private final SparkSession spark;
  private final String catalog;
  private final String namespace;
  private final String where;
  private volatile BiFunction<TableContract, Dataset<Row>, Dataset<Row>> beforeWrite =
      (t, rows) -> rows;

  /**
   * @param root the qualified output path; the default warehouse is {@code <root>/iceberg}
   * @throws InvalidConfigException when the catalog cannot be used as configured
   */
  IcebergPublisher(SparkSession spark, OutputConfig out, Path root) {
    this.spark = spark;
    this.catalog = out.icebergCatalog();
    this.namespace = out.icebergNamespace();
    String key = "spark.sql.catalog." + catalog;
    String current = spark.conf().getOption(key).getOrElse(() -> null);
    if (OutputConfig.EXTERNAL.equals(out.icebergCatalogType())) {
      if (current == null) {
        throw new InvalidConfigException(
            "newspulse.output.iceberg.catalog-type = external but Spark catalog '"
                + catalog
                + "' is not configured: pass --conf "
                + key
                + "="
                + SPARK_CATALOG
                + " (and its type, uri, warehouse...) to spark-submit, or use catalog-type = hadoop");
      }
      this.where = "Spark catalog " + catalog + " (" + current + ")";
      return;
    }
    String warehouse =
        out.icebergWarehouse().isEmpty()
            ? new Path(root, "iceberg").toString()
            : out.icebergWarehouse();
    this.where = "Hadoop catalog " + catalog + ", warehouse " + warehouse;
    if (current != null) {
      // Spark caches a catalog once used: re-pointing it inside one session would silently keep
      // the old warehouse, so refuse anything but the same definition.
      String curType = spark.conf().getOption(key + ".type").getOrElse(() -> null);
      String curWarehouse = spark.conf().getOption(key + ".warehouse").getOrElse(() -> null);
      if (!SPARK_CATALOG.equals(current)
          || !"hadoop".equals(curType)
          || !warehouse.equals(curWarehouse)) {
        throw new InvalidConfigException(
            "Spark catalog '"
                + catalog
                + "' is already defined in this session ("
                + current
                + ", type "
                + curType
                + ", warehouse "
                + curWarehouse
                + "): it cannot also be the Hadoop "
                + "catalog over "
                + warehouse
                + ". Set newspulse.output.iceberg.catalog to another name, or "
                + "catalog-type = external to use the configured one");
      }
      return;
    }
    spark.conf().set(key, SPARK_CATALOG);
    spark.conf().set(key + ".type", "hadoop");
    spark.conf().set(key + ".warehouse", warehouse);
    LOG.info("Iceberg: Hadoop catalog {} over warehouse {}", catalog, warehouse);
  }

  /** Where the tables are, for the console: {@code newspulse.newspulse.* (Hadoop catalog ...)}. */
  public String describe() {
    return catalog + "." + namespace + ".* (" + where + ")";
  }

  /** {@code catalog.namespace.table}, as Spark SQL names it. */
  public String tableName(TableContract t) {
    return catalog + "." + namespace + "." + t.name();
  }

  /**
   * Test hook: transforms the rows of each table just before they are written (for example to make
   * a write fail part-way, as a killed executor would).
   */
  public void beforeWrite(BiFunction<TableContract, Dataset<Row>, Dataset<Row>> hook) {
    this.beforeWrite = hook == null ? (t, rows) -> rows : hook;
  }

  /**
   * A table created by an older version lacks the columns added to its contract since: they are
   * added (nullable, so the existing rows read them as null, as the Parquet folders do), and the
   * write goes on. A missing NOT NULL column cannot be added to rows that exist: a clear error.
   */
  private void addNewColumns(TableContract t, String name) {
    java.util.Set<String> present = java.util.Set.of(spark.table(name).schema().fieldNames());
    for (org.apache.spark.sql.types.StructField f : t.schema().fields()) {
      if (present.contains(f.name())) {
        continue;
      }
      if (!f.nullable()) {
        throw new IllegalStateException(
            "Iceberg table "
                + name
                + " has no column "
                + f.name()
                + ", which this version writes as NOT NULL: add it by hand or start a new namespace");
      }
      spark.sql("ALTER TABLE " + name + " ADD COLUMN `" + f.name() + "` " + f.dataType().sql());
      LOG.info("Iceberg: added column {} to {}", f.name(), name);
    }
  }

  /**
   * Copies the given partitions of each table from the published Parquet folders into the Iceberg
   * tables: one commit per table, in the order given.
   *
   * @param owned table name -> partition folders the run owns ({@code published_date=2025-03-01},
   *     {@code granularity=week/period_start=2025-03-03})
   */
  void publish(TableStore store, Map<String, List<String>> owned) {
    spark.sql("CREATE NAMESPACE IF NOT EXISTS " + catalog + "." + namespace);
    for (var e : owned.entrySet()) {
      TableContract t = Tables.byName(e.getKey());
      if (t != null) {
        publishTable(store, t, e.getValue());
      }
    }
  }

  private void publishTable(TableStore store, TableContract t, List<String> partitions) {
    long t0 = System.nanoTime();
    String name = tableName(t);
    spark.sql(
        "CREATE TABLE IF NOT EXISTS "
            + name
            + " ("
            + t.schema().toDDL()
            + ") USING iceberg PARTITIONED BY ("
            + t.partitionColumns().stream()
                .map(c -> "`" + c + "`")
                .collect(Collectors.joining(", "))
            + ")");
    addNewColumns(t, name);
    boolean first = spark.sql("SELECT snapshot_id FROM " + name + ".snapshots").isEmpty();
    try {
      if (first) {
        Dataset<Row> rows = beforeWrite.apply(t, store.read(t));
        rows.writeTo(name).append();
      } else if (!partitions.isEmpty()) {
        Column owned = partitionFilter(t, partitions);
        Dataset<Row> rows = beforeWrite.apply(t, store.read(t).filter(owned));
        rows.writeTo(name).overwrite(owned);
      }
    } catch (NoSuchTableException e) {
      throw new IllegalStateException("Iceberg table " + name + " vanished while publishing", e);
    }
    LOG.info(
        "Iceberg: published {} ({}) in {} s",
        name,
        first ? "whole table" : partitions.size() + " partitions",
        String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
  }

  /**
   * A filter matching exactly the given partition folders, made of equalities and IN lists on the
   * partition columns with typed literals, so that Iceberg can translate it into a partition
   * filter: {@code published_date IN (...)}, or for trends {@code (granularity = 'day' AND
   * period_start IN (...)) OR (granularity = 'week' AND ...)}.
   */
  static Column partitionFilter(TableContract t, List<String> partitions) {
    List<Map<String, String>> parsed = new ArrayList<>();
    for (String p : partitions) {
      Map<String, String> values = new LinkedHashMap<>();
      for (String piece : p.split("/")) {
        int eq = piece.indexOf('=');
        values.put(piece.substring(0, eq), unescape(piece.substring(eq + 1)));
      }
      if (!values.keySet().equals(new java.util.LinkedHashSet<>(t.partitionColumns()))) {
        throw new IllegalArgumentException(
            "table " + t.name() + ": partition " + p + " does not match " + t.partitionColumns());
      }
      parsed.add(values);
    }
    return filter(t, parsed, 0);
  }

  private static Column filter(TableContract t, List<Map<String, String>> parts, int depth) {
    String c = t.partitionColumns().get(depth);
    DataType type = t.schema().apply(c).dataType();
    Map<String, List<Map<String, String>>> byValue = new LinkedHashMap<>();
    for (Map<String, String> p : parts) {
      byValue.computeIfAbsent(p.get(c), k -> new ArrayList<>()).add(p);
    }
    if (depth == t.partitionColumns().size() - 1) {
      return functions.col(c).isin(byValue.keySet().stream().map(v -> typed(type, v)).toArray());
    }
    Column any = null;
    for (var e : byValue.entrySet()) {
      Column one =
          functions.col(c).equalTo(typed(type, e.getKey())).and(filter(t, e.getValue(), depth + 1));
      any = any == null ? one : any.or(one);
    }
    return any;
  }

  private static Object typed(DataType type, String value) {
    if (type.equals(DataTypes.DateType)) {
      return LocalDate.parse(value);
    }
    if (type.equals(DataTypes.StringType)) {
      return value;
    }
    throw new IllegalArgumentException("unsupported partition column type " + type);
  }

  /** Hive-style partition folder names escape special characters as %XX. */
  private static String unescape(String s) {
    return s.indexOf('%') < 0
        ? s
        : org.apache.spark.sql.catalyst.catalog.ExternalCatalogUtils.unescapePathName(s);
  }
}
