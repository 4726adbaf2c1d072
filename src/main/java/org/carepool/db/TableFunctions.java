package org.carepool.db;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.jooq.Configuration;
import org.jooq.DataType;
import org.jooq.Field;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Derby table functions the bulk path inserts from: one per row shape, its columns typed like
 * the target's (so Derby reads each value with its own getter), declared once per store on first
 * use, from a connection of its own so the DDL never sits in a load's transaction. Their one
 * argument is a {@link RowSource}, declared as a Java user-defined type.
 */
final class TableFunctions {
  private static final Logger log = LoggerFactory.getLogger(TableFunctions.class);
  static final String SOURCE_TYPE = "CAREPOOL_ROW_SOURCE";
  /** What earlier versions declared: a table function over a temporary file, no longer used. */
  /** How one value travels: its type in the function, and the expression that makes it the column's value. */
  record Column(String declared, String select) {
  }

  private final DataSource pool;
  private final Set<String> declared = ConcurrentHashMap.newKeySet();

  TableFunctions(DataSource pool) {
    this.pool = pool;
  }

  /** Declares the row source type at start-up (the retired row-file function is dropped by migration V13). */
  void prepare() {
    try (Connection connection = pool.getConnection(); Statement ddl = connection.createStatement()) {
      if (!exists(connection, "SELECT 1 FROM SYS.SYSALIASES a JOIN SYS.SYSSCHEMAS s ON a.SCHEMAID = s.SCHEMAID"
          + " WHERE a.ALIAS = ? AND a.ALIASTYPE = 'A' AND s.SCHEMANAME = CURRENT SCHEMA", SOURCE_TYPE)) {
        ddl.execute("CREATE TYPE " + SOURCE_TYPE + " EXTERNAL NAME '" + RowSource.class.getName() + "' LANGUAGE JAVA");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot declare the bulk-load type " + SOURCE_TYPE + ": " + e.getMessage(), e);
    }
  }

  /** The columns of a row shape, in field order. */
  static List<Column> columns(Configuration configuration, List<Field<?>> fields) {
    return IntStream.range(0, fields.size()).mapToObj(i -> column(configuration, fields.get(i).getDataType(), i + 1))
        .toList();
  }

  private static Column column(Configuration configuration, DataType<?> type, int position) {
    String name = "x.C" + position;
    if (type.isTimestamp()) {
      return new Column("VARCHAR(32)", "TIMESTAMP(" + name + ")");
    }
    if (type.isDate()) {
      return new Column("VARCHAR(10)", "DATE(" + name + ")");
    }
    String sql = type.getCastTypeName(configuration).toUpperCase();
    return new Column(sql.equals("VARCHAR") || sql.equals("CHAR") ? "VARCHAR(32672)" : sql, name);
  }

  /** The name of the function returning rows of this shape, declaring it first if the store lacks it. */
  String functionFor(List<Column> columns) {
    String spec = IntStream.range(0, columns.size()).mapToObj(i -> "C" + (i + 1) + " " + columns.get(i).declared())
        .collect(Collectors.joining(", "));
    String name = "CAREPOOL_ROWS_" + shortHash(spec);
    if (!declared.contains(name)) {
      declare(name, spec);
      declared.add(name);
    }
    return name;
  }

  private synchronized void declare(String name, String spec) {
    try (Connection connection = pool.getConnection()) {
      if (!functionExists(connection, name)) {
        try (Statement ddl = connection.createStatement()) {
          ddl.execute("CREATE FUNCTION " + name + "(source " + SOURCE_TYPE + ") RETURNS TABLE (" + spec + ")"
              + " LANGUAGE JAVA PARAMETER STYLE DERBY_JDBC_RESULT_SET NO SQL"
              + " EXTERNAL NAME '" + RowSourceFunction.class.getName() + ".read'");
          log.debug("Declared the bulk-load function {} ({})", name, spec);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot declare the bulk-load function " + name + ": " + e.getMessage(), e);
    }
  }

  private static boolean functionExists(Connection connection, String name) throws SQLException {
    return exists(connection, "SELECT 1 FROM SYS.SYSALIASES a JOIN SYS.SYSSCHEMAS s ON a.SCHEMAID = s.SCHEMAID"
        + " WHERE a.ALIAS = ? AND a.ALIASTYPE = 'F' AND s.SCHEMANAME = CURRENT SCHEMA", name);
  }

  private static boolean exists(Connection connection, String sql, String name) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, name);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  private static String shortHash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().withUpperCase().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
