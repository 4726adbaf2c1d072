package org.carepool.delivery;

import static org.carepool.db.generated.Tables.PACK_DELIVERY;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The mail queue in the store ({@code pack_delivery}): a rendered run waits here until its mail has
 * gone or finally failed, so retries survive a restart and never hold a render thread. A worker locks
 * a row for one attempt with a lease, so a process that dies mid-attempt does not keep it. Each change
 * here tells the run history in the same transaction.
 */
public final class DeliveryQueue {
  private final DSLContext dsl;
  private final PackRuns runs;

  public DeliveryQueue(DSLContext dsl, PackRuns runs) {
    this.dsl = dsl;
    this.runs = runs;
  }

  /**
   * The run is rendered and archived: it becomes SENDING and its mail is queued, in one transaction.
   * False when the run is no longer this instance's to record.
   */
  boolean enqueue(RenderedPack r) {
    return dsl.transactionResult(trx -> {
      if (!runs.rendered(trx.dsl(), r)) {
        return false;
      }
      trx.dsl().insertInto(PACK_DELIVERY)
          .set(PACK_DELIVERY.RUN_ID, r.run())
          .set(PACK_DELIVERY.NEXT_ATTEMPT_AT, utc(r.now()))
          .execute();
      return true;
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

  /** The mail went: DELIVERED (or INCOMPLETE, when sections are missing) after {@code attempts}. */
  void sent(long run, PackRuns.Outcome outcome, int attempts, Instant now) {
    end(run, outcome, attempts, null, now);
  }

  /** The last attempt failed too. */
  void failed(long run, int attempts, String error, Instant now) {
    end(run, PackRuns.Outcome.FAILED, attempts, error, now);
  }

  /** An attempt failed: counted on the run, tried again at {@code next}. */
  void retryAt(long run, int attempts, String error, Instant next) {
    dsl.transaction(trx -> {
      runs.retrying(trx.dsl(), run, attempts, error);
      trx.dsl().update(PACK_DELIVERY)
          .set(PACK_DELIVERY.NEXT_ATTEMPT_AT, utc(next))
          .set(PACK_DELIVERY.LAST_ERROR, cut(error))
          .setNull(PACK_DELIVERY.LOCKED_BY)
          .setNull(PACK_DELIVERY.LOCKED_UNTIL)
          .where(PACK_DELIVERY.RUN_ID.eq(run)).execute();
    });
  }

  private void end(long run, PackRuns.Outcome outcome, int attempts, String error, Instant now) {
    dsl.transaction(trx -> {
      runs.ended(trx.dsl(), run, outcome, attempts, error, now);
      trx.dsl().deleteFrom(PACK_DELIVERY).where(PACK_DELIVERY.RUN_ID.eq(run)).execute();
    });
  }

  private static String cut(String text) {
    return text == null ? null : text.substring(0, Math.min(4000, text.length()));
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
