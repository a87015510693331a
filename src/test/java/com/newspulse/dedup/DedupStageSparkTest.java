package com.newspulse.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.newspulse.spark.SparkTestBase;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class DedupStageSparkTest extends SparkTestBase {
  private static final StructType IN =
      new StructType().add("article_id", DataTypes.StringType).add("text", DataTypes.StringType);
  private static final String STORY =
      "The harbour authority approved a plan to deepen the northern channel so that "
          + "larger container ships can dock without waiting for the high tide, and work is due to start in May "
          + "after the fishing season ends, the authority said in a statement on its website.";

  private Dataset<Row> corpus() {
    return rows(
        IN,
        row("c", STORY),
        row("a", STORY + " Dredging firms may bid until March."),
        row("b", "Reporting by the harbour desk. " + STORY),
        row(
            "x",
            "A choir from the hill villages sang at the opening of the new concert hall on Sunday evening."),
        row("y", ""),
        row("z", null));
  }

  private static List<String> pairs(Dataset<Row> clusters) {
    return clusters.collectAsList().stream()
        .map(r -> r.getString(0) + "|" + r.getString(1))
        .toList();
  }

  @Test
  void nearIdenticalCopiesShareTheSmallestId() {
    assertThat(pairs(DedupStage.clusters(spark(), corpus(), 0.8)))
        .containsExactlyInAnyOrder("a|a", "b|a", "c|a");
  }

  @Test
  void largeBucketsArePairedAsAStarWithTheSameClusters() {
    assertThat(pairs(DedupStage.clusters(spark(), corpus(), 0.8, 1)))
        .containsExactlyInAnyOrder("a|a", "b|a", "c|a");
  }
}
