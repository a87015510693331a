package com.newspulse.report;

import com.newspulse.NewsPulseException;

/** The output path holds no NewsPulse tables to report on. Exit code 3 (bad or missing input). */
public final class ReportInputException extends NewsPulseException {
  private static final long serialVersionUID = 1L;

  public ReportInputException(String message) {
    super(message);
  }

  @Override
  public int exitCode() {
    return 3;
  }
}
