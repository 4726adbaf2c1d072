package org.carepool.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * Quartz's JDBC job store on carepool's own store: the tables come from {@code schema/V5__schedules.sql},
 * the connections from the application's pool, and the SQL dialect (driver delegate) is chosen here,
 * the one package that knows the store is Derby.
 */
final class QuartzStore {
  private QuartzStore() {}

  /** Derby has no delegate of its own in Quartz 2.5; the standard one reads Derby's BLOBs fine. */
  static final String DERBY_DELEGATE = "org.quartz.impl.jdbcjobstore.StdJDBCDelegate";
  static final String POSTGRES_DELEGATE = "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate";

  /**
   * Registers the pool with Quartz under a name of its own and answers the {@code org.quartz.jobStore.*}
   * properties that use it. Quartz's {@link DBConnectionManager} is its own process-wide registry:
   * the name carries the scheduler's name so that several stores in one JVM (tests) never share it.
   */
  static Properties jobStore(DataSource pool, String delegate, String schedulerName, boolean clustered) {
    String dataSourceName = "carepool-store-" + schedulerName;
    DBConnectionManager.getInstance().addConnectionProvider(dataSourceName, new PoolProvider(pool));
    Properties p = new Properties();
    p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
    p.setProperty("org.quartz.jobStore.driverDelegateClass", delegate);
    p.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
    p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
    p.setProperty("org.quartz.jobStore.useProperties", "false");
    if (clustered) {
      // several nodes on one PostgreSQL: Quartz's row locks give each fire to one node, and a node that
      // stops checking in has its fires recovered by another (requests recovery is set on every job)
      p.setProperty("org.quartz.jobStore.isClustered", "true");
      p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "5000");
      p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
      p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
    }
    return p;
  }

  /** Hands out connections of the application's pool; the pool is closed by {@link Database}, not by Quartz. */
  private record PoolProvider(DataSource pool) implements ConnectionProvider {
    @Override
    public Connection getConnection() throws SQLException {
      return pool.getConnection();
    }

    @Override
    public void shutdown() {}

    @Override
    public void initialize() {}
  }
}
