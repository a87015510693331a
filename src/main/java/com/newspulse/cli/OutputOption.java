package com.newspulse.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --output} folder of the tables, for every command that reads or writes one output.
 * ({@code eval} declares its own: there it is optional.)
 */
final class OutputOption {
  @Option(
      names = "--output",
      required = true,
      paramLabel = "PATH",
      description = "Output folder of the tables.")
  String path;
}
