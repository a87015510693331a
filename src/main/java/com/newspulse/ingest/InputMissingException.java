package com.newspulse.ingest;

import com.newspulse.NewsPulseException;

/** The input path is missing or not readable as the expected format. Exit code 3. */
public final class InputMissingException extends NewsPulseException {
  private static final long serialVersionUID = 1L;

  public InputMissingException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public int exitCode() {
    return 3;
  }
}
