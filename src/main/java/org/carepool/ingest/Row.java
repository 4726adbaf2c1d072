package org.carepool.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One data row, with parsers for its dates and numbers (text, codes and enum values are checked by
 * {@link RowText}): each records a {@link Problem} naming file, line, column and value, and returns
 * {@code null} when a value is wrong.
 */
final class Row extends RowText {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  Row(String file, Map<String, Integer> index, ProblemLog problems) {
    super(file, index, problems);
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
      problem(column, value, quoted(value) + " is not an ISO date (YYYY-MM-DD)");
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
      problem(column, value, quoted(value) + " is not a month (YYYY-MM)");
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
      problem(column, value, quoted(value) + " is not a financial year written YYYY-YY, e.g. 2025-26");
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
      problem(column, value, quoted(value) + " is not a whole number");
    } else if (number < min && min == 0 && max == Integer.MAX_VALUE) {
      problem(column, value, quoted(value) + " may not be negative");
      return null;
    } else if (number < min || number > max) {
      problem(column, value, quoted(value) + " is out of range " + min + " to " + max);
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
      problem(column, value, quoted(value) + " is not a year of four digits");
      return null;
    }
    return year;
  }

  /** Pounds and pence: at most 2 decimals, at most 13 digits before the point. */
  BigDecimal money(String column, boolean allowNegative) {
    BigDecimal amount = decimal(column, 2, 13, "an amount of money (e.g. 1234.56)");
    if (amount != null && !allowNegative && amount.signum() < 0) {
      problem(column, text(column), quoted(text(column)) + " may not be negative");
      return null;
    }
    return amount;
  }

  /** A percentage from 0 to 100 with at most 4 decimals (DECIMAL(7,4)); null without a problem when absent or empty. */
  BigDecimal optionalPercent(String column) {
    if (text(column) == null) {
      return null;
    }
    BigDecimal percent = decimal(column, 4, 13, "a percentage (e.g. 2 or 2.5)");
    if (percent != null && (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0)) {
      problem(column, text(column), quoted(text(column)) + " is not a percentage from 0 to 100");
      return null;
    }
    return percent;
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
      problem(column, value, quoted(value) + " is not " + what);
      return null;
    }
    // stripping zeros only lowers the scale: strip (which allocates) only a number written with more decimals
    if (number.scale() > scale && number.stripTrailingZeros().scale() > scale) {
      problem(column, value, quoted(value) + " has more than " + scale + " decimal places");
      return null;
    }
    BigDecimal exact = number.setScale(scale);
    if (exact.precision() - exact.scale() > digits) {
      problem(column, value, quoted(value) + " is too large: at most " + digits + " digits before the point");
      return null;
    }
    return exact;
  }
}
