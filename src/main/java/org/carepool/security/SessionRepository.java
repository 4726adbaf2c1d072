package org.carepool.security;

import static org.carepool.db.generated.Tables.APP_USER;
import static org.carepool.db.generated.Tables.WEB_SESSION;

import java.time.LocalDateTime;
import java.util.Optional;
import org.jooq.DSLContext;

final class SessionRepository {
  private final DSLContext dsl;

  SessionRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** A stored session together with its user as the user is now (role, enabled). */
  record StoredSession(User user, String csrfToken, LocalDateTime createdAt, LocalDateTime lastSeenAt) {}

  void insert(String tokenHash, String username, String csrfToken, String address, LocalDateTime now) {
    dsl.insertInto(WEB_SESSION)
        .set(WEB_SESSION.TOKEN_HASH, tokenHash)
        .set(WEB_SESSION.USERNAME, username)
        .set(WEB_SESSION.CSRF_TOKEN, csrfToken)
        .set(WEB_SESSION.ADDRESS, address)
        .set(WEB_SESSION.CREATED_AT, now)
        .set(WEB_SESSION.LAST_SEEN_AT, now)
        .execute();
  }

  Optional<StoredSession> find(String tokenHash) {
    return dsl.select(APP_USER.USERNAME, APP_USER.ROLE, APP_USER.ENABLED,
            WEB_SESSION.CSRF_TOKEN, WEB_SESSION.CREATED_AT, WEB_SESSION.LAST_SEEN_AT)
        .from(WEB_SESSION).join(APP_USER).on(APP_USER.USERNAME.eq(WEB_SESSION.USERNAME))
        .where(WEB_SESSION.TOKEN_HASH.eq(tokenHash))
        .fetchOptional(r -> new StoredSession(
            new User(r.value1(), Role.valueOf(r.value2()), r.value3()), r.value4(), r.value5(), r.value6()));
  }

  void touch(String tokenHash, LocalDateTime now) {
    dsl.update(WEB_SESSION).set(WEB_SESSION.LAST_SEEN_AT, now).where(WEB_SESSION.TOKEN_HASH.eq(tokenHash)).execute();
  }

  void delete(String tokenHash) {
    dsl.deleteFrom(WEB_SESSION).where(WEB_SESSION.TOKEN_HASH.eq(tokenHash)).execute();
  }

  void deleteAllOf(String username) {
    dsl.deleteFrom(WEB_SESSION).where(WEB_SESSION.USERNAME.eq(username)).execute();
  }

  int deleteStale(LocalDateTime createdBefore, LocalDateTime lastSeenBefore) {
    return dsl.deleteFrom(WEB_SESSION)
        .where(WEB_SESSION.CREATED_AT.lt(createdBefore).or(WEB_SESSION.LAST_SEEN_AT.lt(lastSeenBefore)))
        .execute();
  }
}
