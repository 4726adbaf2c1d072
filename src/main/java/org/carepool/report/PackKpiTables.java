package org.carepool.report;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.carepool.indicators.KpiFigure;
import org.carepool.indicators.Performance;

/** The performance report's tables for the pack's workbook: the KPIs, and each KPI's value month by month. */
final class PackKpiTables {
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

  private PackKpiTables() {}

  static List<PackTables.Table> of(PerformanceReport report) {
    Performance p = report.performance();
    String code = report.context().arrangement();
    PackTables.Table kpis = new PackTables.Table(code, "KPIs", "Key performance indicators, "
        + report.context().monthLabel(), PackTables.columns("KPI", "TEXT", "Indicator", "TEXT", "Unit", "TEXT",
            "Better", "TEXT", "Derived", "TEXT", "Target", "DECIMAL", "Actual", "DECIMAL", "Rating", "TEXT"),
        p.kpis().stream().map(k -> PackTables.row(k.code(), k.name(), k.unit(),
            k.better() == null ? null : k.better().name().toLowerCase(Locale.UK), k.derived() ? "yes" : "no",
            k.target(), k.actual(), k.rating() == null ? "none" : k.rating().name())).toList());
    return List.of(kpis, series(code, p));
  }

  /** One row per KPI, one column per month from April to the report month; empty where nothing is known. */
  private static PackTables.Table series(String code, Performance p) {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = p.financialYear().firstMonth(); !m.isAfter(p.month()); m = m.plusMonths(1)) {
      months.add(m);
    }
    List<PackTables.Column> columns = new ArrayList<>(PackTables.columns("KPI", "TEXT", "Indicator", "TEXT",
        "Target", "DECIMAL"));
    months.forEach(m -> columns.add(new PackTables.Column(MONTH.format(m), PackTables.Kind.DECIMAL)));
    List<List<Object>> rows = new ArrayList<>();
    for (KpiFigure k : p.kpis()) {
      List<Object> row = new ArrayList<>(Arrays.asList(k.code(), k.name()));
      row.add(k.target());
      for (YearMonth m : months) {
        row.add(k.series().stream().filter(s -> s.month().equals(m)).map(KpiFigure.Point::value)
            .filter(v -> v != null).findFirst().orElse(null));
      }
      rows.add(PackTables.row(row.toArray()));
    }
    return new PackTables.Table(code, "KPI series", "Each KPI month by month, April to the report month",
        columns, rows);
  }
}
