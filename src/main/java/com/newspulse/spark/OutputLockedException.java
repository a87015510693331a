package com.newspulse.spark;

import com.newspulse.NewsPulseException;

/** Another live writer holds the output's lock ({@link OutputLock}). Exit code 5. */
public final class OutputLockedException extends NewsPulseException {
  private static final long serialVersionUID = 1L;

  public OutputLockedException(String message) {
    super(message);
  }

  @Override
  public int exitCode() {
    return 5;
  }
}
