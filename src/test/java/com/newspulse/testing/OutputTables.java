package com.newspulse.testing;

import com.newspulse.publish.DuckDbCatalog;
import com.newspulse.tables.TableContract;
import com.newspulse.tables.Tables;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Every published table of an output as sorted row lines, read by DuckDB straight from the Parquet
 * files. A snapshot of the whole output costs milliseconds; through Spark it costs a query per
 * table (about 25), which made comparing outputs the larger part of the tests that compare many.
 */
public final class OutputTables {
  private OutputTables() {}

  /**
   * @param query the query giving a table's rows, over a view named {@code t} of that table (its
   *     partition columns included), e.g. {@code SELECT COLUMNS(lambda c: c <> 'run_id') FROM t}
   */
  public static Map<String, List<String>> snapshot(
      Path output, Function<TableContract, String> query) {
    Map<String, List<String>> all = new TreeMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      for (TableContract t : Tables.ALL) {
        Path dir = output.resolve(t.name());
        List<String> rows = new ArrayList<>();
        if (DuckDbCatalog.hasParquet(dir)) {
          try (Statement s = c.createStatement()) {
            s.execute(
                "CREATE OR REPLACE TEMP VIEW t AS SELECT * FROM read_parquet('"
                    + dir.toString().replace("'", "''")
                    + "/**/*.parquet', hive_partitioning = true, union_by_name = true)");
          }
          rows.addAll(SqlRows.of(c, query.apply(t)));
          rows.sort(null);
        }
        all.put(t.name(), rows);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the tables under " + output, e);
    }
    return all;
  }

  /**
   * Every table without the columns that name a run ({@code run_id}), to compare outputs written by
   * different runs; {@code runs} itself as {@code runsQuery} over the view {@code t}.
   */
  public static Map<String, List<String>> withoutRunIds(Path output, String runsQuery) {
    return snapshot(
        output,
        t -> t == Tables.RUNS ? runsQuery : "SELECT COLUMNS(lambda c: c <> 'run_id') FROM t");
  }
}
