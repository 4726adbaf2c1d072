package org.carepool.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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

  /**
   * The JDBC URL of a fresh, empty (migrated) store of this run's kind; {@code name} only helps reading
   * logs. On Derby, a private in-memory copy of {@link EmptyStore}'s, made before this returns.
   */
  public static String freshUrl(String name) {
    if (postgres()) {
      return postgresUrl(name);
    }
    String memoryName = name + "-" + UUID.randomUUID();
    DerbyCopies.restore(memoryName, EmptyStore.BACKUP);
    return Database.inMemoryUrl(memoryName);
  }

  /** A fresh store of this run's kind, migrated and open. */
  public static Database open(String name) {
    return Database.open(freshUrl(name));
  }

  /** The JDBC URL of a fresh, migrated PostgreSQL database whatever the run's kind (multi-node, migrate-store). */
  public static String postgresUrl(String name) {
    return SharedPostgres.instance().freshDatabase(name);
  }

  /**
   * A new in-memory Derby store, migrated by {@link Database#open} and backed up once per test JVM (on first
   * use) to a folder under {@code target/} deleted at exit: a fresh store restored from it takes about a
   * quarter of the time of a new store migrated from scratch, and the suite makes hundreds. The migrations
   * themselves, from scratch, are {@code SchemaTest}'s to prove (it makes its stores directly).
   */
  private static final class EmptyStore {
    static final Path BACKUP = backUp();

    private static Path backUp() {
      try (Database db = Database.open(Database.inMemoryUrl("empty-template-" + UUID.randomUUID()))) {
        return DerbyCopies.backUp(db, DerbyCopies.scratchFolder("empty-store-"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The JDBC URL of a fresh PostgreSQL database holding no table at all (migrate-store's target). */
  public static String emptyPostgresUrl(String name) {
    return SharedPostgres.instance().emptyDatabase(name);
  }
}
