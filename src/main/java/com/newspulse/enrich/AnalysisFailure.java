package com.newspulse.enrich;

/**
 * The {@code detail} of an {@code ANALYSIS_FAILED} quarantine row: the extractor (the first
 * NewsPulse class on the stack), the exception and its message, bounded in length.
 */
final class AnalysisFailure {
  static final int MAX_DETAIL = 1_000;

  private AnalysisFailure() {}

  static String describe(Throwable t) {
    String where = "unknown";
    for (StackTraceElement f : t.getStackTrace()) {
      if (f.getClassName().startsWith("com.newspulse.core.")) {
        String cls = f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1);
        where = cls + "." + f.getMethodName() + ":" + f.getLineNumber();
        break;
      }
    }
    String d = "extractor " + where + ": " + t.getClass().getSimpleName() + ": " + t.getMessage();
    return d.length() > MAX_DETAIL ? d.substring(0, MAX_DETAIL) : d;
  }
}
