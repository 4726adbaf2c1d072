package org.carepool.db;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.conf.ParamType;
import org.jooq.impl.DSL;

/**
 * Writes large sets of already validated rows inside the caller's transaction, so that millions
 * of rows neither sit in memory at once nor cost one round trip each. On Derby the rows stream
 * through a temporary file into one INSERT … SELECT ({@link DerbyRowFileInsert}: Derby's bulk
 * path); elsewhere they go in JDBC batches. jOOQ renders the statement; the rows are bound straight
 * to JDBC, because jOOQ's per-value binding costs about three times as much as the insert itself.
 */
public final class BulkWriter {
  private static final int BATCH_ROWS = 10_000;

  private final boolean derby;

  BulkWriter(boolean derby) {
    this.derby = derby;
  }

  /** Inserts every row (values in the order of {@code fields}); returns the number written. */
  public long insert(DSLContext trx, Table<?> table, List<Field<?>> fields, Iterator<Object[]> rows) {
    return derby ? insertThroughFile(trx, table, fields, rows) : insertInBatches(trx, table, fields, rows);
  }

  private static long insertThroughFile(DSLContext trx, Table<?> table, List<Field<?>> fields,
      Iterator<Object[]> rows) {
    try (RowFile.Written written = RowFile.write(rows)) {
      long inserted = written.rows() == 0 ? 0 : DerbyRowFileInsert.insert(trx, table, fields, written);
      if (inserted != written.rows()) {
        throw new IllegalStateException(table.getName() + ": " + written.rows() + " rows written, " + inserted
            + " inserted");
      }
      return inserted;
    }
  }

  private static long insertInBatches(DSLContext trx, Table<?> table, List<Field<?>> fields,
      Iterator<Object[]> rows) {
    String sql = trx.renderNamedOrInlinedParams(trx.insertInto(table, fields)
        .values(fields.stream().map(f -> DSL.param(f.getName(), f.getDataType())).toList()))
        .replaceAll(":[A-Za-z_]+", "?");
    return trx.connectionResult(connection -> {
      try (PreparedStatement insert = connection.prepareStatement(sql)) {
        return insertAll(insert, fields, rows);
      }
    });
  }

  private static long insertAll(PreparedStatement insert, List<Field<?>> fields, Iterator<Object[]> rows)
      throws SQLException {
    long written = 0;
    int inBatch = 0;
    while (rows.hasNext()) {
      bind(insert, fields, rows.next());
      insert.addBatch();
      written++;
      if (++inBatch == BATCH_ROWS) {
        insert.executeBatch();
        inBatch = 0;
      }
    }
    if (inBatch > 0) {
      insert.executeBatch();
    }
    return written;
  }

  private static void bind(PreparedStatement insert, List<Field<?>> fields, Object[] values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      int at = i + 1;
      if (value == null) {
        insert.setNull(at, fields.get(i).getDataType().getSQLType());
      } else if (value instanceof String text) {
        insert.setString(at, text);
      } else if (value instanceof BigDecimal amount) {
        insert.setBigDecimal(at, amount);
      } else if (value instanceof LocalDate date) {
        insert.setDate(at, Date.valueOf(date));
      } else if (value instanceof Short number) {
        insert.setShort(at, number);
      } else if (value instanceof Integer number) {
        insert.setInt(at, number);
      } else if (value instanceof Long number) {
        insert.setLong(at, number);
      } else {
        insert.setObject(at, value);
      }
    }
  }
}
