package org.carepool.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.carepool.indicators.Figures;
import org.carepool.indicators.KpiFigure;
import org.carepool.indicators.Performance;

/**
 * The performance report's tables for the pack's workbook, as the PDF shows them: the KPIs (target
 * and actual to each KPI's own decimals, the month the actual is for, "Oct 2026"), and each KPI's
 * value month by month, April to March headed "Apr" to "Mar" like the PDF's month table.
 */
final class PackKpiTables {
  private PackKpiTables() {}

  static List<PackTables.Table> of(PerformanceReport report) {
    Performance p = report.performance();
    String code = report.context().arrangement();
    PackTables.Table kpis = new PackTables.Table(code, "KPIs", "Key performance indicators, "
        + report.context().monthLabel(), PackTables.columns("KPI", "TEXT", "Indicator", "TEXT", "Unit", "TEXT",
            "Better", "TEXT", "Derived", "TEXT", "Target", "KPI", "Actual", "KPI", "Rating", "TEXT", "Value for", "TEXT"),
        p.kpis().stream().map(k -> cells(k.code(), k.name(), k.unit(),
            k.better() == null ? null : k.better().name().toLowerCase(Locale.UK), k.derived() ? "yes" : "no",
            k.shownTarget(), k.shownActual(), k.rating() == null ? "none" : k.rating().name(),
            k.actualMonth() == null ? "no value" : PerformanceFill.monthAndYear(k.actualMonth()))).toList());
    return List.of(kpis, series(code, p));
  }

  /** One row per KPI, one column per month from April to March; empty where nothing is known (yet). */
  private static PackTables.Table series(String code, Performance p) {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = p.financialYear().firstMonth(); !m.isAfter(p.financialYear().lastMonth()); m = m.plusMonths(1)) {
      months.add(m);
    }
    List<PackTables.Column> columns = new ArrayList<>(PackTables.columns("KPI", "TEXT", "Indicator", "TEXT",
        "Target", "KPI"));
    months.forEach(m -> columns.add(new PackTables.Column(PerformanceFill.shortMonth(m), PackTables.Kind.KPI)));
    List<List<Object>> rows = new ArrayList<>();
    for (KpiFigure k : p.kpis()) {
      List<Object> row = new ArrayList<>(Arrays.asList(k.code(), k.name(), k.shownTarget()));
      for (YearMonth m : months) {
        row.add(k.series().stream().filter(s -> s.month().equals(m) && !m.isAfter(p.month()))
            .map(KpiFigure.Point::value).filter(v -> v != null).findFirst()
            .map(v -> Figures.round(v, k.decimals())).orElse(null));
      }
      rows.add(row);
    }
    return new PackTables.Table(code, "KPI series", "Each KPI month by month, " + p.financialYear().label()
        + " (April to March), as at " + PerformanceFill.monthAndYear(p.month()), columns, rows);
  }

  /** A row as it is: its figures already rounded to each KPI's decimals (not to PackTables' two). */
  private static List<Object> cells(Object... cells) {
    return Arrays.asList(cells);
  }
}
