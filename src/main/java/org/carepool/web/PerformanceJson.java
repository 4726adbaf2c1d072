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
 * is for. Issue 13 adds per KPI {@code actualLabel} (what the actual covers, e.g. "April–October 2025,
 * annualised"), {@code inMonth} with its {@code inMonthLabel}, {@code lastYear} (as at the same month
 * last year), {@code direction} against the previous month and last year ({@code IMPROVED},
 * {@code UNCHANGED}, {@code WORSENED} or null), {@code lastYearSeries} and {@code benchmarks}; and
 * {@code populationYear}, the mid-year estimate used, with {@code populationProjected} true when it is
 * an earlier year's standing in for one not yet published.
 */
record PerformanceJson(String arrangement, String name, String month, String financialYear, int monthOrdinal,
    String activityTo, List<String> localities, String population, String population65Plus, int populationYear,
    boolean populationProjected, List<Kpi> kpis,
    List<String> dataQualityNotes, List<Long> importBatches) {

  record Kpi(String code, String name, String unit, String better, boolean derived, int decimals, String target,
      String actual, String actualMonth, String rating, List<Point> series, String actualLabel, String inMonth,
      String inMonthLabel, String lastYear, Direction direction, List<Point> lastYearSeries,
      List<Benchmark> benchmarks) {}

  record Direction(String previousMonth, String lastYear) {}

  record Benchmark(String label, String value) {}

  record Point(String month, String value) {}

  static PerformanceJson of(Performance p) {
    return new PerformanceJson(p.arrangement().code(), p.arrangement().name(), p.month().toString(),
        p.financialYear().label(), p.monthOrdinal(), month(p.activityTo()), p.localities(),
        Figures.whole(p.population()), Figures.whole(p.population65()), p.populationYear(), p.populationProjected(),
        p.kpis().stream().map(PerformanceJson::kpi).toList(), p.notes(), List.copyOf(p.importBatches()));
  }

  private static Kpi kpi(KpiFigure k) {
    return new Kpi(k.code(), k.name(), k.unit(), k.better().name(), k.derived(), k.decimals(),
        Figures.text(k.target(), k.decimals()), Figures.text(k.actual(), k.decimals()), month(k.actualMonth()),
        k.rating() == null ? null : k.rating().name(), points(k.series(), k.decimals()), k.actualLabel(),
        Figures.text(k.inMonth(), k.decimals()), k.inMonthLabel(), Figures.text(k.lastYear(), k.decimals()),
        new Direction(name(k.direction().againstPreviousMonth()), name(k.direction().againstLastYear())),
        points(k.lastYearSeries(), k.decimals()),
        k.benchmarks().stream().map(b -> new Benchmark(b.label(), Figures.text(b.value(), k.decimals()))).toList());
  }

  private static List<Point> points(List<KpiFigure.Point> series, int decimals) {
    return series.stream().map(s -> new Point(s.month().toString(), Figures.text(s.value(), decimals))).toList();
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static String month(YearMonth month) {
    return month == null ? null : month.toString();
  }
}
