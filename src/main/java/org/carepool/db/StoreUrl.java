package org.carepool.db;

import java.sql.SQLException;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;
import org.slf4j.LoggerFactory;

/** What the store's JDBC URL says about it; the one place that tells Derby from others. */
record StoreUrl(String jdbcUrl, SQLDialect dialect, String databaseName) {
  static StoreUrl parse(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:derby:") && !jdbcUrl.startsWith("jdbc:derby://")) {
      String rest = jdbcUrl.substring("jdbc:derby:".length());
      int semicolon = rest.indexOf(';');
      return new StoreUrl(jdbcUrl, SQLDialect.DERBY, semicolon < 0 ? rest : rest.substring(0, semicolon));
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return new StoreUrl(jdbcUrl, SQLDialect.POSTGRES, null);
    }
    throw new IllegalArgumentException("CAREPOOL_DB_URL: unsupported JDBC URL '" + jdbcUrl
        + "' (expected jdbc:derby:… or jdbc:postgresql:…)");
  }

  /** Derby folds unquoted names to upper case, as jOOQ was generated; PostgreSQL folds them to lower case. */
  Settings jooqSettings() {
    Settings settings = new Settings().withExecuteLogging(false);
    return dialect == SQLDialect.POSTGRES ? settings.withRenderNameCase(RenderNameCase.LOWER) : settings;
  }

  /** Flyway locations: the common scripts, then this kind of store's own. */
  String[] migrationLocations() {
    return new String[] {"classpath:db/migration/common",
        "classpath:db/migration/" + (isEmbeddedDerby() ? "derby" : "postgresql")};
  }

  boolean isEmbeddedDerby() {
    return databaseName != null;
  }

  boolean isInMemory() {
    return isEmbeddedDerby() && databaseName.startsWith("memory:");
  }

  String display() {
    return isEmbeddedDerby() ? "embedded Derby " + databaseName : jdbcUrl.replaceAll("password=[^&;]*", "password=***");
  }

  /** Embedded Derby must be shut down to flush its log; an in-memory one is dropped. */
  void shutdown() {
    if (!isEmbeddedDerby()) {
      return;
    }
    String action = isInMemory() ? ";drop=true" : ";shutdown=true";
    try {
      new org.apache.derby.iapi.jdbc.AutoloadedDriver()
          .connect("jdbc:derby:" + databaseName + action, new java.util.Properties());
    } catch (SQLException expected) {
      // Derby reports a successful shutdown or drop as an SQLException (08006 / XJ015).
      if (!"08006".equals(expected.getSQLState()) && !"XJ015".equals(expected.getSQLState())) {
        LoggerFactory.getLogger(StoreUrl.class).warn("Store shutdown: {}", expected.getMessage());
        if (!isInMemory()) {
          shutdownEngine();
        }
      }
    }
  }

  /**
   * A store Derby stopped half way (a full disk while it wrote its log) cannot be shut on its own: its
   * shutdown fails on the very part that is gone. Stopping the whole embedded engine discards it, and
   * the pool's next connection starts the engine again and recovers the store from its log. One
   * process holds one store, so nothing else is stopped with it.
   */
  private static void shutdownEngine() {
    try {
      new org.apache.derby.iapi.jdbc.AutoloadedDriver().connect("jdbc:derby:;shutdown=true", new java.util.Properties());
    } catch (SQLException expected) {
      if (!"XJ015".equals(expected.getSQLState())) {
        LoggerFactory.getLogger(StoreUrl.class).warn("Derby engine shutdown: {}", expected.getMessage());
      } else {
        LoggerFactory.getLogger(StoreUrl.class).warn("The store could not be shut on its own; Derby's engine was"
            + " stopped instead, so that the next connection recovers the store from its log");
      }
    }
  }
}
