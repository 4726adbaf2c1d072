package org.carepool.db;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * PostgreSQL's fast path for large row sets: {@code COPY t (…) FROM STDIN} on the caller's connection,
 * so the rows go in the load's own transaction (a rollback drops them) and are pulled from the
 * iterator as they are sent, never all in memory. Rows travel in COPY's binary format where the
 * table's column types allow ({@link CopyBinary}: the activity table and its summaries), else in its
 * text format; they are already validated, so COPY's own checks (types, constraints) only ever meet
 * what the importer let through.
 */
final class PostgresCopy {
  /** Bytes gathered before a chunk goes to the server. */
  private static final int CHUNK = 1 << 16;

  private PostgresCopy() {}

  /**
   * Copies every row the iterator yields; returns the number of rows the server took. Binary when
   * every column's type allows it ({@link CopyBinary}), else text.
   */
  static long insert(DSLContext trx, Table<?> table, List<Field<?>> fields, Iterator<Object[]> rows) {
    String columns = fields.stream().map(f -> trx.render(f.getUnqualifiedName())).collect(Collectors.joining(", "));
    String into = trx.render(table) + " (" + columns + ")";
    return trx.connectionResult(connection -> {
      List<CopyBinary.Encoder> binary = CopyBinary.encoders(serverTypes(connection, trx.render(table), columns),
          fields.stream().<Class<?>>map(Field::getType).toList());
      CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
          .copyIn("COPY " + into + " FROM STDIN" + (binary != null ? " (FORMAT binary)" : ""));
      try {
        if (binary != null) {
          sendBinary(copy, binary, rows);
        } else {
          send(copy, rows);
        }
        return copy.endCopy();
      } finally {
        if (copy.isActive()) {
          copy.cancelCopy();
        }
      }
    });
  }

  /** The server's type name of each column, in order (e.g. int4, numeric, varchar). */
  private static List<String> serverTypes(Connection connection, String table, String columns) throws SQLException {
    try (Statement query = connection.createStatement();
        ResultSet none = query.executeQuery("SELECT " + columns + " FROM " + table + " WHERE false")) {
      ResultSetMetaData meta = none.getMetaData();
      List<String> types = new ArrayList<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        types.add(meta.getColumnTypeName(i));
      }
      return types;
    }
  }

  private static void sendBinary(CopyIn copy, List<CopyBinary.Encoder> encoders, Iterator<Object[]> rows)
      throws SQLException {
    CopyBinary.Buffer chunk = new CopyBinary.Buffer(CHUNK + 1024);
    chunk.put(CopyBinary.HEADER);
    while (rows.hasNext()) {
      CopyBinary.row(chunk, encoders, rows.next());
      if (chunk.size() >= CHUNK) {
        copy.writeToCopy(chunk.bytes(), 0, chunk.size());
        chunk.clear();
      }
    }
    chunk.put(CopyBinary.TRAILER);
    copy.writeToCopy(chunk.bytes(), 0, chunk.size());
  }

  private static void send(CopyIn copy, Iterator<Object[]> rows) throws SQLException {
    StringBuilder chunk = new StringBuilder(CHUNK + 1024);
    while (rows.hasNext()) {
      appendRow(chunk, rows.next());
      if (chunk.length() >= CHUNK) {
        write(copy, chunk);
      }
    }
    if (chunk.length() > 0) {
      write(copy, chunk);
    }
  }

  private static void write(CopyIn copy, StringBuilder chunk) throws SQLException {
    byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
    copy.writeToCopy(bytes, 0, bytes.length);
    chunk.setLength(0);
  }

  private static void appendRow(StringBuilder out, Object[] values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.append('\t');
      }
      appendValue(out, values[i]);
    }
    out.append('\n');
  }

  /** COPY's text format: \N is NULL; backslash, tab, newline and carriage return are escaped. */
  private static void appendValue(StringBuilder out, Object value) {
    if (value == null) {
      out.append("\\N");
    } else if (value instanceof BigDecimal amount) {
      out.append(amount.toPlainString());
    } else if (value instanceof Boolean flag) {
      out.append(flag ? 't' : 'f');
    } else if (value instanceof Number || value instanceof java.time.temporal.Temporal) {
      out.append(value);
    } else {
      escape(out, value.toString());
    }
  }

  private static void escape(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
  }
}
