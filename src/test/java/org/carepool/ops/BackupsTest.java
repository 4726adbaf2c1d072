package org.carepool.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.carepool.db.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups into the backups folder (an admin's, the nightly one) keep only the newest few. */
class BackupsTest {
  @TempDir
  Path work;

  @Test
  void a_backup_into_the_folder_keeps_the_newest_and_deletes_the_older_ones() throws Exception {
    Path folder = work.resolve("backups");
    try (Database db = Database.open(Database.inMemoryUrl("backups-" + UUID.randomUUID()))) {
      Files.createDirectories(work.resolve("packs/HWB/2026-10"));
      Files.writeString(work.resolve("packs/HWB/2026-10/hwb-monthly-run1.pdf"), "%PDF-1.7 a pack");
      for (int day = 1; day <= 4; day++) {
        Clock at = Clock.fixed(Instant.parse("2026-12-0" + day + "T02:30:00Z"), ZoneOffset.UTC);
        Backups.Made made = new Backups(db, work.resolve("packs"), at).makeIn(folder, 2);
        assertTrue(Files.isDirectory(made.folder().resolve("store/seg0")), "no Derby store in " + made.folder());
        assertEquals(1, made.packFiles());
      }
    }
    try (Stream<Path> kept = Files.list(folder)) {
      assertEquals(List.of("backup-20261203-023000", "backup-20261204-023000"),
          kept.map(p -> p.getFileName().toString()).sorted().toList());
    }
    assertEquals("%PDF-1.7 a pack",
        Files.readString(folder.resolve("backup-20261204-023000/packs/HWB/2026-10/hwb-monthly-run1.pdf")));
  }
}
