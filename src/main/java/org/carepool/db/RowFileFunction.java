package org.carepool.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.derby.vti.StringColumnVTI;

/**
 * The Derby table function over a {@link RowFile}: {@code INSERT … SELECT … FROM TABLE(…)} from it
 * takes Derby's bulk-insert path into an empty table, about twice as fast as a JDBC batch. Every
 * column is text; the INSERT casts each to its column's type. Public only because Derby calls
 * {@link #read} by name (see {@link DerbyRowFileInsert}); nothing else should.
 */
public final class RowFileFunction extends StringColumnVTI {
  /** Columns the function declares; a table written through it may have at most this many. */
  static final int COLUMNS = 24;

  private final BufferedReader in;
  private String[] row;

  private RowFileFunction(BufferedReader in) {
    super(columnNames());
    this.in = in;
  }

  /** Called by Derby with the path of a row file. */
  public static ResultSet read(String path) throws IOException {
    return new RowFileFunction(Files.newBufferedReader(Path.of(path), StandardCharsets.UTF_8));
  }

  static String[] columnNames() {
    String[] names = new String[COLUMNS];
    for (int i = 0; i < COLUMNS; i++) {
      names[i] = "C" + (i + 1);
    }
    return names;
  }

  @Override
  public boolean next() throws SQLException {
    try {
      String line = in.readLine();
      row = line == null ? null : RowFile.split(line, COLUMNS);
      return row != null;
    } catch (IOException e) {
      throw new SQLException("cannot read the temporary row file", e);
    }
  }

  @Override
  protected String getRawColumn(int columnNumber) {
    return row[columnNumber - 1];
  }

  @Override
  public void close() throws SQLException {
    try {
      in.close();
    } catch (IOException e) {
      throw new SQLException("cannot close the temporary row file", e);
    }
  }
}
