package com.newspulse.publish;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Reading a catalog file that {@link DuckDbCatalog} wrote: read-only, as every reader should. */
public final class CatalogFile {
  private CatalogFile() {}

  /** Every view of a catalog file with its row count, tables first, in creation order. */
  public static Map<String, Long> rowCounts(Path dbFile) {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection c = openReadOnly(dbFile);
        Statement s = c.createStatement()) {
      List<String> views = new ArrayList<>();
      try (ResultSet r =
          s.executeQuery("SELECT view_name FROM duckdb_views() WHERE NOT internal")) {
        while (r.next()) {
          views.add(r.getString(1));
        }
      }
      views.sort(
          java.util.Comparator.comparingInt(CatalogFile::creationOrder)
              .thenComparing(java.util.Comparator.naturalOrder()));
      for (String v : views) {
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + CatalogSql.ident(v))) {
          r.next();
          counts.put(v, r.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot read DuckDB catalog " + dbFile + ": " + e.getMessage(), e);
    }
    return counts;
  }

  /** A read-only JDBC connection to a catalog file: how every reader should open it. */
  public static Connection openReadOnly(Path dbFile) throws SQLException {
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    return DriverManager.getConnection("jdbc:duckdb:" + dbFile.toAbsolutePath(), p);
  }

  private static int creationOrder(String view) {
    int i = DuckDbCatalog.TABLES.indexOf(view);
    if (i >= 0) {
      return i;
    }
    int j = DuckDbCatalog.CONVENIENCE_VIEWS.indexOf(view);
    return j >= 0 ? DuckDbCatalog.TABLES.size() + j : Integer.MAX_VALUE;
  }
}
