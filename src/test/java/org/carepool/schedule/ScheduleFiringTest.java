package org.carepool.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.carepool.error.NotFound;
import java.util.UUID;
import org.carepool.audit.Audit;
import org.carepool.audit.AuditEvent;
import org.carepool.db.Database;
import org.carepool.delivery.AdminNotifier;
import org.carepool.delivery.Mailer;
import org.carepool.report.Format;
import org.carepool.report.ReportId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6 review B1, B2, B3, M1, M2, M3 with real Quartz on a real store, near-term triggers and
 * short waits: catch-up after downtime (within and beyond the misfire threshold) records the missed
 * fire as a CATCH_UP, {@code skip} records a SKIPPED run, a pause skips (and records) what falls due,
 * a second run-now is refused, an abandoned run is marked FAILED with an alert, a cron that never
 * fires is refused, and history outlives its schedule. Every change is audited.
 */
class ScheduleFiringTest {
  @RegisterExtension
  static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final Schedules.Actor ADMIN = new Schedules.Actor("admin", "192.0.2.1");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @TempDir
  Path work;

  private Database db;

  @BeforeEach
  void open() {
    db = PackStore.workedExample();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void a_fire_missed_while_the_server_was_down_runs_once_as_a_catch_up_for_the_missed_fire() throws Exception {
    ZonedDateTime due = soon(2);
    try (Schedules schedules = schedules(Duration.ofHours(1))) {
      schedules.create(ADMIN, schedule("jb-down", due, "run-once"));
      sleepUntil(due.plusSeconds(2));
      schedules.start();
      RunRecord run = PackDeliveryTest.await(schedules, "jb-down", r -> !r.outcome().equals("RUNNING"));
      assertEquals("CATCH_UP", run.kind(), run.toString());
      assertEquals(due.toInstant(), run.scheduledFireTime());
    }
  }

  @Test
  void a_skip_schedule_records_the_fire_missed_while_down_as_skipped() throws Exception {
    ZonedDateTime due = soon(2);
    try (Schedules schedules = schedules(Duration.ofHours(1))) {
      schedules.create(ADMIN, schedule("jb-skip", due, "skip"));
      sleepUntil(due.plusSeconds(2));
      schedules.start();
      RunRecord run = PackDeliveryTest.await(schedules, "jb-skip", r -> true);
      assertEquals("SKIPPED", run.outcome(), run.toString());
      assertEquals(FirePlan.DOWN_SKIP, run.error());
      assertEquals(due.toInstant(), run.scheduledFireTime());
      Thread.sleep(1_000);
      assertEquals(1, schedules.runs("jb-skip").size());
    }
  }

  @Test
  void a_fire_missed_beyond_the_misfire_threshold_is_counted_and_caught_up_for_the_missed_fire() throws Exception {
    ZonedDateTime due = soon(2);
    try (Schedules schedules = schedules(Duration.ofSeconds(1))) {
      schedules.create(ADMIN, schedule("jb-misfire", due, "run-once"));
      sleepUntil(due.plusSeconds(3));
      schedules.start();
      RunRecord run = PackDeliveryTest.await(schedules, "jb-misfire", r -> !r.outcome().equals("RUNNING"));
      assertEquals("CATCH_UP", run.kind(), run.toString());
      assertEquals(due.toInstant(), run.scheduledFireTime(), "the missed fire, not the moment it was caught up");
      assertEquals(1, schedules.misfires());
    }
  }

  @Test
  void fires_due_while_paused_are_not_sent_on_resume_but_recorded_as_skipped() throws Exception {
    ZonedDateTime due = soon(2);
    try (Schedules schedules = schedules(Duration.ofHours(1)).start()) {
      schedules.create(ADMIN, schedule("jb-pause", due, "run-once"));
      assertTrue(schedules.pause(ADMIN, "jb-pause").paused());
      sleepUntil(due.plusSeconds(2));
      ScheduleView resumed = schedules.resume(ADMIN, "jb-pause");
      assertFalse(resumed.paused());
      Thread.sleep(1_500);
      List<RunRecord> runs = schedules.runs("jb-pause");
      assertEquals(1, runs.size(), runs.toString());
      assertEquals("SKIPPED", runs.get(0).outcome());
      assertEquals("the schedule was paused", runs.get(0).error());
      assertEquals(due.toInstant(), runs.get(0).scheduledFireTime());
      assertTrue(resumed.nextFire() == null || resumed.nextFire().isAfter(due));
      assertEquals(List.of("SCHEDULE_RESUMED", "SCHEDULE_PAUSED", "SCHEDULE_CREATED"), actions(3));
    }
  }

  @Test
  void a_second_run_now_while_the_first_is_under_way_is_refused_and_the_board_gets_one_pack() throws Exception {
    try (Schedules schedules = schedules(Duration.ofHours(1)).start()) {
      schedules.create(ADMIN, PackDeliveryTest.jb("jb-twice"));
      schedules.runNow(ADMIN, "jb-twice");
      ScheduleConflict refused = assertThrows(ScheduleConflict.class, () -> schedules.runNow(ADMIN, "jb-twice"));
      assertTrue(refused.getMessage().contains("already"), refused.getMessage());
      PackDeliveryTest.await(schedules, "jb-twice", r -> !r.active());
      assertTrue(mail.waitForIncomingEmail(10_000, 1));
      Thread.sleep(1_500);
      assertEquals(1, mail.getReceivedMessages().length, "one pack, one recipient");
      assertEquals(1, schedules.runs("jb-twice").size());
      assertEquals(1, actions(10).stream().filter("SCHEDULE_RUN_REQUESTED"::equals).count());
    }
  }

  @Test
  void a_run_left_running_by_a_stopped_server_whose_schedule_is_gone_is_failed_and_the_admins_told() throws Exception {
    RunRepository runs = new RunRepository(db.dsl());
    long orphan = runs.claim(new RunRepository.Claim("removed-while-down", Instant.parse("2026-11-07T07:00:00Z"),
        Instant.parse("2026-11-07T07:00:00Z"), "SCHEDULED", "a-stopped-server", "JB", "2026-10", List.of("a@b.example"),
        Instant.now().minusSeconds(600))).orElseThrow();
    Mailer mailer = PackStore.mailer(mail.getSmtp().getPort(), 2, Duration.ofMillis(100));
    try (Schedules schedules = new Schedules(db, config(Duration.ofHours(1)), PackStore.delivery(db, work.resolve("packs"),
        mailer, new AdminNotifier(mailer, List.of("admin@example.org")), 20_000_000), Clock.systemUTC()).start()) {
      RunRecord failed = PackDeliveryTest.await(schedules, "removed-while-down", r -> r.outcome().equals("FAILED"));
      assertEquals(orphan, failed.id());
      assertTrue(failed.error().startsWith("interrupted: the server running it stopped"), failed.error());
      assertTrue(mail.waitForIncomingEmail(10_000, 1));
      assertEquals("[carepool] board pack run interrupted: schedule removed-while-down, run " + orphan,
          mail.getReceivedMessages()[0].getSubject());
    }
  }

  @Test
  void a_cron_that_never_fires_is_refused_and_nothing_is_stored() throws Exception {
    try (Schedules schedules = schedules(Duration.ofHours(1)).start()) {
      ScheduleInvalid refused = assertThrows(ScheduleInvalid.class, () -> schedules.create(ADMIN,
          PackDeliveryTest.jb("feb30").replace("0 0 7 7 * ?", "0 0 7 30 2 ?")));
      assertEquals(List.of("schedule: cron: '0 0 7 30 2 ?' never fires (no fire time after now)"), refused.problems());
      assertTrue(schedules.list().isEmpty());
      assertTrue(new ScheduleRepository(db.dsl()).all().isEmpty());
    }
  }

  @Test
  void a_stored_schedule_that_can_no_longer_be_used_is_set_aside_not_a_reason_to_refuse_start_up() throws Exception {
    new ScheduleRepository(db.dsl()).save(new Schedule("old-board", "NOPE", List.of(ReportId.INCOME_EXPENDITURE),
        "0 0 7 7 * ?", LONDON, Schedule.PackPeriod.PREVIOUS_MONTH, List.of(Format.PDF), List.of("a@b.example"), true,
        Schedule.Misfire.RUN_ONCE, false, Schedule.Source.PAGE), "admin", Instant.now());
    try (Schedules schedules = schedules(Duration.ofHours(1)).start()) {
      assertTrue(schedules.unusable().get("old-board").contains("unknown board 'NOPE'"), schedules.unusable().toString());
      schedules.delete(ADMIN, "old-board");
      assertTrue(schedules.unusable().isEmpty());
    }
  }

  @Test
  void a_schedules_runs_stay_readable_after_it_is_deleted() throws Exception {
    try (Schedules schedules = schedules(Duration.ofHours(1)).start()) {
      schedules.create(ADMIN, PackDeliveryTest.jb("jb-gone"));
      schedules.runNow(ADMIN, "jb-gone");
      PackDeliveryTest.await(schedules, "jb-gone", r -> !r.active());
      schedules.delete(ADMIN, "jb-gone");
      assertEquals(1, schedules.runs("jb-gone").size());
      assertThrows(NotFound.class, () -> schedules.runs("never-was"));
      AuditEvent deleted = new Audit(db.dsl(), Clock.systemUTC()).latest(1).get(0);
      assertEquals("SCHEDULE_DELETED", deleted.action());
      assertEquals("admin", deleted.actor());
      assertEquals("192.0.2.1", deleted.address());
    }
  }

  private Schedules schedules(Duration misfireThreshold) {
    return new Schedules(db, config(misfireThreshold),
        PackStore.delivery(db, work.resolve("packs"), mail.getSmtp().getPort()), Clock.systemUTC());
  }

  private Schedules.Config config(Duration misfireThreshold) {
    return new Schedules.Config(work.resolve("schedules"), "f-" + UUID.randomUUID(), 1)
        .withTiming(misfireThreshold, Duration.ofMillis(300), Duration.ofSeconds(1));
  }

  private List<String> actions(int count) {
    return new Audit(db.dsl(), Clock.systemUTC()).latest(count).stream().map(AuditEvent::action).toList();
  }

  private static ZonedDateTime soon(int seconds) {
    return ZonedDateTime.now(LONDON).plusSeconds(seconds + 1).truncatedTo(ChronoUnit.SECONDS);
  }

  private static String schedule(String id, ZonedDateTime at, String misfire) {
    return PackDeliveryTest.jb(id).replace("0 0 7 7 * ?", at.getSecond() + " " + at.getMinute() + " " + at.getHour()
        + " " + at.getDayOfMonth() + " " + at.getMonthValue() + " ? " + at.getYear()) + "misfire: " + misfire + "\n";
  }

  private static void sleepUntil(ZonedDateTime when) throws InterruptedException {
    long millis = Duration.between(Instant.now(), when.toInstant()).toMillis();
    if (millis > 0) {
      Thread.sleep(millis);
    }
  }
}
