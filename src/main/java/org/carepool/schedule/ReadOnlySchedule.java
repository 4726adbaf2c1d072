package org.carepool.schedule;

/** A change asked of a schedule provisioned from {@code schedules/}: edit the file instead. */
public final class ReadOnlySchedule extends ScheduleConflict {
  public ReadOnlySchedule(String id) {
    super("schedule '" + id + "' comes from schedules/" + id + ".yaml and is read-only here: change the file");
  }
}
