package com.newspulse.job;

import com.newspulse.NewsPulseException;

/** The run's data failed a quality gate; nothing was published. Exit code 4. */
public final class QualityGateException extends NewsPulseException {
  private static final long serialVersionUID = 1L;

  public QualityGateException(String message) {
    super(message);
  }

  @Override
  public int exitCode() {
    return 4;
  }
}
