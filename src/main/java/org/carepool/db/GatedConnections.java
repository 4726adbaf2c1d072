package org.carepool.db;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.ConnectionProvider;
import org.jooq.exception.DataAccessException;

/**
 * The store's connections as jOOQ takes them: each one, for a single query or a whole transaction,
 * holds a read share of the {@link StoreGate} from checkout to return, taken before the pool is
 * asked, so a read waiting for an import holds no connection meanwhile and cannot starve the pool.
 */
final class GatedConnections implements ConnectionProvider {
  private final DataSource pool;
  private final StoreGate gate;

  GatedConnections(DataSource pool, StoreGate gate) {
    this.pool = pool;
    this.gate = gate;
  }

  @Override
  public Connection acquire() {
    gate.enter();
    try {
      return pool.getConnection();
    } catch (SQLException | RuntimeException e) {
      gate.leave();
      throw e instanceof SQLException sql ? new DataAccessException("no connection to the store: " + e.getMessage(), sql)
          : (RuntimeException) e;
    }
  }

  @Override
  public void release(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      // a connection Derby already shut (a full disk, a stopped store) cannot be closed: the pool drops it;
      // throwing here would hide the failure of the work that used it
      org.slf4j.LoggerFactory.getLogger(GatedConnections.class).warn("A dead store connection was dropped: {}",
          e.getMessage());
    } finally {
      gate.leave();
    }
  }
}
