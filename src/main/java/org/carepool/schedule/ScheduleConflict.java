package org.carepool.schedule;

import org.carepool.error.Conflict;

/** A schedule change that clashes with the schedule's state (HTTP 409): the message says what to do instead. */
public class ScheduleConflict extends Conflict {
  public ScheduleConflict(String message) {
    super(message);
  }
}
