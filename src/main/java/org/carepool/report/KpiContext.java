package org.carepool.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.carepool.finance.FinancialYear;
import org.carepool.indicators.Direction;
import org.carepool.indicators.Figures;
import org.carepool.indicators.KpiFigure;

/**
 * What a performance report says beside a KPI's rated actual (issue 13): what the actual covers,
 * the month's own value, last year's, the direction of travel in words and the year's benchmarks;
 * and the lines of its trend chart: this year, the target, last year and each benchmark.
 */
final class KpiContext {
  static final String ACTUAL = "This year";
  static final String TARGET = "Target";
  static final String LAST_YEAR = "Last year";

  private KpiContext() {
  }

  /**
   * E.g. "Actual: April–June 2025, annualised. In month: 4.8 (June 2025 alone, annualised). Same
   * month last year: 10.0. Since last month: better; since last year: better. Benchmarks 2025-26:
   * England 93.4; Region 92.1."; {@code null} without an actual and without benchmarks.
   */
  static String of(KpiFigure k, FinancialYear year) {
    List<String> parts = new ArrayList<>();
    if (k.actualMonth() != null) {
      parts.add("Actual: " + k.actualLabel() + ".");
      if (k.derived()) {
        parts.add("In month: " + number(k.inMonth(), k) + " (" + k.inMonthLabel() + ").");
      }
      parts.add("Same month last year: " + (k.lastYear() == null ? "no value" : number(k.lastYear(), k)) + ".");
      parts.add("Since last month: " + words(k.direction().againstPreviousMonth()) + "; since last year: "
          + words(k.direction().againstLastYear()) + ".");
    }
    if (!k.benchmarks().isEmpty()) {
      parts.add("Benchmarks " + year.label() + ": " + String.join("; ", k.benchmarks().stream()
          .map(b -> b.label() + " " + number(b.value(), k)).toList()) + ".");
    }
    return parts.isEmpty() ? null : String.join(" ", parts);
  }

  /** One row per line and month, April to March, this year first so that it keeps the first colour. */
  static List<Map<String, ?>> lines(KpiFigure k, FinancialYear year) {
    Map<YearMonth, BigDecimal> now = byMonth(k.series(), 0);
    Map<YearMonth, BigDecimal> last = byMonth(k.lastYearSeries(), 1);
    List<Map<String, ?>> rows = new ArrayList<>();
    for (YearMonth m = year.firstMonth(); !m.isAfter(year.lastMonth()); m = m.plusMonths(1)) {
      rows.add(point(ACTUAL, m, Figures.round(now.get(m), k.decimals())));
    }
    for (YearMonth m = year.firstMonth(); !m.isAfter(year.lastMonth()); m = m.plusMonths(1)) {
      rows.add(point(TARGET, m, k.shownTarget()));
      rows.add(point(LAST_YEAR, m, Figures.round(last.get(m), k.decimals())));
      for (KpiFigure.Benchmark b : k.benchmarks()) {
        rows.add(point(b.label(), m, Figures.round(b.value(), k.decimals())));
      }
    }
    return rows;
  }

  /** Last year's months keyed as this year's, so that both lines share April to March. */
  private static Map<YearMonth, BigDecimal> byMonth(List<KpiFigure.Point> series, int yearsBack) {
    Map<YearMonth, BigDecimal> values = new HashMap<>();
    series.forEach(p -> values.put(p.month().plusYears(yearsBack), p.value()));
    return values;
  }

  private static Map<String, ?> point(String line, YearMonth month, BigDecimal value) {
    Map<String, Object> point = new HashMap<>();
    point.put("line", line);
    point.put("month", month.getMonth().getDisplayName(TextStyle.FULL, IncomeExpenditureFill.UK).substring(0, 3));
    point.put("value", value);
    return point;
  }

  private static String words(Direction d) {
    return d == null ? "nothing to compare" : d.words();
  }

  private static String number(BigDecimal value, KpiFigure k) {
    if (value == null) {
      return "no value";
    }
    DecimalFormat format = new DecimalFormat(k.decimals() == 0 ? "#,##0" : "#,##0." + "0".repeat(k.decimals()),
        DecimalFormatSymbols.getInstance(IncomeExpenditureFill.UK));
    return format.format(Figures.round(value, k.decimals()));
  }
}
