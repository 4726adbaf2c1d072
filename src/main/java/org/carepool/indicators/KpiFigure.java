package org.carepool.indicators;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * One KPI of an arrangement as at a month. Values are unrounded; {@code decimals} says how many
 * decimals reports and JSON show, and the rating compares the actual rounded to them, so that a
 * rating always agrees with the figures a reader sees.
 *
 * @param target         the target for the financial year, or {@code null}
 * @param actual         the latest value known as at the month, or {@code null} when none is known;
 *                       for a derived KPI the year to date, annualised
 * @param actualMonth    the month {@code actual} is for: the last month with activity loaded for a
 *                       derived KPI, the latest month with a value for an imported one; {@code null}
 *                       without an actual
 * @param decimals       decimals shown: one for derived KPIs, those of the imported values otherwise
 * @param rating         {@code null} without a target or an actual
 * @param series         the value as at each month of the year, April first, up to the month (for a
 *                       derived KPI, up to the last month with activity loaded)
 * @param inMonth        the value of {@code actualMonth} alone (for a derived KPI its counts
 *                       annualised × 12; an imported value is a month's already); {@code null} without
 *                       an actual
 * @param lastYearSeries the value as at each month of the previous financial year, April first
 * @param benchmarks     published comparators for the year, by label
 */
public record KpiFigure(String code, String name, String unit, Rating.Better better, boolean derived,
    BigDecimal target, BigDecimal actual, YearMonth actualMonth, int decimals, Rating rating, List<Point> series,
    BigDecimal inMonth, List<Point> lastYearSeries, List<Benchmark> benchmarks) {

  public KpiFigure {
    series = List.copyOf(series);
    lastYearSeries = List.copyOf(lastYearSeries);
    benchmarks = List.copyOf(benchmarks);
  }

  /** A figure without in-month value, last year or benchmarks. */
  public KpiFigure(String code, String name, String unit, Rating.Better better, boolean derived, BigDecimal target,
      BigDecimal actual, YearMonth actualMonth, int decimals, Rating rating, List<Point> series) {
    this(code, name, unit, better, derived, target, actual, actualMonth, decimals, rating, series, null, List.of(),
        List.of());
  }

  /** The actual as shown and rated. */
  public BigDecimal shownActual() {
    return Figures.round(actual, decimals);
  }

  /** The target as shown. */
  public BigDecimal shownTarget() {
    return Figures.round(target, decimals);
  }

  /** The value as at the same month of last year, like for like with {@code actual}; {@code null} when unknown. */
  public BigDecimal lastYear() {
    return actualMonth == null ? null : valueAt(lastYearSeries, actualMonth.minusYears(1));
  }

  /** The value as at the month before {@code actualMonth} in the same year; {@code null} in April or when unknown. */
  public BigDecimal previousMonth() {
    return actualMonth == null ? null : valueAt(series, actualMonth.minusMonths(1));
  }

  /** Direction of travel of the actual, as shown, against the previous month and against last year. */
  public Travel direction() {
    return new Travel(Direction.of(shownActual(), Figures.round(previousMonth(), decimals), better),
        Direction.of(shownActual(), Figures.round(lastYear(), decimals), better));
  }

  /**
   * What {@code actual} covers, in words: "April–October 2025, annualised" for a derived KPI (a
   * year-to-date rate), the month for an imported one; {@code null} without an actual.
   */
  public String actualLabel() {
    if (actualMonth == null) {
      return null;
    }
    if (!derived) {
      return PerformanceNotes.month(actualMonth);
    }
    YearMonth april = org.carepool.finance.FinancialYear.of(actualMonth).firstMonth();
    String period = april.equals(actualMonth) ? PerformanceNotes.month(april)
        : monthName(april) + "\u2013" + PerformanceNotes.month(actualMonth);
    return annualised(period);
  }

  /** What {@code inMonth} covers: "October 2025 alone, annualised" for a derived KPI; {@code null} without one. */
  public String inMonthLabel() {
    if (actualMonth == null) {
      return null;
    }
    return derived ? annualised(PerformanceNotes.month(actualMonth) + " alone") : PerformanceNotes.month(actualMonth);
  }

  /** A share of cost is not a count over time, so it is never annualised. */
  private String annualised(String period) {
    return "%".equals(unit) ? period : period + ", annualised";
  }

  private static String monthName(YearMonth month) {
    return month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK);
  }

  private static BigDecimal valueAt(List<Point> points, YearMonth month) {
    for (Point p : points) {
      if (p.month().equals(month)) {
        return p.value();
      }
    }
    return null;
  }

  /** A month's value; {@code null} when none is known for it. */
  public record Point(YearMonth month, BigDecimal value) {}

  /** A published comparator, e.g. "England" 98.4. */
  public record Benchmark(String label, BigDecimal value) {}

  /** Each {@code null} when there is nothing to compare with. */
  public record Travel(Direction againstPreviousMonth, Direction againstLastYear) {}
}
