package org.carepool.error;

import java.util.List;

/**
 * What was sent cannot be accepted as it is, with every problem found (none beyond the message
 * when there is only the one): figures that cannot be worked out, an invalid schedule, a rejected
 * import. Nothing was changed. The web answers 422 with the list ({@link Invalid}: 400).
 */
public non-sealed class Refused extends DomainError {
  private final transient List<?> problems;

  public Refused(String message) {
    this(message, List.of());
  }

  public Refused(String message, List<?> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  /** Each problem, each read by people as its {@code toString()}; empty when the message says it all. */
  public List<?> problems() {
    return problems;
  }
}
