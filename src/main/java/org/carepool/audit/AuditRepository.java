package org.carepool.audit;

import static org.carepool.db.generated.Tables.AUDIT_EVENT;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

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

  List<AuditEvent> find(AuditQuery query, int limit) {
    return dsl.selectFrom(AUDIT_EVENT)
        .where(actorIs(query.actor()), actionIs(query.action()), before(query.before()))
        .orderBy(AUDIT_EVENT.ID.desc())
        .limit(limit)
        .fetch(r -> new AuditEvent(r.getId(), r.getOccurredAt().toInstant(ZoneOffset.UTC),
            r.getActor(), r.getAction(), r.getDetail(), r.getAddress()));
  }

  List<String> actions() {
    return dsl.selectDistinct(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).orderBy(AUDIT_EVENT.ACTION).fetch(AUDIT_EVENT.ACTION);
  }

  /** Whether an action was recorded since a moment for an actor or from an address (read through the time index). */
  boolean recordedSince(String action, Condition who, LocalDateTime sinceUtc) {
    return dsl.fetchExists(AUDIT_EVENT, AUDIT_EVENT.OCCURRED_AT.ge(sinceUtc), AUDIT_EVENT.ACTION.eq(action), who);
  }

  static Condition actorIs(String actor) {
    return actor == null ? DSL.noCondition() : AUDIT_EVENT.ACTOR.eq(actor);
  }

  static Condition addressIs(String address) {
    return address == null ? DSL.noCondition() : AUDIT_EVENT.ADDRESS.eq(address);
  }

  private static Condition actionIs(String action) {
    return action == null ? DSL.noCondition() : AUDIT_EVENT.ACTION.eq(action);
  }

  private static Condition before(Long id) {
    return id == null ? DSL.noCondition() : AUDIT_EVENT.ID.lt(id);
  }
}
