package org.carepool.web;

import java.util.List;
import org.carepool.indicators.Figures;
import org.carepool.indicators.KpiFigure;
import org.carepool.indicators.Performance;

/** The SPEC §9 performance JSON: figures as strings with two decimals, rating null without a target. */
record PerformanceJson(String arrangement, String name, String month, String financialYear, int monthOrdinal,
    List<String> localities, String population, String population65Plus, List<Kpi> kpis, List<Long> importBatches) {

  record Kpi(String code, String name, String unit, String better, boolean derived, String target, String actual,
      String rating, List<Point> series) {}

  record Point(String month, String value) {}

  static PerformanceJson of(Performance p) {
    return new PerformanceJson(p.arrangement().code(), p.arrangement().name(), p.month().toString(),
        p.financialYear().label(), p.monthOrdinal(), p.localities(), p.population().toPlainString(),
        p.population65().toPlainString(), p.kpis().stream().map(PerformanceJson::kpi).toList(),
        List.copyOf(p.importBatches()));
  }

  private static Kpi kpi(KpiFigure k) {
    return new Kpi(k.code(), k.name(), k.unit(), k.better().name(), k.derived(), Figures.text(k.target()),
        Figures.text(k.actual()), k.rating() == null ? null : k.rating().name(),
        k.series().stream().map(s -> new Point(s.month().toString(), Figures.text(s.value()))).toList());
  }
}
