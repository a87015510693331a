// Compares two NewsPulse output folders table by table (run by jobs/cluster-check with the Java
// source launcher and the DuckDB JDBC driver from target/lib):
//   java -cp 'target/lib/*' jobs/cluster/Compare.java <expected output> <actual output>
// For every table folder of <expected> (runs and metrics excluded: they describe the run, not
// the data) it counts rows and both multiset differences (EXCEPT ALL) over all columns except
// the run-specific ones (floating-point columns rounded to 9 decimals). Prints one line per
// table; exits 1 on any difference, 2 on usage errors.
import java.nio.file.*;
import java.sql.*;
import java.util.*;
import java.util.stream.*;

public class Compare {
  static final Set<String> SKIP_TABLES = Set.of("runs", "metrics");
  static final Set<String> RUN_COLUMNS = Set.of("run_id", "model_version", "fitted_at", "started_at", "finished_at");

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: Compare <expected output> <actual output>");
      System.exit(2);
    }
    Path a = Path.of(args[0]), b = Path.of(args[1]);
    List<String> tables;
    try (Stream<Path> s = Files.list(a)) {
      tables = s.filter(Files::isDirectory).map(p -> p.getFileName().toString())
          .filter(n -> !n.startsWith("_") && !n.startsWith(".") && !SKIP_TABLES.contains(n) && !n.equals("iceberg"))
          .filter(n -> hasParquet(a.resolve(n))).sorted().collect(Collectors.toList());
    }
    Class.forName("org.duckdb.DuckDBDriver");
    int bad = 0;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      for (String t : tables) {
        if (!hasParquet(b.resolve(t))) {
          System.out.printf("DIFF  %-22s missing in %s%n", t, b);
          bad++;
          continue;
        }
        String ra = scan(a.resolve(t)), rb = scan(b.resolve(t));
        List<String> cols = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("DESCRIBE SELECT * FROM " + ra)) {
          while (rs.next()) {
            String col = rs.getString(1), type = rs.getString(2);
            if (RUN_COLUMNS.contains(col)) continue;
            String q = '"' + col.replace("\"", "\"\"") + '"';
            // Sums of doubles may be added in another order on another partitioning: compare
            // floating-point columns to 9 decimals.
            cols.add(type.equals("DOUBLE") || type.equals("FLOAT") ? "round(" + q + ", 9) AS " + q : q);
          }
        }
        String sel = String.join(", ", cols);
        long na = count(st, "SELECT count(*) FROM " + ra);
        long nb = count(st, "SELECT count(*) FROM " + rb);
        long onlyA = count(st, "SELECT count(*) FROM (SELECT " + sel + " FROM " + ra + " EXCEPT ALL SELECT " + sel + " FROM " + rb + ")");
        long onlyB = count(st, "SELECT count(*) FROM (SELECT " + sel + " FROM " + rb + " EXCEPT ALL SELECT " + sel + " FROM " + ra + ")");
        boolean same = na == nb && onlyA == 0 && onlyB == 0;
        if (!same) bad++;
        System.out.printf("%s  %-22s rows %d vs %d, only in expected %d, only in actual %d%n",
            same ? "same" : "DIFF", t, na, nb, onlyA, onlyB);
      }
    }
    if (tables.isEmpty()) {
      System.out.println("DIFF  no tables found in " + a);
      bad++;
    }
    System.out.println(bad == 0 ? "tables identical: " + tables.size() : "tables differing: " + bad + " of " + tables.size());
    System.exit(bad == 0 ? 0 : 1);
  }

  static boolean hasParquet(Path dir) {
    if (!Files.isDirectory(dir)) return false;
    try (Stream<Path> s = Files.walk(dir)) {
      return s.anyMatch(p -> p.toString().endsWith(".parquet"));
    } catch (Exception e) {
      return false;
    }
  }

  static String scan(Path dir) {
    return "read_parquet('" + dir.toAbsolutePath().toString().replace("'", "''") + "/**/*.parquet', hive_partitioning = true, union_by_name = true)";
  }

  static long count(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
