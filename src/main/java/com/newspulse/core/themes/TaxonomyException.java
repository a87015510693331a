package com.newspulse.core.themes;

import java.util.List;

/** The theme taxonomy could not be loaded; {@link #problems()} lists every problem found. */
public final class TaxonomyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public TaxonomyException(List<String> problems) {
    this(problems, null);
  }

  public TaxonomyException(List<String> problems, Throwable cause) {
    super(
        "invalid theme taxonomy ("
            + problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + "):\n  "
            + String.join("\n  ", problems),
        cause);
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
