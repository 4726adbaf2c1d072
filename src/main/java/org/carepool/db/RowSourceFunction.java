package org.carepool.db;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.derby.vti.VTITemplate;

/**
 * The Derby table function over a {@link RowSource}: Derby reads each column with the getter of the
 * type the function declares ({@link TableFunctions}), so numbers and text reach it as they are,
 * with no text to cast. Dates and timestamps are handed over as ISO text and turned into values by
 * Derby's {@code DATE()} and {@code TIMESTAMP()}, which parse them directly: Derby's conversion
 * from {@code java.sql.Date} builds a {@code GregorianCalendar} for every value, which cost a
 * third of the insert. Public only because Derby calls {@link #read} by name.
 */
public final class RowSourceFunction extends VTITemplate {
  private final RowSource source;
  private Object[] row;
  private boolean wasNull;
  private LocalDate lastDate;
  private String lastDateText;

  private RowSourceFunction(RowSource source) {
    this.source = source;
  }

  /** Called by Derby with the statement's argument. */
  public static ResultSet read(RowSource source) {
    return new RowSourceFunction(source);
  }

  @Override
  public boolean next() {
    row = source.next();
    return row != null;
  }

  @Override
  public void close() {
    row = null;
  }

  @Override
  public boolean wasNull() {
    return wasNull;
  }

  private Object value(int column) throws SQLException {
    if (row == null || column < 1 || column > row.length) {
      throw new SQLException("no column " + column + " in the current row");
    }
    Object value = row[column - 1];
    wasNull = value == null;
    return value;
  }

  @Override
  public String getString(int column) throws SQLException {
    Object value = value(column);
    if (value instanceof String text) {
      return text;
    }
    if (value instanceof LocalDate date) {
      return dateText(date);
    }
    if (value instanceof LocalDateTime time) {
      return Timestamp.valueOf(time).toString();
    }
    return value == null ? null : value.toString();
  }

  /** Activity rows repeat a few months millions of times: keep the last one's text. */
  private String dateText(LocalDate date) {
    if (!date.equals(lastDate)) {
      lastDate = date;
      lastDateText = date.toString();
    }
    return lastDateText;
  }

  @Override
  public short getShort(int column) throws SQLException {
    Object value = value(column);
    return value == null ? 0 : ((Number) value).shortValue();
  }

  @Override
  public int getInt(int column) throws SQLException {
    Object value = value(column);
    return value == null ? 0 : ((Number) value).intValue();
  }

  @Override
  public long getLong(int column) throws SQLException {
    Object value = value(column);
    return value == null ? 0 : ((Number) value).longValue();
  }

  @Override
  public double getDouble(int column) throws SQLException {
    Object value = value(column);
    return value == null ? 0 : ((Number) value).doubleValue();
  }

  @Override
  public boolean getBoolean(int column) throws SQLException {
    Object value = value(column);
    return value != null && (Boolean) value;
  }

  @Override
  public BigDecimal getBigDecimal(int column) throws SQLException {
    Object value = value(column);
    return value == null || value instanceof BigDecimal ? (BigDecimal) value : new BigDecimal(value.toString());
  }

  @Override
  public Object getObject(int column) throws SQLException {
    return value(column);
  }
}
