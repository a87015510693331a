package com.newspulse.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command run in-process applies its own settings to the shared session (Spark's getOrCreate
 * does); the base class restores them, so the next test never depends on what ran before it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SqlConfIsolationSparkTest extends SparkTestBase {
  private static final String KEY = "spark.sql.shuffle.partitions";

  @Test
  @Order(1)
  void anInProcessCommandChangesTheSharedSessionsSettings(@TempDir Path dir) throws Exception {
    assertEquals("2", spark().conf().get(KEY));
    Path jsonl = dir.resolve("in.jsonl");
    Files.writeString(
        jsonl, "{\"id\":\"a\",\"published_at\":\"2025-03-03T10:00:00Z\",\"text\":\"Hello.\"}\n");
    Outcome o =
        cli(
            "import",
            "--format",
            "jsonl",
            "--in",
            jsonl.toString(),
            "--out",
            dir.resolve("in.parquet").toString());
    assertEquals(0, o.code(), o.err());
    assertEquals("8", spark().conf().get(KEY)); // the default configuration's shuffle partitions
  }

  @Test
  @Order(2)
  void theNextTestStartsFromTheSessionsOwnSettings() {
    assertEquals("2", spark().conf().get(KEY));
  }
}
