package org.carepool.schedule;

import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.Date;
import java.util.TimeZone;
import org.quartz.CronExpression;
import org.quartz.impl.triggers.CronTriggerImpl;

/**
 * A cron trigger read on the wall clock of its zone, with the daylight-saving rules a board expects:
 * a time that does not exist (the spring gap) fires at the first instant after the gap, a time that
 * happens twice (the autumn overlap) fires once, at its first occurrence; and with
 * {@code working_day: next} a fire on a weekend or bank holiday moves to the same time on the next
 * working day. Quartz's own cron trigger skips a fire in the gap altogether.
 *
 * <p>Stored by the JDBC job store through {@link PackTriggerPersistence}.
 */
final class PackTrigger extends CronTriggerImpl {
  private static final long serialVersionUID = 1L;
  private static final int MAX_STEPS = 1000;

  private final String wallCron;
  private final String zoneId;
  private final boolean nextWorkingDay;
  private transient CronExpression wallClock;

  PackTrigger(String cron, ZoneId zone, boolean nextWorkingDay) throws ParseException {
    this.wallCron = cron;
    this.zoneId = zone.getId();
    this.nextWorkingDay = nextWorkingDay;
    setCronExpression(cron);
    setTimeZone(TimeZone.getTimeZone(zone));
  }

  @Override
  public Date getFireTimeAfter(Date after) {
    Instant from = (after == null ? new Date() : after).toInstant();
    ZoneId zone = ZoneId.of(zoneId);
    LocalDateTime cursor = LocalDateTime.ofInstant(from, zone);
    for (int step = 0; step < MAX_STEPS; step++) {
      Date next = wallClock().getTimeAfter(Date.from(cursor.toInstant(ZoneOffset.UTC)));
      if (next == null) {
        return null;
      }
      LocalDateTime local = LocalDateTime.ofInstant(next.toInstant(), ZoneOffset.UTC);
      Instant fire = instant(shift(local), zone);
      if (fire.isAfter(from) && (getEndTime() == null || !fire.isAfter(getEndTime().toInstant()))) {
        return Date.from(fire);
      }
      cursor = local;
    }
    return null;
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

  private LocalDateTime shift(LocalDateTime local) {
    if (!nextWorkingDay) {
      return local;
    }
    return WorkingDays.englandAndWales().onOrAfter(local.toLocalDate()).atTime(local.toLocalTime());
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
