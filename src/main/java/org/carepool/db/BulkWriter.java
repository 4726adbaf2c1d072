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
    return derby ? insertThroughFile(trx, table, fields, rows) : insertInBatches(trx, table, fields, rows, false);
  }

  /** Starts collecting rows to insert later, e.g. while a file is checked; close it to discard them. */
  public Staged stage() {
    return new Staged(new RowFile.Writer());
  }

  /** Rows collected for a later {@link #insert(DSLContext, Table, List, Staged, Object...)}, kept on disk. */
  public static final class Staged implements AutoCloseable {
    private final RowFile.Writer writer;

    private Staged(RowFile.Writer writer) {
      this.writer = writer;
    }

    /** Adds one row (values in field order). */
    public void add(Object[] values) {
      writer.add(values);
    }

    @Override
    public void close() {
      writer.finish().close();
    }
  }

  /**
   * Inserts the staged rows, their last {@code last.length} values replaced by {@code last} (what was
   * not known while staging, e.g. the import batch); returns the number written.
   */
  public long insert(DSLContext trx, Table<?> table, List<Field<?>> fields, Staged rows, Object... last) {
    RowFile.Written written = rows.writer.finish();
    long inserted = written.rows() == 0 ? 0 : derby ? DerbyRowFileInsert.insert(trx, table, fields, written, last)
        : StagedBatches.insert(trx, table, fields, written, last);
    return checked(table, written, inserted);
  }

  private static long checked(Table<?> table, RowFile.Written written, long inserted) {
    if (inserted != written.rows()) {
      throw new IllegalStateException(table.getName() + ": " + written.rows() + " rows written, " + inserted
          + " inserted");
    }
    return inserted;
  }

  private static long insertThroughFile(DSLContext trx, Table<?> table, List<Field<?>> fields,
      Iterator<Object[]> rows) {
    try (RowFile.Written written = RowFile.write(rows)) {
      return checked(table, written,
          written.rows() == 0 ? 0 : DerbyRowFileInsert.insert(trx, table, fields, written));
    }
  }

  /** As JDBC batches; {@code fromText}: every value is bound as text and cast to its field's type. */
  static long insertInBatches(DSLContext trx, Table<?> table, List<Field<?>> fields, Iterator<Object[]> rows,
      boolean fromText) {
    String sql = trx.renderNamedOrInlinedParams(trx.insertInto(table, fields)
        .values(fields.stream().map(f -> fromText ? DSL.cast(DSL.param(f.getName(), String.class), f.getDataType())
            : DSL.param(f.getName(), f.getDataType())).toList()))
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
