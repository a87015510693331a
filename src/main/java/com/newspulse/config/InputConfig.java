package com.newspulse.config;

import com.newspulse.core.ingest.LanguageGate;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/**
 * How the input Parquet is read and which rows are acceptable.
 *
 * @param language which accepted articles enrich quarantines as {@code UNSUPPORTED_LANGUAGE}
 */
public record InputConfig(
    Map<String, String> columns,
    LocalDate plausibleFrom,
    LocalDate plausibleTo,
    int maxTextChars,
    boolean acceptHeadlineOnly,
    boolean skipUnreadableFiles,
    LanguageGate.Settings language)
    implements Serializable {

  public InputConfig {
    columns = Map.copyOf(columns);
  }

  /** The default language gate. */
  public InputConfig(
      Map<String, String> columns,
      LocalDate plausibleFrom,
      LocalDate plausibleTo,
      int maxTextChars,
      boolean acceptHeadlineOnly,
      boolean skipUnreadableFiles) {
    this(
        columns,
        plausibleFrom,
        plausibleTo,
        maxTextChars,
        acceptHeadlineOnly,
        skipUnreadableFiles,
        LanguageGate.Settings.DEFAULT);
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
