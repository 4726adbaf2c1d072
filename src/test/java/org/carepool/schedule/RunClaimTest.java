package org.carepool.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.carepool.db.Database;
import org.junit.jupiter.api.Test;

class RunClaimTest {
  private static final Instant FIRE = Instant.parse("2026-11-07T07:00:00Z");

  private static RunRepository.Claim claim(String instance) {
    return new RunRepository.Claim("hwb", FIRE, "SCHEDULED", instance, "HWB", "2026-10",
        List.of("a@b.example"), Instant.now());
  }

  @Test
  void a_fire_is_claimed_once_and_a_second_claim_from_the_same_process_is_refused() {
    try (Database db = Database.open(Database.inMemoryUrl("c" + UUID.randomUUID()))) {
      RunRepository runs = new RunRepository(db.dsl());
      assertTrue(runs.claim(claim("me")).isPresent());
      assertEquals(Optional.empty(), runs.claim(claim("me")));
    }
  }

  @Test
  void a_run_left_running_by_a_stopped_process_is_taken_over_once_and_a_finished_one_never() {
    try (Database db = Database.open(Database.inMemoryUrl("c" + UUID.randomUUID()))) {
      RunRepository runs = new RunRepository(db.dsl());
      long id = runs.claim(claim("dead-process")).orElseThrow();
      assertEquals(Optional.of(id), runs.claim(claim("restarted")));
      assertEquals(Optional.empty(), runs.claim(claim("restarted")), "the restarted process ran the fire twice");
      assertFalse(runs.finish(id, "dead-process", "FAILED", 0, "woke up late", Instant.now()),
          "a process whose run was taken over may not overwrite the outcome");
      assertTrue(runs.finish(id, "restarted", "DELIVERED", 1, null, Instant.now()));
      assertEquals("DELIVERED", runs.find(id).orElseThrow().outcome());
      assertEquals(Optional.empty(), runs.claim(claim("yet-another")));
      assertEquals("RECOVERED", runs.find(id).orElseThrow().kind());
    }
  }
}
