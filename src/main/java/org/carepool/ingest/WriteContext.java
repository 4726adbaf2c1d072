package org.carepool.ingest;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.carepool.db.BulkWriter;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * The second pass over one checked file, inside the load's transaction. Entities map a row to a
 * record of their table; the values of {@code fields} are taken from it in order, the last field
 * being {@code import_batch} (filled in here).
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
  <R extends Record> long insert(Table<R> table, List<Field<?>> fields, Function<Row, R> records) {
    try (CsvValueRows rows = source.values(withBatch(fields, records))) {
      return bulk.insert(trx, table, fields, rows);
    }
  }

  /** Updates the rows whose keys (first {@code keyCount} fields) are stored, inserts the others. */
  <R extends Record> String upsert(Table<R> table, List<Field<?>> fields, int keyCount, Function<Row, R> records) {
    long inserted = 0;
    long updated = 0;
    try (CsvValueRows rows = source.values(withBatch(fields, records))) {
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
  <R extends Record> String replaceKeys(Table<R> table, List<Field<?>> fields, Collection<List<Object>> keys,
      Function<Row, R> records) {
    int keyCount = keys.isEmpty() ? 0 : keys.iterator().next().size();
    repository.deleteKeys(trx, table, fields.subList(0, keyCount), keys);
    long rows = insert(table, fields, records);
    return String.format("%,d rows replaced or added by key", rows);
  }

  /** The writers' row: the record's values of {@code fields}, in order, and this load's batch last. */
  private <R extends Record> Function<Row, Object[]> withBatch(List<Field<?>> fields, Function<Row, R> records) {
    Long batch = batchId;
    int last = fields.size() - 1;
    return row -> {
      R record = records.apply(row);
      Object[] values = new Object[fields.size()];
      for (int i = 0; i < last; i++) {
        values[i] = record.get(fields.get(i));
      }
      values[last] = batch;
      return values;
    };
  }
}
