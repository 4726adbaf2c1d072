package org.carepool.schedule;

import static org.carepool.db.generated.Tables.SCHEDULE_INSTANCE;
import static org.carepool.schedule.RunRepository.utc;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * The heartbeat of each server's schedules ({@code schedule_instance}): how a run claimed by another
 * instance is known to be abandoned (its process stopped beating) rather than merely elsewhere.
 */
public final class InstanceRepository {
  private final DSLContext dsl;

  public InstanceRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  void beat(String instance, Instant startedAt, Instant now) {
    int updated = dsl.update(SCHEDULE_INSTANCE).set(SCHEDULE_INSTANCE.LAST_SEEN, utc(now))
        .where(SCHEDULE_INSTANCE.INSTANCE_ID.eq(instance)).execute();
    if (updated == 0) {
      dsl.insertInto(SCHEDULE_INSTANCE)
          .set(SCHEDULE_INSTANCE.INSTANCE_ID, instance)
          .set(SCHEDULE_INSTANCE.STARTED_AT, utc(startedAt))
          .set(SCHEDULE_INSTANCE.LAST_SEEN, utc(now))
          .execute();
    }
  }

  /** The instances seen since {@code since}: alive, as far as anyone can tell. */
  Set<String> seenSince(Instant since) {
    return new HashSet<>(dsl.select(SCHEDULE_INSTANCE.INSTANCE_ID).from(SCHEDULE_INSTANCE)
        .where(SCHEDULE_INSTANCE.LAST_SEEN.ge(utc(since))).fetch(SCHEDULE_INSTANCE.INSTANCE_ID));
  }

  /** Forgets instances not seen since {@code cutoff} (their runs are settled by then). */
  void forgetBefore(Instant cutoff) {
    dsl.deleteFrom(SCHEDULE_INSTANCE).where(SCHEDULE_INSTANCE.LAST_SEEN.lt(utc(cutoff))).execute();
  }
}
