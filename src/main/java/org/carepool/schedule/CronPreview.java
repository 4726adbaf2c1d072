package org.carepool.schedule;

import org.carepool.error.Invalid;
import java.text.ParseException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The next fire times of a cron as the schedules compute them (daylight saving, working days), for
 * the form's preview; with a warning when working-day moves pass the end of the holiday list.
 *
 * @param fires    the next fire times, in the schedule's zone
 * @param warnings what the fire times cannot be trusted for
 */
public record CronPreview(List<ZonedDateTime> fires, List<String> warnings) {

  static CronPreview of(String cron, String zone, boolean nextWorkingDay, WorkingDays days, Instant after, int count) {
    ZoneId zoneId = zone(zone);
    PackTrigger trigger;
    try {
      trigger = new PackTrigger(cron, zoneId, nextWorkingDay, days);
    } catch (ParseException e) {
      throw new Invalid("cron: '" + cron + "' is not a Quartz cron expression: " + e.getMessage());
    }
    List<ZonedDateTime> fires = new ArrayList<>();
    Date cursor = Date.from(after);
    while (fires.size() < count && (cursor = trigger.getFireTimeAfter(cursor)) != null) {
      fires.add(cursor.toInstant().atZone(zoneId));
    }
    if (fires.isEmpty()) {
      throw new Invalid("cron: '" + cron + "' never fires (no fire time after now)");
    }
    List<String> warnings = new ArrayList<>();
    if (nextWorkingDay && fires.get(fires.size() - 1).getYear() > days.lastListedYear()) {
      warnings.add(pastHolidays(days));
    }
    return new CronPreview(fires, warnings);
  }

  static String pastHolidays(WorkingDays days) {
    return "bank holidays are listed only up to " + days.lastListedYear() + " (" + days.source()
        + "): later fires move for weekends only; set CAREPOOL_BANK_HOLIDAYS to an up-to-date list";
  }

  private static ZoneId zone(String zone) {
    if (zone == null || zone.isBlank()) {
      return ScheduleYaml.DEFAULT_ZONE;
    }
    try {
      return ZoneId.of(zone.strip());
    } catch (DateTimeException e) {
      throw new Invalid("tz: unknown time zone '" + zone + "' (e.g. Europe/London)");
    }
  }
}
