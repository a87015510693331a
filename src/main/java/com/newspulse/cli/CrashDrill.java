package com.newspulse.cli;

import com.newspulse.spark.RunTransaction;
import com.newspulse.spark.RunTransaction.PublishStep;
import java.util.Arrays;
import java.util.Locale;

/**
 * The operators' crash drill: with {@code NEWSPULSE_CRASH_DRILL_PAUSE_AT=<publish step>} in the
 * environment, a writing command stops at that moment of its publish, prints one line naming it and
 * its pid, and waits there until it is killed. So a {@code kill -9} lands at an exact moment, which
 * timing alone cannot do ({@code jobs/crash-drill} drives it; README "Re-runs and failures"). Unset
 * (production), nothing is installed and the publish observer stays a no-op.
 */
final class CrashDrill {
  static final String VARIABLE = "NEWSPULSE_CRASH_DRILL_PAUSE_AT";

  private CrashDrill() {}

  /** Installs the pause if {@code value} (the variable's value) is set; exit 2 on a bad step. */
  static void install(String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    PublishStep at;
    try {
      at = PublishStep.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      System.err.println(
          "newspulse: error: "
              + VARIABLE
              + "="
              + value
              + " is not a publish step; one of "
              + Arrays.toString(PublishStep.values()));
      System.exit(2);
      return;
    }
    RunTransaction.observePublish(
        step -> {
          if (step == at) {
            System.err.println(
                "newspulse: crash drill: paused at "
                    + step
                    + " (pid "
                    + ProcessHandle.current().pid()
                    + "); kill it now");
            System.err.flush();
            while (true) {
              try {
                Thread.sleep(60_000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("crash drill interrupted at " + step, e);
              }
            }
          }
        });
  }
}
