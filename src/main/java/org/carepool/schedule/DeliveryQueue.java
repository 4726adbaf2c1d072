package org.carepool.schedule;

import static org.carepool.db.generated.Tables.PACK_DELIVERY;
import static org.carepool.db.generated.Tables.SCHEDULE_RUN;
import static org.carepool.schedule.RunRepository.cut;
import static org.carepool.schedule.RunRepository.utc;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The mail queue in the store ({@code pack_delivery}): a rendered run waits here until its mail has
 * gone or finally failed, so retries survive a restart and never hold a render thread. A worker locks
 * a row for one attempt with a lease, so a process that dies mid-attempt does not keep it.
 */
final class DeliveryQueue {
  private final DSLContext dsl;

  DeliveryQueue(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** A run's archived files and the sections its pack lacks. */
  record Rendered(long run, String instance, String pdfFile, long pdfSize, String workbookFile, Long workbookSize,
      List<String> missing, Instant now) {}

  /**
   * The run is rendered and archived: it becomes SENDING and its mail is queued, in one transaction.
   * False when the run is no longer this instance's to record.
   */
  boolean enqueue(Rendered r) {
    return dsl.transactionResult(trx -> {
      int updated = trx.dsl().update(SCHEDULE_RUN)
          .set(SCHEDULE_RUN.OUTCOME, RunRecord.SENDING)
          .set(SCHEDULE_RUN.PACK_FILE, r.pdfFile())
          .set(SCHEDULE_RUN.PACK_SIZE, r.pdfSize())
          .set(SCHEDULE_RUN.WORKBOOK_FILE, r.workbookFile())
          .set(SCHEDULE_RUN.WORKBOOK_SIZE, r.workbookSize())
          .set(SCHEDULE_RUN.MISSING_SECTIONS, r.missing().isEmpty() ? null : cut(String.join("\n", r.missing())))
          .where(SCHEDULE_RUN.ID.eq(r.run()), SCHEDULE_RUN.CLAIMED_BY.eq(r.instance()),
              SCHEDULE_RUN.OUTCOME.eq(RunRecord.RUNNING))
          .execute();
      if (updated == 1) {
        trx.dsl().insertInto(PACK_DELIVERY)
            .set(PACK_DELIVERY.RUN_ID, r.run())
            .set(PACK_DELIVERY.NEXT_ATTEMPT_AT, utc(r.now()))
            .execute();
      }
      return updated == 1;
    });
  }

  /** Runs whose next attempt is due and that no live attempt holds, oldest first. */
  List<Long> due(Instant now, int limit) {
    return dsl.select(PACK_DELIVERY.RUN_ID).from(PACK_DELIVERY)
        .where(PACK_DELIVERY.NEXT_ATTEMPT_AT.le(utc(now)),
            PACK_DELIVERY.LOCKED_UNTIL.isNull().or(PACK_DELIVERY.LOCKED_UNTIL.lt(utc(now))))
        .orderBy(PACK_DELIVERY.NEXT_ATTEMPT_AT, PACK_DELIVERY.RUN_ID).limit(limit)
        .fetch(PACK_DELIVERY.RUN_ID);
  }

  /** Takes the run's mail for one attempt, until {@code until}; false when another worker holds it. */
  boolean lock(long run, String instance, Instant now, Instant until) {
    return dsl.update(PACK_DELIVERY)
        .set(PACK_DELIVERY.LOCKED_BY, instance)
        .set(PACK_DELIVERY.LOCKED_UNTIL, utc(until))
        .where(PACK_DELIVERY.RUN_ID.eq(run), PACK_DELIVERY.NEXT_ATTEMPT_AT.le(utc(now)),
            PACK_DELIVERY.LOCKED_UNTIL.isNull().or(PACK_DELIVERY.LOCKED_UNTIL.lt(utc(now))))
        .execute() == 1;
  }

  /** An attempt is about to be made: counted on the run before the relay sees the mail. */
  void attempting(long run, int attempt) {
    dsl.update(SCHEDULE_RUN).set(SCHEDULE_RUN.ATTEMPTS, attempt).where(SCHEDULE_RUN.ID.eq(run)).execute();
  }

  /** The mail went: DELIVERED (or INCOMPLETE, when sections are missing) after {@code attempts}. */
  void sent(long run, String outcome, int attempts, Instant now) {
    end(run, outcome, attempts, null, now);
  }

  /** The last attempt failed too. */
  void failed(long run, int attempts, String error, Instant now) {
    end(run, RunRecord.FAILED, attempts, error, now);
  }

  /** An attempt failed: counted on the run, tried again at {@code next}. */
  void retryAt(long run, int attempts, String error, Instant next) {
    dsl.transaction(trx -> {
      trx.dsl().update(SCHEDULE_RUN).set(SCHEDULE_RUN.ATTEMPTS, attempts).set(SCHEDULE_RUN.ERROR_MESSAGE, cut(error))
          .where(SCHEDULE_RUN.ID.eq(run)).execute();
      trx.dsl().update(PACK_DELIVERY)
          .set(PACK_DELIVERY.NEXT_ATTEMPT_AT, utc(next))
          .set(PACK_DELIVERY.LAST_ERROR, cut(error))
          .setNull(PACK_DELIVERY.LOCKED_BY)
          .setNull(PACK_DELIVERY.LOCKED_UNTIL)
          .where(PACK_DELIVERY.RUN_ID.eq(run)).execute();
    });
  }

  private void end(long run, String outcome, int attempts, String error, Instant now) {
    dsl.transaction(trx -> {
      trx.dsl().update(SCHEDULE_RUN)
          .set(SCHEDULE_RUN.OUTCOME, outcome)
          .set(SCHEDULE_RUN.ATTEMPTS, attempts)
          .set(SCHEDULE_RUN.ERROR_MESSAGE, cut(error))
          .set(SCHEDULE_RUN.ENDED_AT, utc(now))
          .where(SCHEDULE_RUN.ID.eq(run), SCHEDULE_RUN.OUTCOME.eq(RunRecord.SENDING)).execute();
      trx.dsl().deleteFrom(PACK_DELIVERY).where(PACK_DELIVERY.RUN_ID.eq(run)).execute();
    });
  }
}
