package com.newspulse.spark;

import com.newspulse.NewsPulseException;

/** The input does not meet the input contract (missing column, unusable type). Exit code 3. */
public final class ContractException extends NewsPulseException {
  private static final long serialVersionUID = 1L;

  public ContractException(String message) {
    super(message);
  }

  public ContractException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public int exitCode() {
    return 3;
  }
}
