package org.carepool.db;

import java.sql.SQLException;
import org.jooq.SQLDialect;
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
    shutdownReported();
  }

  /**
   * Shuts the store as {@link #shutdown()} does and says whether Derby let go of it. After a full disk
   * Derby can stop a store half way: it still holds it, every table read fails inside Derby, and its
   * own shutdown fails the same way. Such a store cannot be reopened in this process (stopping the
   * whole engine leaves it unable to start again); only a new process recovers it from its log.
   */
  boolean shutdownReported() {
    if (!isEmbeddedDerby()) {
      return true;
    }
    String action = isInMemory() ? ";drop=true" : ";shutdown=true";
    try {
      new org.apache.derby.iapi.jdbc.AutoloadedDriver()
          .connect("jdbc:derby:" + databaseName + action, new java.util.Properties());
      return true;
    } catch (RuntimeException broken) {
      LoggerFactory.getLogger(StoreUrl.class).warn("Store shutdown failed inside Derby: {}", broken.toString());
      return false;
    } catch (SQLException expected) {
      // Derby reports a successful shutdown or drop as an SQLException (08006 / XJ015); XJ004: not booted
      String state = expected.getSQLState();
      if ("08006".equals(state) || "XJ015".equals(state) || "XJ004".equals(state)) {
        return true;
      }
      LoggerFactory.getLogger(StoreUrl.class).warn("Store shutdown: {}", expected.getMessage());
      return !"XJ001".equals(state);
    }
  }
}
