package org.carepool.db;

import java.sql.PreparedStatement;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Derby's fast path for large row sets: one {@code INSERT INTO t (…) SELECT … FROM TABLE(f(?)) x}
 * whose table function pulls the rows from the caller's iterator as Derby writes them. Because the
 * source is a table function, Derby asks for its bulk-insert path (DERBY-4789) and takes it when
 * the table is empty at run time: it then writes new pages without logging each row and swaps
 * them in at the end, all inside the caller's transaction (a rollback drops them). Into a table
 * that holds rows, the same statement inserts row by row. Runs on the caller's connection.
 */
final class DerbyTableFunctionInsert {
  private DerbyTableFunctionInsert() {}

  /** Inserts every row the iterator yields; returns the number of rows inserted. */
  static long insert(DSLContext trx, TableFunctions functions, Table<?> table, List<Field<?>> fields,
      Iterator<Object[]> rows) {
    List<TableFunctions.Column> columns = TableFunctions.columns(trx.configuration(), fields);
    String function = functions.functionFor(columns);
    String sql = "INSERT INTO " + trx.render(table) + " (" + names(trx, fields) + ") SELECT "
        + columns.stream().map(TableFunctions.Column::select).collect(Collectors.joining(", "))
        + " FROM TABLE(" + function + "(?)) x";
    RowSource source = new RowSource(rows);
    long inserted = trx.connectionResult(connection -> {
      try (PreparedStatement insert = connection.prepareStatement(sql)) {
        insert.setObject(1, source);
        return insert.executeLargeUpdate();
      }
    });
    if (inserted != source.served()) {
      throw new IllegalStateException(table.getName() + ": " + source.served() + " rows handed over, " + inserted
          + " inserted");
    }
    return inserted;
  }

  private static String names(DSLContext trx, List<Field<?>> fields) {
    return fields.stream().map(f -> trx.render(f.getUnqualifiedName())).collect(Collectors.joining(", "));
  }
}
