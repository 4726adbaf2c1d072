package org.carepool.finance;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A financial year, April to March (SPEC §2), named by the calendar year it starts in:
 * {@code new FinancialYear(2025)} is {@code 2025-26}, April 2025 to March 2026.
 */
public record FinancialYear(int startYear) {

  private static final Pattern LABEL = Pattern.compile("(\\d{4})-(\\d{2})");

  /** The financial year a month falls in: April starts a year, so 2026-03 is in 2025-26. */
  public static FinancialYear of(YearMonth month) {
    int year = month.getMonthValue() >= Month.APRIL.getValue() ? month.getYear() : month.getYear() - 1;
    return new FinancialYear(year);
  }

  /** Reads a label such as {@code 2025-26}; the second part must be the year after the first. */
  public static FinancialYear parse(String label) {
    Matcher m = LABEL.matcher(label);
    if (!m.matches()) {
      throw new IllegalArgumentException("financial year '" + label + "' is not of the form YYYY-YY");
    }
    FinancialYear year = new FinancialYear(Integer.parseInt(m.group(1)));
    if (!year.label().equals(label)) {
      throw new IllegalArgumentException("financial year '" + label + "' should be " + year.label());
    }
    return year;
  }

  /** For example {@code 2025-26}; {@code 1999-00} across a century. */
  public String label() {
    return String.format("%d-%02d", startYear, (startYear + 1) % 100);
  }

  public YearMonth firstMonth() {
    return YearMonth.of(startYear, Month.APRIL);
  }

  public YearMonth lastMonth() {
    return YearMonth.of(startYear + 1, Month.MARCH);
  }

  public boolean contains(YearMonth month) {
    return of(month).equals(this);
  }

  /** Month k of this year: April = 1 … March = 12. */
  public int monthOrdinal(YearMonth month) {
    if (!contains(month)) {
      throw new IllegalArgumentException(month + " is not in financial year " + label());
    }
    return (int) firstMonth().until(month, ChronoUnit.MONTHS) + 1;
  }

  /** A month as reports show it: "Month 6 (September 2025)". */
  public static String displayMonth(YearMonth month) {
    int k = of(month).monthOrdinal(month);
    String name = month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
    return "Month " + k + " (" + name + " " + month.getYear() + ")";
  }

  @Override
  public String toString() {
    return label();
  }
}
