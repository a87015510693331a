package com.newspulse.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which of a history's partitions a recount should have written and did not. */
class RecountSpanTest {
  private static final String NULL = "granularity=__HIVE_DEFAULT_PARTITION__";

  @Test
  void aPartitionWithinTheRecountsSpanOfItsFolderThatTheRecountLacksIsCounted() {
    List<String> recount =
        List.of(
            "granularity=day/period_start=2025-06-01",
            "granularity=day/period_start=2025-06-03",
            "granularity=week/period_start=2025-06-02",
            NULL + "/period_start=__HIVE_DEFAULT_PARTITION__");
    List<String> history =
        List.of(
            "granularity=day/period_start=2025-05-31", // before the recount's days: not its own
            "granularity=day/period_start=2025-06-01",
            "granularity=day/period_start=2025-06-02", // within its days, missing
            "granularity=day/period_start=2025-06-03",
            "granularity=week/period_start=2025-05-26", // the straddling week: before its weeks
            "granularity=week/period_start=2025-06-02",
            "granularity=month/period_start=2025-06-01", // a granularity it wrote none of
            NULL + "/period_start=__HIVE_DEFAULT_PARTITION__");
    assertThat(RunRows.notRecounted(history, recount)).isEqualTo(1);
    assertThat(RunRows.notRecounted(recount, recount)).isZero();
  }
}
