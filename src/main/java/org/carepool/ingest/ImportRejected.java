package org.carepool.ingest;

import org.carepool.error.Refused;
import java.util.List;

/** A load refused as a whole: nothing was written; carries every problem found (up to a cap). */
public final class ImportRejected extends Refused {
  private static final int IN_MESSAGE = 20;

  private final List<Problem> problems;
  private final long problemCount;

  ImportRejected(List<Problem> problems, long problemCount) {
    super(message(problems, problemCount), problems);
    this.problems = List.copyOf(problems);
    this.problemCount = problemCount;
  }

  /** Every problem, in file then line order; at most {@value ProblemLog#KEPT} are kept. */
  @Override
  public List<Problem> problems() {
    return problems;
  }

  /** How many problems were found in all, including any beyond those kept. */
  public long problemCount() {
    return problemCount;
  }

  private static String message(List<Problem> problems, long count) {
    StringBuilder text = new StringBuilder("Import rejected, nothing was written: ")
        .append(count).append(count == 1 ? " problem" : " problems");
    problems.stream().limit(IN_MESSAGE).forEach(p -> text.append("\n  ").append(p));
    if (count > IN_MESSAGE) {
      text.append("\n  … and ").append(count - IN_MESSAGE).append(" more");
    }
    return text.toString();
  }
}
