package com.newspulse.core.ingest;

/** Why an input row was not accepted. The codes are stable: dashboards and alerts key on them. */
public enum QuarantineReason {
  /**
   * A line 'import' could not parse (not a JSON object, or not UTF-8); {@code raw_record} keeps it.
   */
  MALFORMED_RECORD,
  MISSING_ID,
  NULL_TEXT,
  BLANK_TEXT,
  TEXT_TOO_LARGE,
  INVALID_CHARACTERS,
  MISSING_DATE,
  UNPARSABLE_DATE,
  DATE_OUT_OF_RANGE,
  /** An extractor failed on the accepted article (enrich); the detail names it. The run goes on. */
  ANALYSIS_FAILED,
  /**
   * The accepted article is not in the language the analysis reads (enrich, {@link LanguageGate}):
   * it declares another, or its words are another language's function words. The detail says which.
   */
  UNSUPPORTED_LANGUAGE
}
