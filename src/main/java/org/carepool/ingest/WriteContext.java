package org.carepool.ingest;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.carepool.db.BulkWriter;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * The second pass over one checked file, inside the load's transaction. Entities map a row to
 * table values in field order, the last field being {@code import_batch} (left null: filled in here).
 */
final class WriteContext {
  final DSLContext trx;
  final ImportRepository repository;
  final long batchId;
  private final CsvSource source;
  private final BulkWriter bulk;

  WriteContext(DSLContext trx, ImportRepository repository, BulkWriter bulk, CsvSource source, long batchId) {
    this.trx = trx;
    this.repository = repository;
    this.bulk = bulk;
    this.source = source;
    this.batchId = batchId;
  }

  BulkWriter bulk() {
    return bulk;
  }

  /** Inserts every row of the file. */
  long insert(Table<?> table, List<Field<?>> fields, Function<Row, Object[]> values) {
    try (CsvValueRows rows = source.values(withBatch(values))) {
      return bulk.insert(trx, table, fields, rows);
    }
  }

  /** Updates the rows whose keys (first {@code keyCount} fields) are stored, inserts the others. */
  String upsert(Table<?> table, List<Field<?>> fields, int keyCount, Function<Row, Object[]> values) {
    long inserted = 0;
    long updated = 0;
    try (CsvValueRows rows = source.values(withBatch(values))) {
      while (rows.hasNext()) {
        if (repository.upsert(trx, table, fields, keyCount, rows.next())) {
          inserted++;
        } else {
          updated++;
        }
      }
    }
    return String.format("%,d added, %,d updated", inserted, updated);
  }

  /** Deletes the rows with the file's keys, then inserts the file's rows. */
  String replaceKeys(Table<?> table, List<Field<?>> fields, Collection<List<Object>> keys,
      Function<Row, Object[]> values) {
    int keyCount = keys.isEmpty() ? 0 : keys.iterator().next().size();
    repository.deleteKeys(trx, table, fields.subList(0, keyCount), keys);
    long rows = insert(table, fields, values);
    return String.format("%,d rows replaced or added by key", rows);
  }

  private Function<Row, Object[]> withBatch(Function<Row, Object[]> values) {
    Long batch = batchId;
    return row -> {
      Object[] array = values.apply(row);
      array[array.length - 1] = batch;
      return array;
    };
  }
}
