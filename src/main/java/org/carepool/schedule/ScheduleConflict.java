package org.carepool.schedule;

/** A schedule change that clashes with the schedule's state (HTTP 409): the message says what to do instead. */
public class ScheduleConflict extends RuntimeException {
  public ScheduleConflict(String message) {
    super(message);
  }
}
