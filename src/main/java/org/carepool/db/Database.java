package org.carepool.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store: a pooled connection, migrated to the schema in {@code schema/}, behind jOOQ.
 * This package is the only place that knows the store is Derby; everything else sees a
 * {@link DSLContext} and the generated table classes.
 */
public final class Database implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Database.class);
  static final int POOL_SIZE = 16;
  /** Less free space than this beside a failed store means the disk is why (Derby needs room for log and pages). */
  private static final long NEARLY_FULL_BYTES = 16L * 1024 * 1024;
  private static final String PREALLOCATOR = "derby.language.sequence.preallocator";
  private static final String DEADLOCK_TIMEOUT = "derby.locks.deadlockTimeout";
  private static final java.time.Duration CONNECTION_WAIT = java.time.Duration.ofSeconds(30);

  /** The advisory lock key of {@link #takeLoadTurn}: "cp-load" in ASCII, so it will not meet another application's. */
  static final long LOAD_TURN = 0x63702d6c6f6164L;

  private final StoreUrl url;
  private final HikariDataSource pool;
  private final DSLContext dsl;
  private final TableFunctions functions;
  private final StoreGate gate;

  private Database(StoreUrl url, HikariDataSource pool, TableFunctions functions) {
    this.url = url;
    this.pool = pool;
    this.functions = functions;
    this.gate = new StoreGate(this::loads);
    this.dsl = DSL.using(new GatedConnections(pool, gate), url.dialect(), url.jooqSettings());
  }

  /** The loads the store has committed, for the gate to tell whether figures changed while it let reads run. */
  private long loads() {
    return DataGeneration.loads(dsl);
  }

  /** Opens (creating if need be) the store at a JDBC URL and applies every pending migration. */
  public static Database open(String jdbcUrl) {
    return open(jdbcUrl, Login.NONE, CONNECTION_WAIT);
  }

  /** The same, signing in to a server store (PostgreSQL) as {@code login}. */
  public static Database open(String jdbcUrl, Login login) {
    return open(jdbcUrl, login, CONNECTION_WAIT);
  }

  /**
   * Who the store's server knows carepool as (CAREPOOL_DB_USER, CAREPOOL_DB_PASSWORD); unused by the
   * embedded store. The password is never shown: not in {@link #toString()}, not in a log.
   */
  public record Login(java.util.Optional<String> user, java.util.Optional<String> password) {
    public static final Login NONE = new Login(java.util.Optional.empty(), java.util.Optional.empty());

    @Override
    public String toString() {
      return "Login[user=" + user.orElse("") + ", password=" + (password.isPresent() ? "***" : "") + "]";
    }
  }

  /**
   * The same, with how long a caller may wait for a free connection once the store is open (the first
   * connection, which may recover the store after an unclean stop, waits as long as that takes).
   */
  public static Database open(String jdbcUrl, java.time.Duration connectionWait) {
    return open(jdbcUrl, Login.NONE, connectionWait);
  }

  private static Database open(String jdbcUrl, Login login, java.time.Duration connectionWait) {
    StoreUrl url = StoreUrl.parse(jdbcUrl);
    keepDerbyLogBesideTheStore(url);
    if (url.isEmbeddedDerby() && System.getProperty(PREALLOCATOR) == null) {
      // Derby hands out identity values 100 at a time and loses the unused ones when the process is killed:
      // import batch and run numbers then jump by 100 after a restart, which reads like missing batches.
      System.setProperty(PREALLOCATOR, "1");
    }
    if (url.isEmbeddedDerby() && System.getProperty(DEADLOCK_TIMEOUT) == null) {
      // Derby looks for a deadlock only after a lock wait of this many seconds (20 by default); the
      // finance transactions retry a deadlock victim at once, so two closes of one month need not idle 20 s.
      System.setProperty(DEADLOCK_TIMEOUT, "2");
    }
    HikariDataSource pool = connect(url, login, connectionWait);
    TableFunctions functions = url.isEmbeddedDerby() ? new TableFunctions(pool) : null;
    try {
      migrate(pool, url);
      if (functions != null) {
        functions.prepare();
      }
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    log.info("Store ready at {}", url.display());
    return new Database(url, pool, functions);
  }

  private static HikariDataSource connect(StoreUrl url, Login login, java.time.Duration connectionWait) {
    try {
      HikariConfig config = poolConfig(url);
      login.user().ifPresent(config::setUsername);
      login.password().ifPresent(config::setPassword);
      config.setConnectionTimeout(connectionWait.toMillis());
      if (config.getDataSource() instanceof EmbeddedDataSource derby) {
        StoreBoot.boot(derby, url);
      }
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      if (url.isEmbeddedDerby() && causedBy(e, "XSDB6")) {
        throw new IllegalStateException("the store " + url.databaseName() + " is open in another carepool process"
            + " (a running server?): an embedded store serves one process at a time; stop that process first,"
            + " or load data and render reports through the running server's page or API", e);
      }
      throw e;
    }
  }

  /** Derby chains the reason a database will not boot as the SQLException's next exception, not its cause. */
  private static boolean causedBy(Throwable e, String sqlState) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      for (SQLException sql = cause instanceof SQLException s ? s : null; sql != null; sql = sql.getNextException()) {
        if (sqlState.equals(sql.getSQLState()) || (sql.getCause() != null && causedBy(sql.getCause(), sqlState))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The embedded store kept in a data folder. */
  public static String embeddedUrl(java.nio.file.Path dataDir) {
    return "jdbc:derby:" + dataDir.resolve("store").toAbsolutePath() + ";create=true";
  }

  /**
   * Where the store's Flyway history is: the scripts every store runs ({@code schema/*.sql}) and those
   * of its own kind ({@code schema/derby/}, {@code schema/postgresql/}), for tools that migrate by hand.
   */
  public static String[] migrationLocations(String jdbcUrl) {
    return StoreUrl.parse(jdbcUrl).migrationLocations();
  }

  /** A private in-memory store, for tests and benchmarks. */
  public static String inMemoryUrl(String name) {
    return "jdbc:derby:memory:" + name + ";create=true";
  }

  public DSLContext dsl() {
    return dsl;
  }

  /**
   * Makes the load whose transaction {@code trx} is the only one under way on the store until it ends:
   * call it first. The loads of one process already take turns at the {@link StoreGate}; on a PostgreSQL
   * shared by several nodes, a load started on another node waits here (a transaction-scoped advisory
   * lock) instead of meeting this one in the months it replaces and the summaries' keys, and failing.
   * Embedded Derby serves one process, so its gate is enough.
   */
  public void takeLoadTurn(DSLContext trx) {
    if (url.dialect() == org.jooq.SQLDialect.POSTGRES) {
      trx.execute("SELECT pg_advisory_xact_lock(" + LOAD_TURN + ")");
    }
  }

  public DataSource dataSource() {
    return pool;
  }

  StoreUrl url() {
    return url;
  }

  /** Whether the store answers, and if not why: for readiness checks (see {@link #probe()}). */
  public record StoreHealth(boolean up, String reason, boolean restartNeeded) {}

  /**
   * Whether a trivial query works, now. Derby shuts a store it can no longer write (a full disk) and
   * every pooled connection is then dead: when the probe fails, the pool drops its connections, so that
   * the next one boots the store again (recovering it) once the cause is gone; no restart is needed.
   * Cheap enough for a readiness check every few seconds; never waits behind an import.
   */
  public StoreHealth probe() {
    try (java.sql.Connection connection = pool.getConnection();
        java.sql.Statement query = connection.createStatement()) {
      query.setQueryTimeout(5);
      // a table, not VALUES 1: a store Derby half shut after a full disk still answers VALUES 1 on an
      // open connection, but cannot read a page of any table
      try (java.sql.ResultSet one = query.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")) {
        one.next();
      }
      return new StoreHealth(true, "", false);
    } catch (SQLException | RuntimeException e) {
      pool.getHikariPoolMXBean().softEvictConnections();
      // shut, the store is booted again (and recovered) by the next connection; left half shut, it would
      // hand every new connection the same broken state
      boolean reopenable = StoreGate.isTransient(e) || isTimeout(e) || url.shutdownReported();
      String reason = explain(e) + (reopenable ? "" : "; Derby cannot reopen this store while carepool runs:"
          + " restart carepool, and Derby recovers the store from its log as it starts");
      log.warn("The store does not answer: {}", reason);
      return new StoreHealth(false, reason, !reopenable);
    }
  }

  private static boolean isTimeout(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof SQLException sql && ("XCL52".equals(sql.getSQLState()) || "57014".equals(sql.getSQLState()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Why a piece of work on the store failed, in one line an operator can act on. Derby reports a full
   * disk in its own log and shuts the store; the work itself often sees only "no current connection",
   * so the free space of the store's disk is looked at too.
   */
  public String explain(Throwable failure) {
    if (StoreFailure.isDiskFull(failure) || diskNearlyFull()) {
      return StoreFailure.describe(new IllegalStateException("disk full", failure)).replace("Derby could not",
          freeSpace() + " left; Derby could not");
    }
    return StoreFailure.describe(failure);
  }

  /** Whether the disk of an on-disk store is (nearly) full: Derby's own errors then may not say so. */
  public boolean diskNearlyFull() {
    long free = freeBytes();
    return free >= 0 && free < NEARLY_FULL_BYTES;
  }

  private String freeSpace() {
    long free = freeBytes();
    return free < 0 ? "little space" : String.format("%,d KB", free / 1024);
  }

  /** Usable bytes on the disk of an on-disk store; -1 when there is none or it cannot be told. */
  private long freeBytes() {
    if (!url.isEmbeddedDerby() || url.isInMemory()) {
      return -1;
    }
    try {
      return java.nio.file.Files.getFileStore(java.nio.file.Path.of(url.databaseName()).toAbsolutePath().getParent())
          .getUsableSpace();
    } catch (java.io.IOException e) {
      return -1;
    }
  }

  /** One writer or many readers: imports write through it, reads that span several queries read through it. */
  public StoreGate gate() {
    return gate;
  }

  /**
   * The {@code org.quartz.jobStore.*} properties of a JDBC job store in this store (tables from
   * {@code schema/V5__schedules.sql}, connections from this pool, the delegate for this database);
   * clustered on PostgreSQL, where several nodes share the store (an embedded store has one process).
   */
  public java.util.Properties quartzJobStore(String schedulerName) {
    return QuartzStore.jobStore(pool, quartzDelegateClass(), schedulerName, !url.isEmbeddedDerby());
  }

  /** Quartz's driver delegate class for this store's SQL. */
  public String quartzDelegateClass() {
    return url.isEmbeddedDerby() ? QuartzStore.DERBY_DELEGATE : QuartzStore.POSTGRES_DELEGATE;
  }

  /** The bulk path for large, already validated row sets. */
  public BulkWriter bulkWriter() {
    return new BulkWriter(functions);
  }

  @Override
  public void close() {
    pool.close();
    url.shutdown();
  }

  private static void keepDerbyLogBesideTheStore(StoreUrl url) {
    if (!url.isEmbeddedDerby() || url.isInMemory()) {
      return;
    }
    java.nio.file.Path store = java.nio.file.Path.of(url.databaseName()).toAbsolutePath();
    try {
      java.nio.file.Files.createDirectories(store.getParent());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot create the data folder " + store.getParent() + ": " + e.getMessage(), e);
    }
    if (!java.nio.file.Files.isWritable(store.getParent())) {
      throw new IllegalStateException("the data folder " + store.getParent() + " is read-only: carepool keeps its"
          + " store there and must be able to write to it (check the folder's owner and mount, or set CAREPOOL_DATA)");
    }
    if (System.getProperty("derby.stream.error.file") == null) {
      System.setProperty("derby.stream.error.file", store.resolveSibling("derby.log").toString());
    }
  }

  private static HikariConfig poolConfig(StoreUrl url) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("carepool-store");
    // Reads wait at the StoreGate, not here; room for a load's two connections (its transaction and
    // the bulk-load function's declaration), Quartz's, and the reads of a busy server.
    config.setMaximumPoolSize(POOL_SIZE);
    config.setAutoCommit(true);
    if (url.isEmbeddedDerby()) {
      EmbeddedDataSource derby = new EmbeddedDataSource();
      derby.setDatabaseName(url.databaseName());
      derby.setCreateDatabase("create");
      config.setDataSource(derby);
    } else {
      config.setJdbcUrl(url.jdbcUrl());
    }
    return config;
  }

  private static void migrate(DataSource dataSource, StoreUrl url) {
    Flyway flyway = Flyway.configure()
        .dataSource(dataSource)
        .locations(url.migrationLocations())
        .load();
    refuseNewerStore(flyway);
    flyway.migrate();
  }

  /**
   * A store a newer carepool has migrated holds tables and rules this one does not know: writing to it
   * could break the data for the newer version (Flyway itself would carry on, ignoring "future" versions).
   */
  private static void refuseNewerStore(Flyway flyway) {
    org.flywaydb.core.api.MigrationInfo[] all = flyway.info().all();
    java.util.Optional<String> newest = java.util.Arrays.stream(all)
        .filter(m -> m.getState().name().startsWith("FUTURE")).map(m -> m.getVersion().getVersion())
        .reduce((first, last) -> last);
    if (newest.isPresent()) {
      String known = java.util.Arrays.stream(all).filter(m -> !m.getState().name().startsWith("FUTURE"))
          .map(m -> m.getVersion().getVersion()).reduce((first, last) -> last).orElse("none");
      throw new IllegalStateException("the store was last used by a newer carepool: its schema is at version "
          + newest.get() + ", and this carepool knows versions up to " + known + "; run the newer carepool (or"
          + " restore a backup made with this one); nothing was changed");
    }
  }
}
