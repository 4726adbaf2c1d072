package org.carepool.db;

import java.util.UUID;

/**
 * The tests' store: one place that says which store a test runs on. By default a private in-memory
 * Derby store; with {@code -Dcarepool.store=postgres} a fresh database of one embedded PostgreSQL
 * shared by the whole test JVM ({@link SharedPostgres}). Tests ask for a store here instead of
 * naming one, so the same test runs on both stores.
 */
public final class TestStores {
  /** The system property choosing the store: {@code derby} (default) or {@code postgres}. */
  public static final String PROPERTY = "carepool.store";

  private TestStores() {}

  /** Whether this test run is the PostgreSQL pass. */
  public static boolean postgres() {
    return "postgres".equalsIgnoreCase(System.getProperty(PROPERTY, "derby"));
  }

  /** The JDBC URL of a fresh, empty store of this run's kind; {@code name} only helps reading logs. */
  public static String freshUrl(String name) {
    return postgres() ? postgresUrl(name) : Database.inMemoryUrl(name + "-" + UUID.randomUUID());
  }

  /** A fresh store of this run's kind, migrated and open. */
  public static Database open(String name) {
    return Database.open(freshUrl(name));
  }

  /** The JDBC URL of a fresh, migrated PostgreSQL database whatever the run's kind (multi-node, migrate-store). */
  public static String postgresUrl(String name) {
    return SharedPostgres.instance().freshDatabase(name);
  }

  /** The JDBC URL of a fresh PostgreSQL database holding no table at all (migrate-store's target). */
  public static String emptyPostgresUrl(String name) {
    return SharedPostgres.instance().emptyDatabase(name);
  }
}
