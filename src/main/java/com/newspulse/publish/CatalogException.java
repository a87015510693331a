package com.newspulse.publish;

import com.newspulse.NewsPulseException;

/**
 * The BI catalog cannot be written: the output folder is missing, not local, or holds no table.
 * Exit code 2 for a non-local output (a usage error), 3 for missing tables (missing input).
 */
public final class CatalogException extends NewsPulseException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  CatalogException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  @Override
  public int exitCode() {
    return exitCode;
  }
}
