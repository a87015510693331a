package com.newspulse.publish;

import com.newspulse.tables.Tables;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SQL of the DuckDB catalog: one view per table over its Parquet files, and the convenience
 * views.
 */
final class CatalogSql {
  /**
   * Per table, its partition column that is a date (cast to DATE in the view); the others stay
   * VARCHAR.
   */
  private static final Map<String, String> DATE_PARTITION =
      Tables.ALL.stream()
          .flatMap(
              t ->
                  t.partitionColumns().stream()
                      .filter(
                          c ->
                              t.schema()
                                  .apply(c)
                                  .dataType()
                                  .equals(org.apache.spark.sql.types.DataTypes.DateType))
                      .map(c -> Map.entry(t.name(), c)))
          .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

  private CatalogSql() {}

  /**
   * The DDL of a catalog over the given table folders: a view per table, then the convenience
   * views.
   */
  static List<String> statements(Map<String, Path> tables) {
    List<String> sql = new ArrayList<>();
    for (Map.Entry<String, Path> t : tables.entrySet()) {
      sql.add(tableView(t.getKey(), t.getValue()));
      sql.add(
          "COMMENT ON VIEW "
              + ident(t.getKey())
              + " IS "
              + literal(
                  "NewsPulse table "
                      + t.getKey()
                      + " (docs/tables.md): Parquet under "
                      + t.getValue()
                      + ". Absolute path: after moving the output"
                      + " folder, re-run 'newspulse catalog'."));
    }
    if (tables.containsKey("trends")) {
      sql.add(
          """
          CREATE VIEW daily_entity_mentions AS
          SELECT period_start AS day, key AS entity_id, label, entity_type,
                 articles, mentions, share, z_score, burst
          FROM trends
          WHERE granularity = 'day' AND dimension = 'entity'""");
      sql.add(
          "COMMENT ON VIEW daily_entity_mentions IS 'Daily entity trend rows of trends: articles, share"
              + " of the day''s articles, z-score against the trailing baseline, burst flag.'");
      sql.add(
          """
          CREATE VIEW weekly_themes AS
          SELECT period_start AS week, key AS theme_id, label,
                 articles, mentions, share, z_score, burst
          FROM trends
          WHERE granularity = 'week' AND dimension = 'theme'""");
      sql.add(
          "COMMENT ON VIEW weekly_themes IS 'Weekly (ISO week, from Monday) theme trend rows of trends.'");
    }
    if (tables.containsKey("article_entities")) {
      // The newest label and type win when the knowledge base changed between runs.
      sql.add(
          """
          CREATE VIEW top_entities AS
          SELECT entity_id,
                 arg_max(label, published_date) AS label,
                 arg_max(entity_type, published_date) AS entity_type,
                 count(DISTINCT article_id) AS articles,
                 CAST(sum(mentions) AS BIGINT) AS mentions
          FROM article_entities
          GROUP BY entity_id
          ORDER BY articles DESC, mentions DESC, entity_id""");
      sql.add(
          "COMMENT ON VIEW top_entities IS 'Entities over all time: distinct articles and mentions.'");
    }
    if (tables.containsKey("runs")) {
      sql.add(
          """
          CREATE VIEW latest_run AS
          SELECT * FROM runs
          ORDER BY finished_at DESC, started_at DESC, run_id DESC
          LIMIT 1""");
      sql.add(
          "COMMENT ON VIEW latest_run IS 'The newest row of runs (any command, succeeded or failed).'");
    }
    return sql;
  }

  static String tableView(String table, Path dir) {
    String d = dir.toAbsolutePath().normalize().toString();
    String glob = d + "/**/*.parquet";
    String dateColumn = DATE_PARTITION.get(table);
    String select =
        dateColumn == null
            ? "SELECT * EXCLUDE (filename)"
            : "SELECT * EXCLUDE (filename) REPLACE (CAST("
                + dateColumn
                + " AS DATE) AS "
                + dateColumn
                + ")";
    // The filter skips _x/.x folders and files inside the table folder. filename = true (rather
    // than DuckDB's newer virtual column) keeps the views readable by older DuckDB clients (BI
    // drivers).
    return "CREATE VIEW "
        + ident(table)
        + " AS\n"
        + select
        + "\n"
        + "FROM read_parquet("
        + literal(glob)
        + ", hive_partitioning = true, union_by_name = true,"
        + " hive_types_autocast = false, filename = true)\n"
        + "WHERE NOT regexp_matches(substr(filename, length("
        + literal(d)
        + ") + 1), '[/\\\\][_.]')";
  }

  static String ident(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
