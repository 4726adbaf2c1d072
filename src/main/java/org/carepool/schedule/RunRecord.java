package org.carepool.schedule;

import java.time.Instant;
import java.util.List;

/** One fire of a schedule as recorded (SPEC §7): also what {@code /api/schedules/{id}/runs} and {@code /api/packs} list. */
public record RunRecord(long id, String schedule, Instant scheduledFireTime, String kind, String outcome,
    String board, String period, Instant startedAt, Instant endedAt, int attempts, String packFile,
    Long packSize, List<String> recipients, String error, Instant packExpiredAt) {

  /** Whether the pack can still be downloaded: archived, and not yet removed by retention. */
  public boolean packAvailable() {
    return packFile != null && packExpiredAt == null;
  }
}
