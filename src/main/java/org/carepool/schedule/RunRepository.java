package org.carepool.schedule;

import static org.carepool.db.generated.Tables.SCHEDULE_RUN;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.carepool.db.generated.tables.records.ScheduleRunRecord;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

/** The run history, and the claim on a fire that makes every fire deliver at most once. */
final class RunRepository {
  private final DSLContext dsl;

  RunRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  record Claim(String schedule, Instant fireTime, String kind, String instance, String board, String period,
      List<String> recipients, Instant now) {}

  /**
   * Inserts the run row under the unique (schedule, fire time) key before anything is rendered or
   * sent. When the row exists, the fire is this instance's only if another instance (a process that
   * stopped mid-run) left it RUNNING: it is taken over, atomically. Otherwise the fire was or is being
   * handled and the answer is empty.
   */
  Optional<Long> claim(Claim c) {
    try {
      return Optional.of(dsl.insertInto(SCHEDULE_RUN)
          .set(SCHEDULE_RUN.SCHEDULE_ID, c.schedule())
          .set(SCHEDULE_RUN.SCHEDULED_FIRE_TIME, utc(c.fireTime()))
          .set(SCHEDULE_RUN.RUN_KIND, c.kind())
          .set(SCHEDULE_RUN.CLAIMED_BY, c.instance())
          .set(SCHEDULE_RUN.OUTCOME, "RUNNING")
          .set(SCHEDULE_RUN.BOARD, c.board())
          .set(SCHEDULE_RUN.PERIOD, c.period())
          .set(SCHEDULE_RUN.STARTED_AT, utc(c.now()))
          .set(SCHEDULE_RUN.ATTEMPTS, 0)
          .set(SCHEDULE_RUN.RECIPIENTS, String.join(",", c.recipients()))
          .returningResult(SCHEDULE_RUN.ID)
          .fetchOne(SCHEDULE_RUN.ID));
    } catch (IntegrityConstraintViolationException alreadyClaimed) {
      return takeOver(c);
    }
  }

  private Optional<Long> takeOver(Claim c) {
    ScheduleRunRecord existing = dsl.selectFrom(SCHEDULE_RUN)
        .where(SCHEDULE_RUN.SCHEDULE_ID.eq(c.schedule()), SCHEDULE_RUN.SCHEDULED_FIRE_TIME.eq(utc(c.fireTime())))
        .fetchOne();
    if (existing == null || !"RUNNING".equals(existing.getOutcome()) || c.instance().equals(existing.getClaimedBy())) {
      return Optional.empty();
    }
    int taken = dsl.update(SCHEDULE_RUN)
        .set(SCHEDULE_RUN.CLAIMED_BY, c.instance())
        .set(SCHEDULE_RUN.RUN_KIND, "RECOVERED")
        .where(SCHEDULE_RUN.ID.eq(existing.getId()), SCHEDULE_RUN.CLAIMED_BY.eq(existing.getClaimedBy()),
            SCHEDULE_RUN.OUTCOME.eq("RUNNING"))
        .execute();
    return taken == 1 ? Optional.of(existing.getId()) : Optional.empty();
  }

  void archived(long run, String file, long size) {
    dsl.update(SCHEDULE_RUN).set(SCHEDULE_RUN.PACK_FILE, file).set(SCHEDULE_RUN.PACK_SIZE, size)
        .where(SCHEDULE_RUN.ID.eq(run)).execute();
  }

  /**
   * Records the outcome, unless another instance has taken the run over meanwhile (it then owns the
   * outcome); answers whether this instance's outcome was recorded.
   */
  boolean finish(long run, String instance, String outcome, int attempts, String error, Instant now) {
    return dsl.update(SCHEDULE_RUN)
        .set(SCHEDULE_RUN.OUTCOME, outcome)
        .set(SCHEDULE_RUN.ATTEMPTS, attempts)
        .set(SCHEDULE_RUN.ERROR_MESSAGE, error == null ? null : error.substring(0, Math.min(4000, error.length())))
        .set(SCHEDULE_RUN.ENDED_AT, utc(now))
        .where(SCHEDULE_RUN.ID.eq(run), SCHEDULE_RUN.CLAIMED_BY.eq(instance))
        .execute() == 1;
  }

  List<RunRecord> ofSchedule(String schedule, int limit) {
    return dsl.selectFrom(SCHEDULE_RUN).where(SCHEDULE_RUN.SCHEDULE_ID.eq(schedule))
        .orderBy(SCHEDULE_RUN.SCHEDULED_FIRE_TIME.desc()).limit(limit).fetch(RunRepository::toRun);
  }

  /** Runs whose pack is in the archive, newest first. */
  List<RunRecord> packs(int limit) {
    return dsl.selectFrom(SCHEDULE_RUN).where(SCHEDULE_RUN.PACK_FILE.isNotNull())
        .orderBy(SCHEDULE_RUN.STARTED_AT.desc()).limit(limit).fetch(RunRepository::toRun);
  }

  /** Runs whose pack is still in the archive and was archived before {@code cutoff}. */
  List<RunRecord> packsArchivedBefore(Instant cutoff) {
    return dsl.selectFrom(SCHEDULE_RUN)
        .where(SCHEDULE_RUN.PACK_FILE.isNotNull(), SCHEDULE_RUN.PACK_EXPIRED_AT.isNull(),
            SCHEDULE_RUN.STARTED_AT.lt(utc(cutoff)))
        .fetch(RunRepository::toRun);
  }

  void packExpired(long run, Instant now) {
    dsl.update(SCHEDULE_RUN).set(SCHEDULE_RUN.PACK_EXPIRED_AT, utc(now)).where(SCHEDULE_RUN.ID.eq(run)).execute();
  }

  Optional<RunRecord> find(long id) {
    return dsl.selectFrom(SCHEDULE_RUN).where(SCHEDULE_RUN.ID.eq(id)).fetchOptional().map(RunRepository::toRun);
  }

  private static RunRecord toRun(ScheduleRunRecord r) {
    return new RunRecord(r.getId(), r.getScheduleId(), instant(r.getScheduledFireTime()), r.getRunKind(),
        r.getOutcome(), r.getBoard(), r.getPeriod(), instant(r.getStartedAt()), instant(r.getEndedAt()),
        r.getAttempts(), r.getPackFile(), r.getPackSize(),
        r.getRecipients().isEmpty() ? List.of() : Arrays.asList(r.getRecipients().split(",")), r.getErrorMessage(),
        instant(r.getPackExpiredAt()));
  }

  static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static Instant instant(LocalDateTime utc) {
    return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
  }
}
