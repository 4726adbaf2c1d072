package org.carepool.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Derby's fast path for large row sets: the rows go to a {@link RowFile}, and one
 * {@code INSERT INTO t (…) SELECT CAST(c1 AS …), … FROM TABLE(CAREPOOL_ROW_FILE(?)) x} reads it back
 * through {@link RowFileFunction}. Into an empty table Derby then bulk-inserts (writes the pages
 * directly), which a JDBC batch never does. Runs on the caller's connection, so in its transaction.
 */
final class DerbyRowFileInsert {
  static final String FUNCTION = "CAREPOOL_ROW_FILE";

  private DerbyRowFileInsert() {}

  /** Declares the table function once per store (it is kept in the store's catalogue). */
  static void declareFunction(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      if (!functionExists(connection)) {
        try (Statement ddl = connection.createStatement()) {
          ddl.execute("CREATE FUNCTION " + FUNCTION + "(path VARCHAR(32672)) RETURNS TABLE ("
              + columns() + ") LANGUAGE JAVA PARAMETER STYLE DERBY_JDBC_RESULT_SET READS SQL DATA"
              + " EXTERNAL NAME '" + RowFileFunction.class.getName() + ".read'");
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot declare the bulk-load function " + FUNCTION + ": " + e.getMessage(), e);
    }
  }

  private static boolean functionExists(Connection connection) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(
        "SELECT 1 FROM SYS.SYSALIASES a JOIN SYS.SYSSCHEMAS s ON a.SCHEMAID = s.SCHEMAID"
            + " WHERE a.ALIAS = ? AND s.SCHEMANAME = CURRENT SCHEMA")) {
      query.setString(1, FUNCTION);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  private static String columns() {
    return IntStream.rangeClosed(1, RowFileFunction.COLUMNS).mapToObj(i -> "C" + i + " VARCHAR(32672)")
        .collect(Collectors.joining(", "));
  }

  /** Inserts the rows of a written row file; returns the number of rows inserted. */
  /**
   * Inserts the rows of a written row file, their last {@code last.length} values replaced by
   * {@code last}; returns the number of rows inserted.
   */
  static long insert(DSLContext trx, Table<?> table, List<Field<?>> fields, RowFile.Written rows, Object... last) {
    if (fields.size() > RowFileFunction.COLUMNS) {
      throw new IllegalArgumentException(table.getName() + ": more than " + RowFileFunction.COLUMNS + " columns");
    }
    String sql = "INSERT INTO " + trx.render(table) + " (" + names(trx, fields) + ") SELECT "
        + casts(trx, fields, fields.size() - last.length) + " FROM TABLE(" + FUNCTION + "(?)) x";
    return trx.connectionResult(connection -> {
      try (PreparedStatement insert = connection.prepareStatement(sql)) {
        for (int i = 0; i < last.length; i++) {
          insert.setString(i + 1, last[i] == null ? null : RowFile.text(last[i]));
        }
        insert.setString(last.length + 1, rows.file().toAbsolutePath().toString());
        return (long) insert.executeUpdate();
      }
    });
  }

  private static String names(DSLContext trx, List<Field<?>> fields) {
    return fields.stream().map(f -> trx.render(f.getUnqualifiedName())).collect(Collectors.joining(", "));
  }

  /** The first {@code fromFile} columns from the file, the rest from parameters; each cast to its field's type. */
  private static String casts(DSLContext trx, List<Field<?>> fields, int fromFile) {
    return IntStream.range(0, fields.size())
        .mapToObj(i -> "CAST(" + (i < fromFile ? "x.C" + (i + 1) : "?") + " AS "
            + fields.get(i).getDataType().getCastTypeName(trx.configuration()) + ")")
        .collect(Collectors.joining(", "));
  }
}
