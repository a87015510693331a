package com.newspulse;

/**
 * A user-facing failure: bad configuration, bad input, a failed quality check. The message says
 * what is wrong, why, and how to fix it; {@link #exitCode()} is what the CLI exits with.
 * Programming errors use IllegalArgumentException / IllegalStateException instead.
 */
public abstract class NewsPulseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected NewsPulseException(String message) {
    super(message);
  }

  protected NewsPulseException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Process exit code: 2 configuration/usage, 3 input contract, 1 anything unexpected. */
  public abstract int exitCode();
}
