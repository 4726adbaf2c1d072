package org.carepool.schedule;

import org.carepool.error.Refused;
import java.util.List;

/** A schedule (file or page) that cannot be used, with every problem, each naming the file or id and the key. */
public final class ScheduleInvalid extends Refused {
  private final List<String> problems;

  public ScheduleInvalid(List<String> problems) {
    super("the schedule is not valid (" + problems.size() + (problems.size() == 1 ? " problem)" : " problems)"), problems);
    this.problems = List.copyOf(problems);
  }

  @Override
  public List<String> problems() {
    return problems;
  }
}
