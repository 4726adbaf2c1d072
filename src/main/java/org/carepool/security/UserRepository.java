package org.carepool.security;

import static org.carepool.db.generated.Tables.APP_USER;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.carepool.db.generated.tables.records.AppUserRecord;
import org.jooq.DSLContext;

final class UserRepository {
  private final DSLContext dsl;

  UserRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  record StoredUser(User user, String passwordHash) {}

  Optional<StoredUser> find(String username) {
    return dsl.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOptional().map(UserRepository::toStored);
  }

  List<User> all() {
    return dsl.selectFrom(APP_USER).orderBy(APP_USER.USERNAME).fetch(r -> toStored(r).user());
  }

  /** Creates the user or, when it exists, sets its role and password and enables it. */
  void save(String username, Role role, String passwordHash, LocalDateTime now) {
    dsl.transaction(trx -> {
      DSLContext tx = trx.dsl();
      int updated = tx.update(APP_USER)
          .set(APP_USER.ROLE, role.name())
          .set(APP_USER.PASSWORD_HASH, passwordHash)
          .set(APP_USER.ENABLED, true)
          .set(APP_USER.UPDATED_AT, now)
          .where(APP_USER.USERNAME.eq(username))
          .execute();
      if (updated == 0) {
        tx.insertInto(APP_USER)
            .set(APP_USER.USERNAME, username)
            .set(APP_USER.ROLE, role.name())
            .set(APP_USER.PASSWORD_HASH, passwordHash)
            .set(APP_USER.ENABLED, true)
            .set(APP_USER.CREATED_AT, now)
            .set(APP_USER.UPDATED_AT, now)
            .execute();
      }
    });
  }

  /** Inserts a new user; returns false when the name is taken. */
  boolean insert(String username, Role role, String passwordHash, LocalDateTime now) {
    return dsl.transactionResult(trx -> {
      DSLContext tx = trx.dsl();
      if (tx.fetchExists(APP_USER, APP_USER.USERNAME.eq(username))) {
        return false;
      }
      tx.insertInto(APP_USER)
          .set(APP_USER.USERNAME, username)
          .set(APP_USER.ROLE, role.name())
          .set(APP_USER.PASSWORD_HASH, passwordHash)
          .set(APP_USER.ENABLED, true)
          .set(APP_USER.CREATED_AT, now)
          .set(APP_USER.UPDATED_AT, now)
          .execute();
      return true;
    });
  }

  boolean setRole(String username, Role role, LocalDateTime now) {
    return dsl.update(APP_USER).set(APP_USER.ROLE, role.name()).set(APP_USER.UPDATED_AT, now)
        .where(APP_USER.USERNAME.eq(username)).execute() == 1;
  }

  boolean setPasswordHash(String username, String passwordHash, LocalDateTime now) {
    return dsl.update(APP_USER).set(APP_USER.PASSWORD_HASH, passwordHash).set(APP_USER.UPDATED_AT, now)
        .where(APP_USER.USERNAME.eq(username)).execute() == 1;
  }

  boolean setEnabled(String username, boolean enabled, LocalDateTime now) {
    return dsl.update(APP_USER).set(APP_USER.ENABLED, enabled).set(APP_USER.UPDATED_AT, now)
        .where(APP_USER.USERNAME.eq(username)).execute() == 1;
  }

  private static StoredUser toStored(AppUserRecord r) {
    return new StoredUser(new User(r.getUsername(), Role.valueOf(r.getRole()), r.getEnabled()), r.getPasswordHash());
  }
}
