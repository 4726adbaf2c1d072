package org.carepool.schedule;

import java.time.Instant;
import java.util.List;

/**
 * One fire of a schedule as recorded (SPEC §7): also what {@code /api/schedules/{id}/runs} and {@code /api/packs} list.
 *
 * @param scheduledFireTime the cron's own fire this run stands for (before a working-day move; the
 *                          missed fire for a catch-up): it names the period, and each is run at most once
 * @param outcome           RUNNING, SENDING (mail queued or being retried), DELIVERED, INCOMPLETE (delivered
 *                          with {@code missingSections}), FAILED or SKIPPED ({@code error} says why)
 * @param attempts          mail attempts so far
 */
public record RunRecord(long id, String schedule, Instant scheduledFireTime, String kind, String outcome,
    String board, String period, Instant startedAt, Instant endedAt, int attempts, String packFile,
    Long packSize, String workbookFile, Long workbookSize, List<String> recipients, List<String> missingSections,
    String error, Instant packExpiredAt) {
  static final String RUNNING = "RUNNING";
  static final String SENDING = "SENDING";
  static final String DELIVERED = "DELIVERED";
  static final String INCOMPLETE = "INCOMPLETE";
  static final String FAILED = "FAILED";
  static final String SKIPPED = "SKIPPED";


  public RunRecord {
    recipients = List.copyOf(recipients);
    missingSections = List.copyOf(missingSections);
  }

  /** Whether the pack can still be downloaded: archived, and not yet removed by retention. */
  public boolean packAvailable() {
    return packFile != null && packExpiredAt == null;
  }

  /** Whether the XLSX companion can still be downloaded. */
  public boolean workbookAvailable() {
    return workbookFile != null && packExpiredAt == null;
  }

  /** Still under way: being rendered, or its mail waiting to go. */
  public boolean active() {
    return outcome.equals(RUNNING) || outcome.equals(SENDING);
  }

  /** Not a plain success: an admin should look at it. */
  public boolean needsAttention() {
    return outcome.equals(FAILED) || outcome.equals(INCOMPLETE);
  }
}
