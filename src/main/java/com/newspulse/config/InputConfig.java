package com.newspulse.config;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/** How the input Parquet is read and which rows are acceptable. */
public record InputConfig(
    Map<String, String> columns, LocalDate plausibleFrom, LocalDate plausibleTo, int maxTextChars)
    implements Serializable {

  public InputConfig {
    columns = Map.copyOf(columns);
  }

  /** The input column that holds contract column {@code contractName}. */
  public String column(String contractName) {
    return columns.getOrDefault(contractName, contractName);
  }
}
