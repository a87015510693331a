package com.newspulse.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RunCountsTest {
  @Test
  void countsThatBalanceAreKept() {
    RunCounts c = RunCounts.balanced(10, 3, 7, 2, 1);
    assertThat(c).isEqualTo(new RunCounts(10, 3, 7, 2, 1));
    assertThat(c.withAnalysisFailed(2)).isEqualTo(new RunCounts(10, 3, 5, 4, 1));
  }

  @Test
  void aLostRowFailsTheRunInsteadOfPassingAsADuplicate() {
    // 10 read, 7 staged as articles, 2 quarantined, 0 dropped as duplicates: one row vanished.
    assertThatThrownBy(() -> RunCounts.balanced(10, 0, 7, 2, 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "row accounting does not balance: read 10 != accepted 7 + quarantined 2 + duplicates 0"
                + " (a row was lost or counted twice; nothing was published)");
  }
}
