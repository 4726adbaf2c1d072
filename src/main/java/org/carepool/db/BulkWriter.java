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
import org.jooq.impl.DSL;

/**
 * Writes large sets of already validated rows inside the caller's transaction, so that millions
 * of rows neither sit in memory at once nor cost one round trip each. The rows come from an
 * iterator, pulled as they are written (the caller may fill it from another thread). On Derby they
 * go through a table function into one INSERT … SELECT ({@link DerbyTableFunctionInsert}: Derby's
 * bulk path into an empty table); elsewhere in JDBC batches. jOOQ renders the statements; rows are
 * bound straight to JDBC, because jOOQ's per-value binding costs about three times the insert.
 */
public final class BulkWriter {
  private static final int BATCH_ROWS = 10_000;

  /** Derby's table functions; null on a store without them. */
  private final TableFunctions functions;

  BulkWriter(TableFunctions functions) {
    this.functions = functions;
  }

  /** Inserts every row (values in the order of {@code fields}); returns the number written. */
  public long insert(DSLContext trx, Table<?> table, List<Field<?>> fields, Iterator<Object[]> rows) {
    return functions != null ? DerbyTableFunctionInsert.insert(trx, functions, table, fields, rows)
        : insertInBatches(trx, table, fields, rows);
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
