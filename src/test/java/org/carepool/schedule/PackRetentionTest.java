package org.carepool.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.carepool.db.Database;
import org.carepool.db.TestStores;
import org.carepool.delivery.PackArchive;
import org.carepool.delivery.PackRetention;
import org.carepool.delivery.PackRuns;
import org.carepool.delivery.RenderedPack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CAREPOOL_PACK_RETENTION_DAYS: packs past retention are deleted and their runs marked, on a clock the test moves. */
class PackRetentionTest {
  private static final Instant ARCHIVED = Instant.parse("2026-01-07T07:00:00Z");

  @TempDir
  Path work;

  @Test
  void a_pack_is_kept_until_its_retention_has_passed_then_deleted_and_its_run_marked_expired() {
    try (Database db = TestStores.open("retention")) {
      RunRepository runs = new RunRepository(db.dsl());
      PackArchive archive = new PackArchive(work.resolve("packs"));
      long old = archivedRun(db, runs, archive, "jb-old", ARCHIVED);
      long recent = archivedRun(db, runs, archive, "jb-recent", ARCHIVED.plus(Duration.ofDays(30)));
      MovableClock clock = new MovableClock(ARCHIVED.plus(Duration.ofDays(399)));
      PackRetention retention = new PackRetention(runs, archive, Duration.ofDays(400), clock);

      assertEquals(0, retention.sweep(), "a pack 399 days old is within 400 days' retention");
      assertTrue(Files.exists(archive.resolve(runs.find(old).orElseThrow().packFile())));

      clock.now = ARCHIVED.plus(Duration.ofDays(401));
      assertEquals(1, retention.sweep());
      RunRecord expired = runs.find(old).orElseThrow();
      assertFalse(Files.exists(archive.resolve(expired.packFile())), "the old pack is still on disk");
      assertFalse(Files.exists(archive.resolve(expired.workbookFile())), "the old workbook is still on disk");
      assertEquals(clock.now, expired.packExpiredAt());
      assertFalse(expired.packAvailable());
      assertEquals("DELIVERED", expired.outcome(), "the run stays in the history as it was");
      RunRecord kept = runs.find(recent).orElseThrow();
      assertTrue(kept.packAvailable() && Files.exists(archive.resolve(kept.packFile())));
      assertNull(kept.packExpiredAt());

      assertEquals(0, retention.sweep(), "an expired pack is swept once");
    }
  }

  private static long archivedRun(Database db, RunRepository runs, PackArchive archive, String schedule, Instant at) {
    long run = runs.claim(new RunRepository.Claim(schedule, at, at, "SCHEDULED", "test", "JB", "2025-12",
        List.of("board@example.org"), at)).orElseThrow();
    String file = archive.store("JB", YearMonth.of(2025, 12), schedule, at, run, "pdf", "%PDF-1.7 test".getBytes());
    String workbook = archive.store("JB", YearMonth.of(2025, 12), schedule, at, run, "xlsx", "PK test".getBytes());
    runs.rendered(db.dsl(), new RenderedPack(run, "test", file, 13, workbook, 7L, List.of(), at));
    runs.ended(db.dsl(), run, PackRuns.Outcome.DELIVERED, 1, null, at.plusSeconds(5));
    return run;
  }

  /** A clock the test sets. */
  private static final class MovableClock extends Clock {
    volatile Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
