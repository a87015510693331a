package com.newspulse.core.tone;

import java.util.List;

/**
 * The tone lexicon could not be loaded; {@link #problems()} lists every {@code file:line: problem}.
 */
public final class ToneLexiconException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public ToneLexiconException(List<String> problems) {
    this(problems, null);
  }

  public ToneLexiconException(List<String> problems, Throwable cause) {
    super(
        "invalid tone lexicon ("
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
