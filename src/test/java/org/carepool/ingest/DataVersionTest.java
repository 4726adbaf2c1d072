package org.carepool.ingest;

import static org.carepool.db.generated.Tables.IMPORT_BATCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDateTime;
import java.util.function.Supplier;
import org.carepool.db.DataGeneration;
import org.carepool.db.Database;
import org.carepool.db.TestStores;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConnectionProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The data version a download cache is keyed by, the store's count of committed changes to the figures
 * (schema V23), changes with every one of them, whatever order they commit in, and a load raises it.
 */
class DataVersionTest {
  private Database db;
  private Supplier<String> version;

  @BeforeEach
  void store() {
    db = TestStores.open("data-version");
    version = () -> Long.toString(DataGeneration.current(db.dsl()));
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void a_load_raises_the_generation_and_a_rejected_one_does_not() {
    Importer importer = new Importer(db, java.time.Clock.systemUTC());
    long before = DataGeneration.current(db.dsl());
    importer.load(java.util.List.of(TestStore.fixture("valid")), "tester", ImportProgress.none());
    assertEquals(before + 1, DataGeneration.current(db.dsl()), "one load, one transaction, one raise");
    String loaded = version.get();
    try {
      importer.load(java.util.List.of(TestStore.fixture("bad-late")), "tester", ImportProgress.none());
    } catch (ImportRejected expected) {
      // what it wrote was rolled back with it
    }
    assertEquals(before + 1, DataGeneration.current(db.dsl()));
    assertEquals(loaded, version.get(), "a rejected load changes no figure, so no version");
  }

  /**
   * Two changes numbered 1 and 2 that commit 2 then 1, read between: the newest batch id is 2 at both
   * reads, so a file rendered between them would be kept as current after the second commit unless
   * something else in the version moves. Readers of PostgreSQL see committed rows without waiting;
   * Derby's readers wait for the uncommitted row, so this gap is PostgreSQL's (several nodes, or
   * concurrent closes on one).
   */
  @Test
  void a_change_committed_after_a_later_numbered_one_still_changes_the_version() throws Exception {
    assumeTrue(TestStores.postgres(), "Derby's readers wait for the first change's row: no gap to show");
    try (var first = db.dataSource().getConnection(); var second = db.dataSource().getConnection()) {
      first.setAutoCommit(false);
      second.setAutoCommit(false);
      DSLContext one = on(first);
      DSLContext two = on(second);
      long firstId = batch(one);
      long secondId = batch(two);
      DataGeneration.raise(two, DataGeneration.Change.LOAD);
      second.commit();
      String between = version.get();
      long newestBetween = newestLoadedBatch();

      DataGeneration.raise(one, DataGeneration.Change.LOAD);
      first.commit();

      assertEquals(secondId, newestBetween);
      assertEquals(newestBetween, newestLoadedBatch(),
          "the newest batch id did not move when batch " + firstId + " committed after " + secondId);
      assertNotEquals(between, version.get(), "the version moved with the later commit");
    }
  }

  /**
   * Changes that do not touch each other's rows (closes of two arrangements, each SERIALIZABLE) both
   * commit: recording a change adds a row, so it is no reason for PostgreSQL to fail either.
   */
  @Test
  void two_serializable_changes_at_once_both_commit_and_both_count() throws Exception {
    long before = DataGeneration.current(db.dsl());
    try (var first = db.dataSource().getConnection(); var second = db.dataSource().getConnection()) {
      for (var connection : java.util.List.of(first, second)) {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(java.sql.Connection.TRANSACTION_SERIALIZABLE);
      }
      DataGeneration.raise(on(first), DataGeneration.Change.CLOSE);
      DataGeneration.raise(on(second), DataGeneration.Change.CLOSE);
      second.commit();
      first.commit();
    }
    assertEquals(before + 2, DataGeneration.current(db.dsl()));
  }

  /** What the data version was built from before V23: the newest batch that loaded. */
  private long newestLoadedBatch() {
    return db.dsl().select(DSL.max(IMPORT_BATCH.ID)).from(IMPORT_BATCH).where(IMPORT_BATCH.OUTCOME.ne("REJECTED"))
        .fetchOne(0, Long.class);
  }

  /** The store's own jOOQ settings (names as the store spells them), on one connection held by the test. */
  private DSLContext on(java.sql.Connection connection) {
    return db.dsl().configuration().derive(new DefaultConnectionProvider(connection)).dsl();
  }

  private static long batch(DSLContext trx) {
    return trx.insertInto(IMPORT_BATCH).set(IMPORT_BATCH.ENTITY, "spend").set(IMPORT_BATCH.FILE_NAME, "spend.csv")
        .set(IMPORT_BATCH.SHA256, "0".repeat(64)).set(IMPORT_BATCH.LOADED_BY, "test")
        .set(IMPORT_BATCH.LOADED_AT, LocalDateTime.now()).set(IMPORT_BATCH.ROW_COUNT, 0)
        .set(IMPORT_BATCH.OUTCOME, "LOADED").set(IMPORT_BATCH.PROBLEM_COUNT, 0)
        .returningResult(IMPORT_BATCH.ID).fetchOne(0, Long.class);
  }
}
