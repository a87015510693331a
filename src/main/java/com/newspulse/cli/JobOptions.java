package com.newspulse.cli;

import com.newspulse.config.ConfigLoader;
import com.newspulse.config.NewsPulseConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options every pipeline command shares: config file, overrides, window. */
final class JobOptions {
  @Option(
      names = "--conf",
      paramLabel = "FILE",
      description =
          "HOCON config file (default: $NEWSPULSE_CONF if set, else the bundled defaults).")
  Path conf;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "First day of the window (UTC), e.g. 2025-01-01.")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description = "Last day of the window (UTC), inclusive.")
  LocalDate to;

  @Parameters(
      paramLabel = "key=value",
      arity = "0..*",
      description = "Config overrides, keys relative to 'newspulse', e.g. trends.z-threshold=2.5.")
  List<String> overrides = new ArrayList<>();

  NewsPulseConfig config() {
    Path file = conf;
    if (file == null
        && System.getenv("NEWSPULSE_CONF") != null
        && !System.getenv("NEWSPULSE_CONF").isBlank()) {
      file = Path.of(System.getenv("NEWSPULSE_CONF"));
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new com.newspulse.config.InvalidConfigException(
          "--to " + to + " is before --from " + from);
    }
    return ConfigLoader.load(file, overrides);
  }
}
