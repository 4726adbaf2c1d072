package org.carepool.db;

import static org.carepool.db.generated.Tables.DATA_CHANGE;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * How many changes to the figures the store has committed (schema V23): every load, close, reopening and
 * hand-entered commentary records one as the last write of its own transaction, so the number moves
 * with every such commit, whatever order changes commit in, on one node or several. A cache of figures
 * keyed by it is never older than the store.
 */
public final class DataGeneration {

  /** What changed: a load can change any figure; the others, one arrangement's month. */
  public enum Change { LOAD, CLOSE, REOPEN, COMMENTARY }

  private DataGeneration() {
  }

  /** Records a change inside {@code trx}, last, so that it counts exactly when the change commits. */
  public static void raise(DSLContext trx, Change change) {
    trx.insertInto(DATA_CHANGE).set(DATA_CHANGE.KIND, change.name())
        .set(DATA_CHANGE.CHANGED_AT, DSL.currentLocalDateTime()).execute();
  }

  /** The changes committed so far. */
  public static long current(DSLContext dsl) {
    return dsl.fetchCount(DATA_CHANGE);
  }

  /** The loads committed so far. */
  static long loads(DSLContext dsl) {
    return dsl.fetchCount(DATA_CHANGE, DATA_CHANGE.KIND.eq(Change.LOAD.name()));
  }
}
