package com.newspulse.core.kb;

import java.util.List;

/**
 * The knowledge base could not be loaded; {@link #problems()} lists every {@code file:line:
 * problem}.
 */
public final class KnowledgeBaseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public KnowledgeBaseException(List<String> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  public KnowledgeBaseException(String problem, Throwable cause) {
    super(message(List.of(problem)), cause);
    this.problems = List.of(problem);
  }

  public List<String> problems() {
    return problems;
  }

  private static String message(List<String> problems) {
    return "invalid knowledge base ("
        + problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + "):\n  "
        + String.join("\n  ", problems);
  }
}
