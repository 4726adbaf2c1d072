package org.carepool.schedule;

import org.quartz.impl.calendar.BaseCalendar;

/**
 * Carries the bank-holiday list to the {@link PackTrigger}s of {@code working_day: next} schedules
 * inside Quartz. Quartz hands a trigger its calendar whenever it computes fire times (first fire,
 * fire, misfire, new calendar), so the list reaches triggers that Quartz rebuilt from the store
 * without any static state. It excludes no time: a fire on a holiday moves, it is not dropped.
 */
final class WorkingDaysCalendar extends BaseCalendar {
  private static final long serialVersionUID = 1L;
  static final String NAME = "working-days";

  private final WorkingDays days;

  WorkingDaysCalendar(WorkingDays days) {
    this.days = days;
    setDescription("England and Wales working days, from " + days.source());
  }

  WorkingDays days() {
    return days;
  }
}
