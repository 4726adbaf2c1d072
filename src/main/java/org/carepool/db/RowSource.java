package org.carepool.db;

import java.io.Serializable;
import java.util.Iterator;

/**
 * The rows of one bulk insert, handed to Derby as the argument of its table function (a Java
 * user-defined type, so that the rows pass by reference within the process: no file, no static
 * registry). Counts the rows it hands out, so the writer can check Derby inserted every one.
 * Public only because Derby names the class in {@code CREATE TYPE}; nothing else should use it.
 */
public final class RowSource implements Serializable {
  private static final long serialVersionUID = 1L;

  private final transient Iterator<Object[]> rows;
  private transient long served;

  RowSource(Iterator<Object[]> rows) {
    this.rows = rows;
  }

  /** The next row, or null at the end. */
  Object[] next() {
    if (rows == null || !rows.hasNext()) {
      return null;
    }
    served++;
    return rows.next();
  }

  long served() {
    return served;
  }
}
