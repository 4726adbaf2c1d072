package org.carepool.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL (the real server binaries) for a whole test JVM, started on first use and
 * stopped when the JVM exits. A fresh store is a new database copied from a template migrated once,
 * which takes a few tens of milliseconds instead of running every migration again. Durability is
 * switched off (fsync, synchronous commit): a test store never outlives the JVM. The collation is C,
 * ordering text by code point as Derby does.
 */
final class SharedPostgres {
  private static final String TEMPLATE = "carepool_template";
  private static final AtomicInteger NEXT = new AtomicInteger();

  private final EmbeddedPostgres server;
  private final java.util.List<String> made = new java.util.ArrayList<>();

  private SharedPostgres(EmbeddedPostgres server) {
    this.server = server;
  }

  /** The JVM's server, started (and its template migrated) on the first call. */
  static SharedPostgres instance() {
    return Holder.INSTANCE;
  }

  /** Initialised by the class loader on first use, once, whichever thread asks first. */
  private static final class Holder {
    static final SharedPostgres INSTANCE = start();
  }

  private static SharedPostgres start() {
    try {
      EmbeddedPostgres server = EmbeddedPostgres.builder()
          .setLocaleConfig("locale", "C")
          .setLocaleConfig("encoding", "UTF8")
          .setServerConfig("fsync", "off")
          .setServerConfig("synchronous_commit", "off")
          .setServerConfig("full_page_writes", "off")
          .setServerConfig("max_connections", "1000")
          .setServerConfig("shared_buffers", "64MB")
          .start();
      SharedPostgres shared = new SharedPostgres(server);
      shared.execute("CREATE DATABASE " + TEMPLATE);
      Database.open(shared.url(TEMPLATE)).close();
      return shared;
    } catch (IOException e) {
      throw new UncheckedIOException("the embedded PostgreSQL did not start: " + e.getMessage(), e);
    }
  }

  String freshDatabase(String name) {
    return create(databaseName(name), " TEMPLATE " + TEMPLATE);
  }

  String emptyDatabase(String name) {
    return create(databaseName(name), "");
  }

  /**
   * Drops the databases of earlier tests nobody is connected to any more (PostgreSQL refuses to drop one
   * in use, so a store a test still holds stays), then makes the new one: the server's disk holds the
   * stores in use, not every store the run ever made.
   */
  private synchronized String create(String database, String template) {
    made.removeIf(this::dropped);
    execute("CREATE DATABASE " + database + template);
    made.add(database);
    return url(database);
  }

  private boolean dropped(String database) {
    try {
      execute("DROP DATABASE " + database);
      return true;
    } catch (IllegalStateException inUse) {
      return false;
    }
  }

  private static String databaseName(String name) {
    return "t" + NEXT.incrementAndGet() + "_" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_")
        .replaceAll("(.{0,30}).*", "$1");
  }

  private String url(String database) {
    return "jdbc:postgresql://localhost:" + server.getPort() + "/" + database + "?user=postgres";
  }

  /** CREATE DATABASE from one connection at a time: PostgreSQL refuses two copies of a template at once. */
  private synchronized void execute(String sql) {
    try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
