package org.carepool.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * One data row, with parsers for its values that record a {@link Problem} (naming file, line,
 * column and value) and return {@code null} when a value is wrong. One instance is reused for
 * every row of a file, so reading a row allocates little beyond the values themselves.
 */
final class Row {
  static final int CODE = 20;
  static final int NAME = 200;

  private final String file;
  private final Map<String, Integer> index;
  private final ProblemLog problems;
  private final int columns;
  private CSVRecord record;
  private long line;
  private long problemsBefore;

  Row(String file, Map<String, Integer> index, ProblemLog problems) {
    this.file = file;
    this.index = index;
    this.problems = problems;
    this.columns = index.values().stream().mapToInt(i -> i).max().orElse(-1) + 1;
  }

  /** Moves to the next record; false (with a problem) when it has the wrong number of values. */
  boolean reset(CSVRecord next, long startLine) {
    this.record = next;
    this.line = startLine;
    this.problemsBefore = problems.count();
    if (next.size() != columns) {
      problems.add(file, line, "", "", "expected " + columns + " values as in the header, found " + next.size());
      return false;
    }
    return true;
  }

  long line() {
    return line;
  }

  String file() {
    return file;
  }

  /** True when no value of this row has been found wrong so far. */
  boolean isClean() {
    return problems.count() == problemsBefore;
  }

  void problem(String column, String value, String reason) {
    problems.add(file, line, column, value, reason);
  }

  /** The value, stripped of surrounding blanks; null when the column is absent or the value empty. */
  String text(String column) {
    Integer i = index.get(column);
    if (i == null) {
      return null;
    }
    String value = record.get(i).strip();
    return value.isEmpty() ? null : value;
  }

  String required(String column, int maxLength) {
    String value = text(column);
    if (value == null) {
      problem(column, "", "a value is required");
      return null;
    }
    if (value.length() > maxLength) {
      problem(column, value, "too long: at most " + maxLength + " characters");
      return null;
    }
    return value;
  }

  String optional(String column, int maxLength) {
    String value = text(column);
    if (value != null && value.length() > maxLength) {
      problem(column, value, "too long: at most " + maxLength + " characters");
      return null;
    }
    return value;
  }

  /** A required code that must be among {@code known}; {@code what} names it in the message. */
  String requiredCode(String column, Set<String> known, String what) {
    String value = required(column, Integer.MAX_VALUE);
    return value == null ? null : known(column, value, known, what);
  }

  String optionalCode(String column, Set<String> known, String what) {
    String value = text(column);
    return value == null ? null : known(column, value, known, what);
  }

  private String known(String column, String value, Set<String> known, String what) {
    if (!known.contains(value)) {
      problem(column, value, "unknown " + what + " '" + value + "'");
      return null;
    }
    return value;
  }

  /** A required value among {@code allowed}, written exactly. */
  String oneOf(String column, Set<String> allowed) {
    String value = required(column, Integer.MAX_VALUE);
    if (value != null && !allowed.contains(value)) {
      problem(column, value, "'" + value + "' is not one of " + String.join(", ", Values.sorted(allowed)));
      return null;
    }
    return value;
  }

  /** An ISO date {@code YYYY-MM-DD}; null without a problem when absent and not required. */
  LocalDate date(String column, boolean required) {
    String value = text(column);
    if (value == null) {
      if (required) {
        problem(column, "", "a value is required");
      }
      return null;
    }
    LocalDate date = Values.isoDate(value);
    if (date == null) {
      problem(column, value, "'" + value + "' is not an ISO date (YYYY-MM-DD)");
    }
    return date;
  }

  /** A month {@code YYYY-MM}, as the date of its first day. */
  LocalDate month(String column) {
    String value = required(column, Integer.MAX_VALUE);
    if (value == null) {
      return null;
    }
    LocalDate month = Values.month(value);
    if (month == null) {
      problem(column, value, "'" + value + "' is not a month (YYYY-MM)");
    }
    return month;
  }

  /** A financial year {@code YYYY-YY} (e.g. 2025-26), as the calendar year it starts in. */
  Integer financialYear(String column) {
    String value = required(column, Integer.MAX_VALUE);
    if (value == null) {
      return null;
    }
    Integer year = Values.financialYear(value);
    if (year == null) {
      problem(column, value, "'" + value + "' is not a financial year written YYYY-YY, e.g. 2025-26");
    }
    return year;
  }

  /** A whole number within [min, max]. */
  Integer integer(String column, int min, int max) {
    String value = required(column, Integer.MAX_VALUE);
    if (value == null) {
      return null;
    }
    Integer number = Values.integer(value);
    if (number == null) {
      problem(column, value, "'" + value + "' is not a whole number");
    } else if (number < min || number > max) {
      problem(column, value, value + " is out of range " + min + " to " + max);
      return null;
    }
    return number;
  }

  /** A calendar year written with four digits. */
  Integer year(String column) {
    String value = required(column, Integer.MAX_VALUE);
    if (value == null) {
      return null;
    }
    Integer year = value.length() == 4 ? Values.integer(value) : null;
    if (year == null || year < 1000) {
      problem(column, value, "'" + value + "' is not a year of four digits");
      return null;
    }
    return year;
  }

  /** Pounds and pence: at most 2 decimals, at most 13 digits before the point. */
  BigDecimal money(String column, boolean allowNegative) {
    BigDecimal amount = decimal(column, 2, 13, "an amount of money (e.g. 1234.56)");
    if (amount != null && !allowNegative && amount.signum() < 0) {
      problem(column, text(column), "may not be negative");
      return null;
    }
    return amount;
  }

  /** A KPI figure: at most 4 decimals, at most 15 digits before the point. */
  BigDecimal measure(String column) {
    return decimal(column, 4, 15, "a number");
  }

  /** A number with at most {@code scale} decimals and {@code digits} digits before the point. */
  BigDecimal decimal(String column, int scale, int digits, String what) {
    String value = required(column, Integer.MAX_VALUE);
    if (value == null) {
      return null;
    }
    BigDecimal number = Values.plainDecimal(value);
    if (number == null) {
      problem(column, value, "'" + value + "' is not " + what);
      return null;
    }
    if (number.stripTrailingZeros().scale() > scale) {
      problem(column, value, "'" + value + "' has more than " + scale + " decimal places");
      return null;
    }
    BigDecimal exact = number.setScale(scale);
    if (exact.precision() - exact.scale() > digits) {
      problem(column, value, "'" + value + "' is too large: at most " + digits + " digits before the point");
      return null;
    }
    return exact;
  }
}
