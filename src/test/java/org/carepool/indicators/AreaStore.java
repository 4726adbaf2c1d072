package org.carepool.indicators;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.carepool.db.Database;
import org.carepool.db.TestStores;
import org.carepool.ingest.ImportProgress;
import org.carepool.ingest.Importer;

/**
 * A fresh in-memory store loaded through the real importer from {@code src/test/resources/indicators/area}:
 * two localities (L1 North with practice P1, L2 South with P2), board B1, arrangement A1 serving L1
 * and A2 serving every locality. The hand-worked figures in the tests come from those CSV files.
 */
final class AreaStore implements AutoCloseable {
  final Database db = TestStores.open("t");
  final Importer importer = new Importer(db, Clock.fixed(Instant.parse("2026-04-20T09:00:00Z"), ZoneOffset.UTC));

  AreaStore() {
    this("area");
  }

  /** A store loaded from another fixture folder under {@code src/test/resources/indicators}. */
  AreaStore(String fixture) {
    load(fixture);
  }

  void load(String fixture) {
    importer.load(List.of(fixture(fixture)), "tester", ImportProgress.none());
  }

  static Path fixture(String name) {
    try {
      return Path.of(AreaStore.class.getResource("/indicators/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    db.close();
  }
}
