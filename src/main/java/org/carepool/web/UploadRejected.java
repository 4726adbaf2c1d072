package org.carepool.web;

import java.util.List;

/**
 * An upload refused as a whole, nothing written: the problems kept (the first few thousand, in
 * file then line order) and how many were found in all. {@link ErrorMapping} answers it with 422
 * and the list.
 */
public final class UploadRejected extends RuntimeException {
  private final transient List<DataLoads.Problem> problems;
  private final long problemCount;

  public UploadRejected(List<DataLoads.Problem> problems, long problemCount) {
    super("Nothing was loaded: " + problemCount + (problemCount == 1 ? " problem" : " problems") + " to fix first");
    this.problems = List.copyOf(problems);
    this.problemCount = Math.max(problemCount, problems.size());
  }

  public List<DataLoads.Problem> problems() {
    return problems;
  }

  /** Every problem found, including those beyond {@link #problems()}. */
  public long problemCount() {
    return problemCount;
  }
}
