package org.carepool.web;

import java.time.YearMonth;
import java.util.List;
import org.carepool.indicators.Figures;
import org.carepool.indicators.KpiFigure;
import org.carepool.indicators.Performance;

/**
 * The SPEC §9 performance JSON, with extras: figures as strings with the KPI's decimals (those the
 * rating is worked on), rating null without a target; {@code activityTo} is the last month with
 * activity loaded, as at which the derived KPIs are, and {@code actualMonth} the month each actual
 * is for.
 */
record PerformanceJson(String arrangement, String name, String month, String financialYear, int monthOrdinal,
    String activityTo, List<String> localities, String population, String population65Plus, List<Kpi> kpis,
    List<String> dataQualityNotes, List<Long> importBatches) {

  record Kpi(String code, String name, String unit, String better, boolean derived, int decimals, String target,
      String actual, String actualMonth, String rating, List<Point> series) {}

  record Point(String month, String value) {}

  static PerformanceJson of(Performance p) {
    return new PerformanceJson(p.arrangement().code(), p.arrangement().name(), p.month().toString(),
        p.financialYear().label(), p.monthOrdinal(), month(p.activityTo()), p.localities(),
        Figures.whole(p.population()), Figures.whole(p.population65()),
        p.kpis().stream().map(PerformanceJson::kpi).toList(), p.notes(), List.copyOf(p.importBatches()));
  }

  private static Kpi kpi(KpiFigure k) {
    return new Kpi(k.code(), k.name(), k.unit(), k.better().name(), k.derived(), k.decimals(),
        Figures.text(k.target(), k.decimals()), Figures.text(k.actual(), k.decimals()), month(k.actualMonth()),
        k.rating() == null ? null : k.rating().name(),
        k.series().stream().map(s -> new Point(s.month().toString(), Figures.text(s.value(), k.decimals()))).toList());
  }

  private static String month(YearMonth month) {
    return month == null ? null : month.toString();
  }
}
