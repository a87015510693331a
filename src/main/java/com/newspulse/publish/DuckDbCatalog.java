package com.newspulse.publish;

import com.newspulse.tables.TableContract;
import com.newspulse.tables.Tables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a DuckDB database file ({@code newspulse.duckdb}) holding one view per NewsPulse output
 * table, so BI tools and notebooks query the Parquet folders by name, with typed partition columns,
 * without copying any data.
 *
 * <h2>What the file holds</h2>
 *
 * <ul>
 *   <li>One view per output table ({@link Tables#ALL}) whose folder exists and holds at least one
 *       {@code .parquet} file (after any run every table does: a table without rows holds one
 *       Parquet file with its schema and no rows, so its view answers no rows; columns: {@code
 *       docs/tables.md}). Each reads {@code read_parquet('<table dir>/**}{@code /*.parquet',
 *       hive_partitioning = true, union_by_name = true, hive_types_autocast = false, filename =
 *       true)}: partition folders become columns, {@code published_date} and {@code period_start}
 *       are cast to {@code DATE}, the others ({@code granularity}, {@code partition_date}, {@code
 *       run_id}) stay {@code VARCHAR}. Files under a folder starting with {@code _} or {@code .}
 *       inside a table folder are filtered out; {@code <output>/_staging} is outside every table
 *       folder and never read.
 *   <li>Convenience views: {@code daily_entity_mentions} (day, entity_id, label, entity_type,
 *       articles, mentions, share, z_score, burst: the daily entity rows of {@code trends}), {@code
 *       weekly_themes} (week, theme_id, label, articles, mentions, share, z_score, burst), {@code
 *       top_entities} (entity_id, label, entity_type, articles, mentions over all time, from {@code
 *       article_entities}) and {@code latest_run} (the newest row of {@code runs}).
 * </ul>
 *
 * <p>The file is written in DuckDB's v1.0.0 storage format, so clients bundling any DuckDB since
 * 1.0 (BI drivers, {@code duckdb-engine}, the {@code duckdb} Python package) can open it.
 *
 * <p>Views are evaluated at query time: a later run's new or replaced partitions show up without
 * rewriting the file. The views hold <b>absolute paths</b> of the table folders (each view's
 * comment names its folder): after moving or copying the output folder, re-run {@code newspulse
 * catalog --output NEW_PATH}. The file is written to a temporary file next to the target and
 * renamed over it, so a reader never sees a half-written catalog; readers that have the old file
 * open keep reading the old views until they reconnect.
 *
 * <p>How BI tools (JDBC, Metabase, Superset, DBeaver, Tableau) open the file read-only, and how
 * engines that read Parquet themselves (Spark SQL, Trino) use the table folders instead:
 * docs/bi.md.
 *
 * <p>Plain JDBC, no Spark: callable on the driver after a run has published, or from {@code
 * newspulse catalog}.
 */
public final class DuckDbCatalog {
  private static final Logger LOG = LoggerFactory.getLogger(DuckDbCatalog.class);

  /** File name of the catalog inside the output folder when no other is given. */
  public static final String DEFAULT_FILE_NAME = "newspulse.duckdb";

  /**
   * The output tables, in the order their views are created: the contract's list ({@link
   * Tables#ALL}).
   */
  public static final List<String> TABLES = Tables.ALL.stream().map(TableContract::name).toList();

  /** Convenience views, created after the table views they read. */
  public static final List<String> CONVENIENCE_VIEWS =
      List.of("daily_entity_mentions", "weekly_themes", "top_entities", "latest_run");

  /**
   * Storage format of the file: readable by every DuckDB since 1.0 (the file's header says which
   * versions can open it; DuckDB 2.0's default is unreadable by 1.x clients).
   */
  static final String STORAGE_VERSION = "v1.0.0";

  /**
   * Characters a DuckDB glob would interpret: a table path containing them cannot be read safely.
   */
  private static final Pattern GLOB_CHARS = Pattern.compile("[*?\\[\\]{}]");

  private DuckDbCatalog() {}

  /** {@code <outputDir>/newspulse.duckdb}. */
  public static Path defaultDbFile(Path outputDir) {
    return outputDir.resolve(DEFAULT_FILE_NAME);
  }

  /**
   * The local folder of an output location: a plain path or a {@code file:} URI. Empty for any
   * other scheme ({@code hdfs://}, {@code s3a://}, ...), which DuckDB cannot read without
   * extensions.
   */
  public static Optional<Path> localPath(String output) {
    if (output.startsWith("file:")) {
      return Optional.of(Paths.get(URI.create(output)));
    }
    if (output.matches("^[A-Za-z][A-Za-z0-9+.-]*://.*")) {
      return Optional.empty();
    }
    return Optional.of(Paths.get(output));
  }

  /**
   * Writes {@code <output>/newspulse.duckdb} when the output is local; does nothing (and says so in
   * the log) for other file systems. Returns the file written.
   */
  public static Optional<Path> writeIfLocal(String output) {
    Optional<Path> dir = localPath(output);
    if (dir.isEmpty()) {
      LOG.info(
          "output {} is not a local folder: no DuckDB catalog written (query it with Spark SQL or Trino)",
          output);
      return Optional.empty();
    }
    Path db = defaultDbFile(dir.get());
    write(dir.get(), db);
    return Optional.of(db.toAbsolutePath().normalize());
  }

  /**
   * Creates or replaces {@code dbFile} with the views over the tables under {@code outputDir}.
   *
   * @throws CatalogException exit 3 when the output folder does not exist or holds no table; exit 2
   *     when its path contains glob characters
   */
  public static void write(Path outputDir, Path dbFile) {
    Path out = outputDir.toAbsolutePath().normalize();
    if (!Files.isDirectory(out)) {
      throw new CatalogException(
          "output folder "
              + out
              + " does not exist: point --output at the folder a"
              + " 'newspulse run' wrote",
          3);
    }
    Map<String, Path> present = new LinkedHashMap<>();
    for (String table : TABLES) {
      Path dir = out.resolve(table);
      if (hasParquet(dir)) {
        if (GLOB_CHARS.matcher(dir.toString()).find()) {
          throw new CatalogException(
              "output folder "
                  + out
                  + " contains one of * ? [ ] { }, which DuckDB"
                  + " reads as a glob pattern: move the output to a path without them",
              2);
        }
        present.put(table, dir);
      }
    }
    if (present.isEmpty()) {
      throw new CatalogException(
          "no NewsPulse table under "
              + out
              + ": expected folders such as articles/ or"
              + " trends/ holding Parquet files (run 'newspulse run --output "
              + out
              + "' first)",
          3);
    }

    Path target = dbFile.toAbsolutePath().normalize();
    Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp-" + UUID.randomUUID());
    long t0 = System.nanoTime();
    try {
      Files.createDirectories(target.getParent());
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
          Statement s = c.createStatement()) {
        // The oldest storage format: the file holds only views, and BI drivers, duckdb-engine and
        // notebooks often bundle an older DuckDB than this one (a 2.0 default file is unreadable by
        // 1.x).
        s.execute(
            "ATTACH "
                + CatalogSql.literal(tmp.toString())
                + " AS newspulse_catalog (STORAGE_VERSION '"
                + STORAGE_VERSION
                + "')");
        s.execute("USE newspulse_catalog");
        for (String sql : CatalogSql.statements(present)) {
          s.execute(sql);
        }
        s.execute("CHECKPOINT newspulse_catalog");
        s.execute("USE memory");
        s.execute("DETACH newspulse_catalog");
      }
      // A WAL left next to the old file belongs to the old database: never replay it into the new
      // one.
      Files.deleteIfExists(wal(target));
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        LOG.warn(
            "file system of {} cannot rename atomically: replacing the catalog non-atomically",
            target);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot write DuckDB catalog " + target + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write DuckDB catalog " + target + ": " + e, e);
    } finally {
      deleteQuietly(tmp);
      deleteQuietly(wal(tmp));
    }
    LOG.info(
        "DuckDB catalog {}: views over {} ({}) in {} ms",
        target,
        out,
        String.join(", ", present.keySet()),
        (System.nanoTime() - t0) / 1_000_000);
  }

  // ------------------------------------------------------------------ files

  /**
   * A Parquet data file below {@code dir}, outside folders starting with {@code _} or {@code .}.
   */
  public static boolean hasParquet(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.anyMatch(
          f ->
              f.getFileName().toString().endsWith(".parquet")
                  && Files.isRegularFile(f)
                  && visible(dir.relativize(f)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static boolean visible(Path relative) {
    for (Path part : relative) {
      String n = part.toString();
      if (n.startsWith("_") || n.startsWith(".")) {
        return false;
      }
    }
    return true;
  }

  private static Path wal(Path db) {
    return db.resolveSibling(db.getFileName() + ".wal");
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      LOG.warn("cannot delete {}: {}", p, e.toString());
    }
  }
}
