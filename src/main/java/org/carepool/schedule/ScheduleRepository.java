package org.carepool.schedule;

import static org.carepool.db.generated.Tables.SCHEDULE_DEFINITION;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;

/** Page-made schedules, stored as the same YAML as the files in {@code schedules/}. */
public final class ScheduleRepository {
  private final DSLContext dsl;

  public ScheduleRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** A page-made schedule as stored: its id and its YAML text. */
  record Stored(String id, String definition) {}

  List<Stored> all() {
    return dsl.selectFrom(SCHEDULE_DEFINITION).orderBy(SCHEDULE_DEFINITION.ID)
        .fetch(r -> new Stored(r.getId(), r.getDefinition()));
  }

  /** Creates or replaces a page-made schedule. */
  void save(Schedule schedule, String by, Instant now) {
    String yaml = ScheduleYaml.write(schedule);
    dsl.transaction(trx -> {
      int updated = trx.dsl().update(SCHEDULE_DEFINITION)
          .set(SCHEDULE_DEFINITION.DEFINITION, yaml)
          .set(SCHEDULE_DEFINITION.UPDATED_AT, RunRepository.utc(now))
          .where(SCHEDULE_DEFINITION.ID.eq(schedule.id()))
          .execute();
      if (updated == 0) {
        trx.dsl().insertInto(SCHEDULE_DEFINITION)
            .set(SCHEDULE_DEFINITION.ID, schedule.id())
            .set(SCHEDULE_DEFINITION.DEFINITION, yaml)
            .set(SCHEDULE_DEFINITION.CREATED_BY, by)
            .set(SCHEDULE_DEFINITION.CREATED_AT, RunRepository.utc(now))
            .set(SCHEDULE_DEFINITION.UPDATED_AT, RunRepository.utc(now))
            .execute();
      }
    });
  }

  boolean delete(String id) {
    return dsl.deleteFrom(SCHEDULE_DEFINITION).where(SCHEDULE_DEFINITION.ID.eq(id)).execute() == 1;
  }
}
