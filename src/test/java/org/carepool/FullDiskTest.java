package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.carepool.db.Database;
import org.carepool.demo.DemoData;
import org.carepool.ingest.ImportProgress;
import org.carepool.ingest.ImportRejected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, finding 3, on a real full filesystem (a small tmpfs; skipped, saying so, where mounting is
 * not allowed): an import that fills the disk is rejected naming the full disk, the store's probe says
 * it is down while it cannot answer, and once space is freed the store answers again, with the data
 * it had and the rejected import on record, without a restart (or, when Derby cannot let go of the
 * store, readiness says that a restart is needed and why).
 */
class FullDiskTest {
  @TempDir
  Path work;

  @Test
  void an_import_that_fills_the_disk_is_rejected_by_name_and_the_store_recovers_without_a_restart() throws Exception {
    Path demo = work.resolve("demo");
    new DemoData(DemoData.DEFAULT_SEED).write(demo, 1);
    Path data = work.resolve("data");
    Files.createDirectories(data);
    assumeTrue(TmpFs.mount(data, "size=48m"), "mounting a small tmpfs is not allowed here");
    try {
      Settings defaults = Settings.fromEnvironment(Map.of("CAREPOOL_SCHEDULER_NAME", "full-" + UUID.randomUUID()));
      Settings settings = new Settings(0, data, Database.embeddedUrl(data), defaults.smtp(), defaults.packs());
      try (Carepool carepool = Carepool.open(settings, Clock.systemUTC())) {
        carepool.importer().load(List.of(RunningCarepool.resource("finance/lb1")), "test", ImportProgress.none());
        Path filler = data.resolve("filler");
        fill(filler, data);

        ImportRejected rejected = assertThrows(ImportRejected.class, () -> carepool.importer()
            .load(List.of(demo), "analyst", ImportProgress.none()));
        String problems = rejected.problems().toString();
        assertTrue(problems.contains("the disk holding the store is full"), problems);

        Files.delete(filler);
        // readiness probes drive the recovery: each failed one drops the dead connections and shuts the
        // store, and Derby reopens it on the next; a few probes, no restart. Now and then Derby stops the
        // store half way instead and cannot let go of it: then readiness says a restart is needed (the
        // server exits for its supervisor; a new process recovers the store, as db.CrashRecoveryTest shows)
        Database.StoreHealth health = carepool.database().probe();
        for (int probes = 1; !health.up() && !health.restartNeeded() && probes < 5; probes++) {
          health = carepool.database().probe();
        }
        if (health.restartNeeded()) {
          assertTrue(health.reason().contains("restart carepool"), health.reason());
          return;
        }
        assertTrue(health.up(), health.reason());
        assertTrue(carepool.arrangements().list().stream().anyMatch(a -> a.code().equals("LB1")), "the data it had");
        String audit = carepool.audit().latest(20).toString();
        assertTrue(audit.contains("IMPORT_REJECTED") || carepool.importer().recentBatches(50).stream()
            .anyMatch(b -> b.outcome().equals("REJECTED")), "the rejected import is on record: " + audit);
      }
    } finally {
      TmpFs.unmount(data);
    }
  }

  /** Leaves the filesystem about 6 MB free, so the store has room to open but not for the demo data. */
  private static void fill(Path filler, Path data) throws Exception {
    long free = Files.getFileStore(data).getUsableSpace();
    long keep = 6L * 1024 * 1024;
    if (free > keep) {
      try (var out = Files.newOutputStream(filler)) {
        byte[] block = new byte[1024 * 1024];
        for (long written = 0; written < free - keep; written += block.length) {
          out.write(block, 0, (int) Math.min(block.length, free - keep - written));
        }
      }
    }
  }
}
