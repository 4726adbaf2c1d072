package org.carepool.schedule;

import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.quartz.Calendar;
import org.quartz.CronExpression;
import org.quartz.impl.triggers.CronTriggerImpl;

/**
 * A cron trigger read on the wall clock of its zone, with the daylight-saving rules a board expects:
 * a time that does not exist (the spring gap) fires at the first instant after the gap, a time that
 * happens twice (the autumn overlap) fires once, at its first occurrence; and with
 * {@code working_day: next} a fire on a weekend or bank holiday moves to the same time on the next
 * working day. Quartz's own cron trigger skips a fire in the gap altogether.
 *
 * <p>Each fire stands for a <em>nominal</em> fire: the cron's own occurrence before any working-day
 * move ({@link #nominal}). That, not the moved instant, names the month a pack reports.
 *
 * <p>Stored by the JDBC job store through {@link PackTriggerPersistence}; a trigger Quartz rebuilds
 * from the store learns the working days from its {@link WorkingDaysCalendar}.
 */
final class PackTrigger extends CronTriggerImpl {
  private static final long serialVersionUID = 1L;
  private static final int MAX_STEPS = 200_000;
  private static final int MAX_NON_WORKING_RUN = 31;

  /** A fire and the cron occurrence it stands for (the same instant unless a working-day move applied). */
  record Occurrence(Instant nominal, Instant fire) {}

  private final String wallCron;
  private final String zoneId;
  private final boolean nextWorkingDay;
  private transient WorkingDays workingDays;
  private transient CronExpression wallClock;

  PackTrigger(String cron, ZoneId zone, boolean nextWorkingDay, WorkingDays workingDays) throws ParseException {
    this.wallCron = cron;
    this.zoneId = zone.getId();
    this.nextWorkingDay = nextWorkingDay;
    this.workingDays = workingDays;
    setCronExpression(cron);
    setTimeZone(TimeZone.getTimeZone(zone));
    if (nextWorkingDay) {
      setCalendarName(WorkingDaysCalendar.NAME);
    }
  }

  @Override
  public Date getFireTimeAfter(Date after) {
    Instant from = (after == null ? new Date() : after).toInstant();
    ZoneId zone = zone();
    LocalDateTime cursor = LocalDateTime.ofInstant(from, zone);
    if (nextWorkingDay) {
      cursor = firstNonWorkingBefore(cursor.toLocalDate()).atStartOfDay().minusSeconds(1);
    }
    for (int step = 0; step < MAX_STEPS; step++) {
      Date next = wallClock().getTimeAfter(Date.from(cursor.toInstant(ZoneOffset.UTC)));
      if (next == null) {
        return null;
      }
      LocalDateTime local = LocalDateTime.ofInstant(next.toInstant(), ZoneOffset.UTC);
      Instant fire = instant(shift(local), zone);
      if (getEndTime() != null && instant(local, zone).isAfter(getEndTime().toInstant())) {
        return null;
      }
      if (fire.isAfter(from)) {
        return Date.from(fire);
      }
      cursor = local;
    }
    return null;
  }

  /**
   * The nominal fire that {@code fire} stands for: the latest cron occurrence that fires then (after
   * a working-day move, the weekend or holiday occurrence it moved from), or empty when {@code fire}
   * is not one of this trigger's fire times (a catch-up fired "now", or a manual run).
   */
  Optional<Instant> nominal(Instant fire) {
    ZoneId zone = zone();
    LocalDateTime local = LocalDateTime.ofInstant(fire, zone);
    Optional<LocalDateTime> sameDay = occurrenceAt(fire, local.minusHours(3));
    if (sameDay.isPresent() && (!nextWorkingDay || days().isWorkingDay(sameDay.get().toLocalDate()))) {
      return Optional.of(instant(sameDay.get(), zone));
    }
    if (!nextWorkingDay || !days().isWorkingDay(local.toLocalDate())) {
      return Optional.empty();
    }
    for (LocalDate d = local.toLocalDate().minusDays(1); !days().isWorkingDay(d)
        && d.isAfter(local.toLocalDate().minusDays(MAX_NON_WORKING_RUN)); d = d.minusDays(1)) {
      LocalDateTime moved = d.atTime(local.toLocalTime());
      if (wallClock().isSatisfiedBy(Date.from(moved.toInstant(ZoneOffset.UTC)))) {
        return Optional.of(instant(moved, zone));
      }
    }
    return Optional.empty();
  }

  /** Every fire after {@code after} up to and including {@code until}, oldest first, at most {@code max}. */
  List<Occurrence> occurrences(Instant after, Instant until, int max) {
    List<Occurrence> found = new ArrayList<>();
    Date cursor = Date.from(after);
    while (found.size() < max && (cursor = getFireTimeAfter(cursor)) != null && !cursor.toInstant().isAfter(until)) {
      Instant fire = cursor.toInstant();
      found.add(new Occurrence(nominal(fire).orElse(fire), fire));
    }
    return found;
  }

  private Optional<LocalDateTime> occurrenceAt(Instant fire, LocalDateTime from) {
    LocalDateTime cursor = from;
    for (int step = 0; step < MAX_STEPS; step++) {
      Date next = wallClock().getTimeAfter(Date.from(cursor.toInstant(ZoneOffset.UTC)));
      if (next == null) {
        return Optional.empty();
      }
      LocalDateTime local = LocalDateTime.ofInstant(next.toInstant(), ZoneOffset.UTC);
      Instant at = instant(local, zone());
      if (at.equals(fire)) {
        return Optional.of(local);
      }
      if (at.isAfter(fire)) {
        return Optional.empty();
      }
      cursor = local;
    }
    return Optional.empty();
  }

  @Override
  public Date computeFirstFireTime(Calendar calendar) {
    learn(calendar);
    return super.computeFirstFireTime(calendar);
  }

  @Override
  public void triggered(Calendar calendar) {
    learn(calendar);
    super.triggered(calendar);
  }

  @Override
  public void updateAfterMisfire(Calendar calendar) {
    learn(calendar);
    super.updateAfterMisfire(calendar);
  }

  /**
   * A new holiday list: the next fire is worked out again from the last one, keeping a fire that is
   * already due (Quartz's own version would drop it when it is late, losing a missed fire).
   */
  @Override
  public void updateWithNewCalendar(Calendar calendar, long misfireThreshold) {
    learn(calendar);
    Date from = getPreviousFireTime() != null ? getPreviousFireTime()
        : new Date(getStartTime().getTime() - 1000);
    setNextFireTime(getFireTimeAfter(from));
  }

  /** True, so that Quartz's cron persistence leaves this trigger to {@link PackTriggerPersistence}. */
  @Override
  public boolean hasAdditionalProperties() {
    return true;
  }

  String wallCron() {
    return wallCron;
  }

  String zoneId() {
    return zoneId;
  }

  boolean nextWorkingDay() {
    return nextWorkingDay;
  }

  private void learn(Calendar calendar) {
    if (calendar instanceof WorkingDaysCalendar c) {
      workingDays = c.days();
    }
  }

  private WorkingDays days() {
    if (workingDays == null) {
      throw new IllegalStateException("trigger " + getKey() + ": working_day: next, but no working-day calendar");
    }
    return workingDays;
  }

  private ZoneId zone() {
    return ZoneId.of(zoneId);
  }

  private LocalDate firstNonWorkingBefore(LocalDate day) {
    LocalDate d = day;
    for (int i = 0; i < MAX_NON_WORKING_RUN && !days().isWorkingDay(d.minusDays(1)); i++) {
      d = d.minusDays(1);
    }
    return d;
  }

  private LocalDateTime shift(LocalDateTime local) {
    if (!nextWorkingDay) {
      return local;
    }
    return days().onOrAfter(local.toLocalDate()).atTime(local.toLocalTime());
  }

  /** In the gap: the transition itself; in the overlap: the earlier offset. */
  static Instant instant(LocalDateTime local, ZoneId zone) {
    ZoneOffsetTransition transition = zone.getRules().getTransition(local);
    if (transition != null && transition.isGap()) {
      return transition.getInstant();
    }
    return local.atZone(zone).toInstant();
  }

  private CronExpression wallClock() {
    if (wallClock == null) {
      try {
        CronExpression expression = new CronExpression(wallCron);
        expression.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        wallClock = expression;
      } catch (ParseException e) {
        throw new IllegalStateException("cron '" + wallCron + "': " + e.getMessage(), e);
      }
    }
    return wallClock;
  }
}
