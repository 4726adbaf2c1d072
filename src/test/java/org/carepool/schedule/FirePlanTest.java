package org.carepool.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 6 review B2/B3: what a fire of a schedule's trigger stands for when it comes late. A catch-up
 * reports the missed fire's month; {@code skip} applies only to fires missed while the server was
 * down, and every fire not run is recorded with its reason.
 */
class FirePlanTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final WorkingDays DAYS = WorkingDays.shipped();
  private static final Instant START = Instant.parse("2026-10-01T00:00:00Z");

  private static Instant at(String utc) {
    return Instant.parse(utc);
  }

  private static PackTrigger monthEnd() throws Exception {
    return new PackTrigger("0 0 18 L * ?", LONDON, false, DAYS);
  }

  @Test
  void a_month_end_fire_missed_over_midnight_is_caught_up_for_the_missed_month_not_the_new_one() throws Exception {
    // down from 17:00 on 30 November until 00:30 on 1 December; Quartz fires the misfired trigger "now"
    FirePlan plan = FirePlan.of(monthEnd(), Schedule.Misfire.RUN_ONCE, new FirePlan.Fired(at("2026-12-01T00:30:05Z"),
        at("2026-10-31T18:00:00Z"), START, at("2026-12-31T18:00:00Z"), at("2026-12-01T00:30:00Z")));
    FirePlan.Run run = plan.run().orElseThrow();
    assertEquals(new FirePlan.Run(at("2026-11-30T18:00:00Z"), "CATCH_UP"), run);
    assertEquals("2026-11", Schedule.PackPeriod.CURRENT_MONTH.month(run.nominal().atZone(LONDON)).toString());
    assertEquals(List.of(), plan.skipped());
  }

  @Test
  void a_fire_missed_while_down_and_fired_within_the_threshold_after_start_is_a_catch_up_at_its_own_time()
      throws Exception {
    FirePlan plan = FirePlan.of(monthEnd(), Schedule.Misfire.RUN_ONCE, new FirePlan.Fired(at("2026-11-30T18:00:00Z"),
        at("2026-10-31T18:00:00Z"), START, at("2026-12-31T18:00:00Z"), at("2026-11-30T18:10:00Z")));
    assertEquals(Optional.of(new FirePlan.Run(at("2026-11-30T18:00:00Z"), "CATCH_UP")), plan.run());
  }

  @Test
  void a_skip_schedule_records_the_fire_missed_while_down_as_skipped_and_runs_nothing() throws Exception {
    FirePlan plan = FirePlan.of(monthEnd(), Schedule.Misfire.SKIP, new FirePlan.Fired(at("2026-12-01T00:30:05Z"),
        at("2026-10-31T18:00:00Z"), START, at("2026-12-31T18:00:00Z"), at("2026-12-01T00:30:00Z")));
    assertEquals(Optional.empty(), plan.run());
    assertEquals(List.of(new FirePlan.Skip(at("2026-11-30T18:00:00Z"), FirePlan.DOWN_SKIP)), plan.skipped());
  }

  @Test
  void a_skip_schedule_still_runs_a_fire_that_was_late_only_because_the_server_was_busy() throws Exception {
    FirePlan plan = FirePlan.of(monthEnd(), Schedule.Misfire.SKIP, new FirePlan.Fired(at("2026-11-30T18:00:00Z"),
        at("2026-10-31T18:00:00Z"), START, at("2026-12-31T18:00:00Z"), at("2026-11-01T09:00:00Z")));
    assertEquals(Optional.of(new FirePlan.Run(at("2026-11-30T18:00:00Z"), "SCHEDULED")), plan.run());
  }

  @Test
  void after_three_days_down_run_once_catches_up_the_latest_fire_and_records_the_others_as_skipped() throws Exception {
    PackTrigger daily = new PackTrigger("0 0 7 * * ?", LONDON, false, DAYS);
    FirePlan plan = FirePlan.of(daily, Schedule.Misfire.RUN_ONCE, new FirePlan.Fired(at("2026-11-05T09:00:00Z"),
        at("2026-11-02T07:00:00Z"), START, at("2026-11-06T07:00:00Z"), at("2026-11-05T08:59:00Z")));
    assertEquals(Optional.of(new FirePlan.Run(at("2026-11-05T07:00:00Z"), "CATCH_UP")), plan.run());
    assertEquals(List.of(new FirePlan.Skip(at("2026-11-03T07:00:00Z"), FirePlan.OVERTAKEN),
        new FirePlan.Skip(at("2026-11-04T07:00:00Z"), FirePlan.OVERTAKEN)), plan.skipped());
  }

  @Test
  void a_missed_fire_with_a_later_missed_fire_still_to_come_is_skipped_for_it() throws Exception {
    PackTrigger daily = new PackTrigger("0 0 7 * * ?", LONDON, false, DAYS);
    FirePlan plan = FirePlan.of(daily, Schedule.Misfire.RUN_ONCE, new FirePlan.Fired(at("2026-11-03T07:00:00Z"),
        at("2026-11-02T07:00:00Z"), START, at("2026-11-04T07:00:00Z"), at("2026-11-04T07:30:00Z")));
    assertEquals(Optional.empty(), plan.run());
    assertEquals(List.of(new FirePlan.Skip(at("2026-11-03T07:00:00Z"), FirePlan.OVERTAKEN)), plan.skipped());
  }
}
