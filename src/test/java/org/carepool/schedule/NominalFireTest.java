package org.carepool.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 6 review B3: the month a pack reports comes from the cron's own (nominal) fire, not from the
 * instant a working-day move or a catch-up runs it at, so no month is reported twice or never.
 */
class NominalFireTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final WorkingDays DAYS = WorkingDays.shipped();

  private static Instant london(String local) {
    return ZonedDateTime.parse(local + "[Europe/London]").toInstant();
  }

  @Test
  void a_month_end_working_day_schedule_stands_for_each_month_end_once_across_january_and_february_2027()
      throws Exception {
    PackTrigger trigger = new PackTrigger("0 0 7 L * ?", LONDON, true, DAYS);
    List<PackTrigger.Occurrence> fires = trigger.occurrences(london("2026-12-01T00:00Z"), london("2027-04-01T00:00Z"), 10);
    assertEquals(List.of(
        new PackTrigger.Occurrence(london("2026-12-31T07:00Z"), london("2026-12-31T07:00Z")),
        new PackTrigger.Occurrence(london("2027-01-31T07:00Z"), london("2027-02-01T07:00Z")),
        new PackTrigger.Occurrence(london("2027-02-28T07:00Z"), london("2027-03-01T07:00Z")),
        new PackTrigger.Occurrence(london("2027-03-31T07:00+01:00"), london("2027-03-31T07:00+01:00"))), fires);
    assertEquals(List.of("2026-11", "2026-12", "2027-01", "2027-02"), months(fires, Schedule.PackPeriod.PREVIOUS_MONTH));
    assertEquals(List.of("2026-12", "2027-01", "2027-02", "2027-03"), months(fires, Schedule.PackPeriod.CURRENT_MONTH));
  }

  @Test
  void the_moved_fire_on_monday_1_february_2027_runs_as_the_31_january_fire() throws Exception {
    PackTrigger trigger = new PackTrigger("0 0 7 L * ?", LONDON, true, DAYS);
    FirePlan plan = FirePlan.of(trigger, Schedule.Misfire.RUN_ONCE, new FirePlan.Fired(london("2027-02-01T07:00Z"),
        london("2026-12-31T07:00Z"), london("2026-11-01T00:00Z"), london("2027-03-01T07:00Z"),
        london("2026-11-02T00:00Z")));
    assertEquals(Optional.of(new FirePlan.Run(london("2027-01-31T07:00Z"), "SCHEDULED")), plan.run());
    assertEquals(List.of(), plan.skipped());
  }

  @Test
  void a_fire_in_the_spring_gap_stands_for_its_own_0130() throws Exception {
    PackTrigger trigger = new PackTrigger("0 30 1 * * ?", LONDON, false, DAYS);
    Instant gapFire = Instant.parse("2026-03-29T01:00:00Z");
    assertEquals(Optional.of(gapFire), trigger.nominal(gapFire));
    assertEquals(Optional.empty(), trigger.nominal(gapFire.plusSeconds(5)), "not a fire time of the cron");
  }

  @Test
  void a_christmas_day_fire_moved_to_29_december_stands_for_christmas_day() throws Exception {
    PackTrigger trigger = new PackTrigger("0 0 7 25 12 ?", LONDON, true, DAYS);
    assertEquals(Optional.of(london("2026-12-25T07:00Z")), trigger.nominal(london("2026-12-29T07:00Z")));
  }

  private static List<String> months(List<PackTrigger.Occurrence> fires, Schedule.PackPeriod period) {
    return fires.stream().map(o -> period.month(o.nominal().atZone(LONDON))).map(YearMonth::toString).toList();
  }
}
