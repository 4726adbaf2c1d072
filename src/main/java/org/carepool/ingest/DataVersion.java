package org.carepool.ingest;

import static org.carepool.db.generated.Tables.IMPORT_BATCH;

import java.util.function.Supplier;
import org.carepool.db.DataGeneration;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Which state of the figures the store holds: it changes with every load that writes. It is read
 * from the store (the newest loaded batch), not kept in memory, so it survives restarts and sees
 * loads by any process sharing the store; a cached report is keyed by it and so is never older than
 * the store. Closes, reopens and hand-entered commentary change figures without a load: the
 * composition root joins their mark to this number for the download cache.
 */
public final class DataVersion {
  private final DSLContext dsl;

  public DataVersion(DSLContext dsl) {
    this.dsl = dsl;
  }

  /**
   * This version joined to a mark of what changes figures without a load (closes, reopens, commentary),
   * after the store's {@link DataGeneration}, which every one of those changes raises as it commits
   * (the ids alone can miss a change that commits after a later-numbered one): what a cache of figures
   * is keyed by, e.g. "57.41.12.3.40".
   */
  public Supplier<String> with(Supplier<String> changesWithoutLoad) {
    return () -> DataGeneration.current(dsl) + "." + current() + "." + changesWithoutLoad.get();
  }

  /** The id of the newest batch that was loaded (a rejected one wrote nothing); 0 for an empty store. */
  public long current() {
    Long newest = dsl.select(DSL.max(IMPORT_BATCH.ID)).from(IMPORT_BATCH)
        .where(IMPORT_BATCH.OUTCOME.ne("REJECTED")).fetchOne(0, Long.class);
    return newest == null ? 0 : newest;
  }
}
