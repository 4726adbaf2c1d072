package org.carepool.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class FireTimesTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final WorkingDays DAYS = WorkingDays.shipped();

  private static List<ZonedDateTime> firesBetween(PackTrigger trigger, String from, String to) {
    List<ZonedDateTime> fires = new ArrayList<>();
    Date cursor = Date.from(ZonedDateTime.parse(from).toInstant());
    Date end = Date.from(ZonedDateTime.parse(to).toInstant());
    while (true) {
      cursor = trigger.getFireTimeAfter(cursor);
      if (cursor == null || !cursor.before(end)) {
        return fires;
      }
      fires.add(cursor.toInstant().atZone(LONDON));
    }
  }

  private static long onDay(List<ZonedDateTime> fires, String day) {
    return fires.stream().filter(f -> f.toLocalDate().equals(LocalDate.parse(day))).count();
  }

  @Test
  void a_daily_0130_schedule_fires_once_on_the_spring_change_at_the_first_instant_after_the_gap() throws Exception {
    List<ZonedDateTime> fires = firesBetween(new PackTrigger("0 30 1 * * ?", LONDON, false, DAYS),
        "2026-03-27T00:00Z", "2026-04-01T00:00Z");
    assertEquals(1, onDay(fires, "2026-03-29"), fires.toString());
    assertEquals(5, fires.size(), fires.toString());
    ZonedDateTime gapDay = fires.stream().filter(f -> f.toLocalDate().equals(LocalDate.parse("2026-03-29")))
        .findFirst().orElseThrow();
    assertEquals(ZonedDateTime.parse("2026-03-29T02:00+01:00[Europe/London]").toInstant(), gapDay.toInstant());
  }

  @Test
  void a_daily_0130_schedule_fires_once_on_the_autumn_change_at_the_first_0130() throws Exception {
    List<ZonedDateTime> fires = firesBetween(new PackTrigger("0 30 1 * * ?", LONDON, false, DAYS),
        "2026-10-23T00:00Z", "2026-10-28T00:00Z");
    assertEquals(1, onDay(fires, "2026-10-25"), fires.toString());
    assertEquals(5, fires.size(), fires.toString());
    assertTrue(fires.contains(ZonedDateTime.parse("2026-10-25T01:30+01:00[Europe/London]")), fires.toString());
  }

  @Test
  void a_working_day_next_schedule_due_on_christmas_day_2026_runs_on_29_december() throws Exception {
    PackTrigger trigger = new PackTrigger("0 0 7 25 12 ?", LONDON, true, DAYS);
    Date next = trigger.getFireTimeAfter(Date.from(ZonedDateTime.parse("2026-12-01T00:00Z").toInstant()));
    assertEquals(ZonedDateTime.parse("2026-12-29T07:00Z[Europe/London]"), next.toInstant().atZone(LONDON));
  }

  @Test
  void a_daily_working_day_next_schedule_sends_one_pack_after_christmas_not_four() throws Exception {
    List<ZonedDateTime> fires = firesBetween(new PackTrigger("0 0 7 * * ?", LONDON, true, DAYS),
        "2026-12-24T08:00Z", "2026-12-31T00:00Z");
    assertEquals(List.of(LocalDate.parse("2026-12-29"), LocalDate.parse("2026-12-30")),
        fires.stream().map(ZonedDateTime::toLocalDate).toList());
  }

  @Test
  void the_bank_holiday_list_covers_2024_to_2028_with_substitute_days() {
    WorkingDays days = WorkingDays.shipped();
    assertFalse(days.isWorkingDay(LocalDate.parse("2026-12-28")));
    assertFalse(days.isWorkingDay(LocalDate.parse("2028-01-03")));
    assertTrue(days.isWorkingDay(LocalDate.parse("2026-12-29")));
    assertTrue(days.lastListedYear() >= 2028);
  }
}
