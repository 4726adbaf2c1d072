package org.carepool.audit;

import static org.carepool.db.generated.Tables.AUDIT_EVENT;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;

final class AuditRepository {
  private final DSLContext dsl;

  AuditRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  void insert(LocalDateTime occurredAtUtc, String actor, String action, String detail, String address) {
    dsl.insertInto(AUDIT_EVENT)
        .set(AUDIT_EVENT.OCCURRED_AT, occurredAtUtc)
        .set(AUDIT_EVENT.ACTOR, actor)
        .set(AUDIT_EVENT.ACTION, action)
        .set(AUDIT_EVENT.DETAIL, detail)
        .set(AUDIT_EVENT.ADDRESS, address)
        .execute();
  }

  List<AuditEvent> latest(int limit) {
    return dsl.selectFrom(AUDIT_EVENT)
        .orderBy(AUDIT_EVENT.ID.desc())
        .limit(limit)
        .fetch(r -> new AuditEvent(r.getId(), r.getOccurredAt().toInstant(ZoneOffset.UTC),
            r.getActor(), r.getAction(), r.getDetail(), r.getAddress()));
  }
}
