package org.carepool.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.carepool.db.Database;
import org.carepool.db.TestStores;
import org.junit.jupiter.api.Test;

class RunClaimTest {
  private static final Instant NOMINAL = Instant.parse("2026-11-07T07:00:00Z");
  private static final Instant FIRED = Instant.parse("2026-11-09T07:00:00Z");

  private static RunRepository.Claim claim(String instance) {
    return new RunRepository.Claim("hwb", NOMINAL, FIRED, "SCHEDULED", instance, "HWB", "2026-10",
        List.of("a@b.example"), Instant.now());
  }

  @Test
  void a_fire_is_claimed_once_whichever_instance_asks_again() {
    try (Database db = TestStores.open("c")) {
      RunRepository runs = new RunRepository(db.dsl());
      assertTrue(runs.claim(claim("me")).isPresent());
      assertEquals(Optional.empty(), runs.claim(claim("me")));
      assertEquals(Optional.empty(), runs.claim(claim("another-live-server")),
          "a second server firing the same schedule must not take over a live run (issue 6 review m10)");
    }
  }

  @Test
  void a_run_left_running_by_a_stopped_process_is_taken_over_once_and_a_finished_one_never() {
    try (Database db = TestStores.open("c")) {
      RunRepository runs = new RunRepository(db.dsl());
      long id = runs.claim(claim("dead-process")).orElseThrow();
      RunRepository.Held held = runs.byTriggerFire("hwb", FIRED).orElseThrow();
      assertEquals(id, held.id());
      assertTrue(runs.takeOver(id, "dead-process", "restarted"));
      assertFalse(runs.takeOver(id, "dead-process", "restarted"), "taken over twice");
      assertFalse(runs.finish(id, "dead-process", "FAILED", "woke up late", Instant.now()),
          "a process whose run was taken over may not overwrite the outcome");
      assertTrue(runs.finish(id, "restarted", "FAILED", "render failed", Instant.now()));
      assertFalse(runs.takeOver(id, "restarted", "yet-another"), "a finished run is never taken over");
      RunRecord run = runs.find(id).orElseThrow();
      assertEquals("FAILED", run.outcome());
      assertEquals("RECOVERED", run.kind());
      assertEquals(NOMINAL, run.scheduledFireTime());
    }
  }

  @Test
  void a_skipped_fire_is_recorded_once_with_its_reason() {
    try (Database db = TestStores.open("c")) {
      RunRepository runs = new RunRepository(db.dsl());
      assertTrue(runs.skip(claim("me"), "the schedule was paused"));
      assertFalse(runs.skip(claim("me"), "the schedule was paused"));
      RunRecord run = runs.ofSchedule("hwb", 10).get(0);
      assertEquals("SKIPPED", run.outcome());
      assertEquals("the schedule was paused", run.error());
      assertEquals(Optional.empty(), runs.claim(claim("me")), "a skipped fire is not run later");
    }
  }
}
