package org.carepool.db;

import static org.carepool.db.generated.Tables.DATA_GENERATION;

import org.jooq.DSLContext;

/**
 * One number that every change to the figures raises, as the last write of its own transaction
 * (schema V23): every commit that changes figures changes it, whatever order changes commit in, on one
 * node or several. A cache of figures keyed by it is never older than the store.
 */
public final class DataGeneration {

  private DataGeneration() {
  }

  /** Raises the generation inside {@code trx}: call it last, so its row lock is held only until the commit. */
  public static void raise(DSLContext trx) {
    trx.update(DATA_GENERATION).set(DATA_GENERATION.GENERATION, DATA_GENERATION.GENERATION.plus(1))
        .where(DATA_GENERATION.ID.eq(1)).execute();
  }

  /** The generation committed so far. */
  public static long current(DSLContext dsl) {
    Long generation = dsl.select(DATA_GENERATION.GENERATION).from(DATA_GENERATION)
        .where(DATA_GENERATION.ID.eq(1)).fetchOne(0, Long.class);
    return generation == null ? 0 : generation;
  }
}
