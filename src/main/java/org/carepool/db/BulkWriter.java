package org.carepool.db;

import java.util.Iterator;
import java.util.List;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Table;

/**
 * Writes large sets of already validated rows inside the caller's transaction, in batches,
 * so that millions of rows neither sit in memory at once nor cost one round trip each.
 */
public final class BulkWriter {
  private static final int BATCH_ROWS = 5_000;

  private final DataSource dataSource;
  private final Database.StoreUrl url;

  BulkWriter(DataSource dataSource, Database.StoreUrl url) {
    this.dataSource = dataSource;
    this.url = url;
  }

  /** Inserts every row (values in the order of {@code fields}); returns the number written. */
  public long insert(DSLContext trx, Table<?> table, List<Field<?>> fields, Iterator<Object[]> rows) {
    long written = 0;
    while (rows.hasNext()) {
      var batch = trx.batch(insertStatement(trx, table, fields));
      int inBatch = 0;
      while (rows.hasNext() && inBatch < BATCH_ROWS) {
        batch.bind(rows.next());
        inBatch++;
      }
      batch.execute();
      written += inBatch;
    }
    return written;
  }

  private static InsertValuesStepN<?> insertStatement(DSLContext trx, Table<?> table, List<Field<?>> fields) {
    return trx.insertInto(table, fields).values(new Object[fields.size()]);
  }
}
