package org.carepool.db;

import java.util.Iterator;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Writes large sets of already validated rows inside the caller's transaction, so that millions
 * of rows neither sit in memory at once nor cost one round trip each. The rows come from an
 * iterator, pulled as they are written (the caller may fill it from another thread). On Derby they
 * go through a table function into one INSERT … SELECT ({@link DerbyTableFunctionInsert}: Derby's
 * bulk path into an empty table); on PostgreSQL through COPY ({@link PostgresCopy}). jOOQ renders
 * the names; rows go straight to the driver, because jOOQ's per-value binding costs about three times
 * the insert.
 */
public final class BulkWriter {
  /** Derby's table functions; null on PostgreSQL, which copies instead. */
  private final TableFunctions functions;

  BulkWriter(TableFunctions functions) {
    this.functions = functions;
  }

  /** Inserts every row (values in the order of {@code fields}); returns the number written. */
  public long insert(DSLContext trx, Table<?> table, List<Field<?>> fields, Iterator<Object[]> rows) {
    return functions != null ? DerbyTableFunctionInsert.insert(trx, functions, table, fields, rows)
        : PostgresCopy.insert(trx, table, fields, rows);
  }
}
