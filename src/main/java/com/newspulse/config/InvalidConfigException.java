package com.newspulse.config;

import com.newspulse.NewsPulseException;

/** The configuration cannot be used; the message lists every problem found. Exit code 2. */
public final class InvalidConfigException extends NewsPulseException {
  private static final long serialVersionUID = 1L;

  public InvalidConfigException(String message) {
    super(message);
  }

  public InvalidConfigException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public int exitCode() {
    return 2;
  }
}
