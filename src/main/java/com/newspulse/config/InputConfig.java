package com.newspulse.config;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/** How the input Parquet is read and which rows are acceptable. */
public record InputConfig(
    Map<String, String> columns,
    LocalDate plausibleFrom,
    LocalDate plausibleTo,
    int maxTextChars,
    boolean acceptHeadlineOnly,
    boolean skipUnreadableFiles)
    implements Serializable {

  public InputConfig {
    columns = Map.copyOf(columns);
  }

  /** Unreadable input files stop the run (the default). */
  public InputConfig(
      Map<String, String> columns,
      LocalDate plausibleFrom,
      LocalDate plausibleTo,
      int maxTextChars,
      boolean acceptHeadlineOnly) {
    this(columns, plausibleFrom, plausibleTo, maxTextChars, acceptHeadlineOnly, false);
  }

  /** Headline-only items accepted, unreadable input files stop the run (the defaults). */
  public InputConfig(
      Map<String, String> columns,
      LocalDate plausibleFrom,
      LocalDate plausibleTo,
      int maxTextChars) {
    this(columns, plausibleFrom, plausibleTo, maxTextChars, true, false);
  }

  /** The input column that holds contract column {@code contractName}. */
  public String column(String contractName) {
    return columns.getOrDefault(contractName, contractName);
  }
}
