package org.carepool.security;

import static org.carepool.db.generated.Tables.SIGN_IN_FAILURE;

import java.time.LocalDateTime;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;

/** Failed sign-ins, the evidence the throttle counts. */
final class FailureRepository {
  private final DSLContext dsl;

  FailureRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** How many failures match since a moment, and when the latest was (null when none). */
  record Count(int failures, LocalDateTime latest) {}

  void insert(String username, String address, LocalDateTime now) {
    dsl.insertInto(SIGN_IN_FAILURE)
        .set(SIGN_IN_FAILURE.USERNAME, username)
        .set(SIGN_IN_FAILURE.ADDRESS, address)
        .set(SIGN_IN_FAILURE.FAILED_AT, now)
        .execute();
  }

  Count forUsername(String username, LocalDateTime since) {
    return count(SIGN_IN_FAILURE.USERNAME.eq(username), since);
  }

  Count forAddress(String address, LocalDateTime since) {
    return count(SIGN_IN_FAILURE.ADDRESS.eq(address), since);
  }

  void forgetUsername(String username) {
    dsl.deleteFrom(SIGN_IN_FAILURE).where(SIGN_IN_FAILURE.USERNAME.eq(username)).execute();
  }

  void deleteBefore(LocalDateTime moment) {
    dsl.deleteFrom(SIGN_IN_FAILURE).where(SIGN_IN_FAILURE.FAILED_AT.lt(moment)).execute();
  }

  private Count count(Condition who, LocalDateTime since) {
    Record2<Integer, LocalDateTime> r = dsl
        .select(org.jooq.impl.DSL.count(), org.jooq.impl.DSL.max(SIGN_IN_FAILURE.FAILED_AT))
        .from(SIGN_IN_FAILURE)
        .where(who.and(SIGN_IN_FAILURE.FAILED_AT.ge(since)))
        .fetchOne();
    return new Count(r.value1(), r.value2());
  }
}
