package org.carepool.indicators;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.carepool.finance.FinancialYear;
import org.carepool.arrangement.UnknownArrangementException;
import org.carepool.indicators.DerivedKpis.Counts;
import org.carepool.indicators.IndicatorsRepository.Actual;
import org.carepool.indicators.IndicatorsRepository.Kpi;
import org.carepool.indicators.IndicatorsRepository.PopulationTotals;
import org.jooq.DSLContext;

/**
 * Works out an arrangement's KPIs as at a month (SPEC §5): derived from activity summaries, or
 * imported. Hospital activity arrives weeks after finance, so a pack as at a month often has no
 * activity for it: derived KPIs are then worked out as at the last month with activity loaded
 * and annualised by that month's ordinal, never over months that hold nothing yet.
 */
public final class PerformanceService {
  /** Derived KPIs are rates and shares of some hundreds or thousands: one decimal is what boards read. */
  static final int DERIVED_DECIMALS = 1;
  private static final int MAX_DECIMALS = 2;

  private final DSLContext dsl;

  public PerformanceService(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** @throws UnknownArrangementException when no arrangement has the code */
  public Performance performance(String arrangement, YearMonth asAt) {
    return dsl.transactionResult(trx -> performance(new IndicatorsRepository(trx.dsl()), arrangement, asAt));
  }

  private Performance performance(IndicatorsRepository store, String code, YearMonth asAt) {
    var info = store.arrangement(code).orElseThrow(() -> new UnknownArrangementException(code));
    FinancialYear year = FinancialYear.of(asAt);
    List<String> localities = store.localities(code);
    PopulationTotals population = store.population(localities, year);
    List<YearMonth> loaded = store.activityMonths(year, asAt);
    YearMonth activityTo = loaded.isEmpty() ? null : loaded.get(loaded.size() - 1);
    Map<YearMonth, Counts> counts = store.monthCounts(localities, year, asAt);
    Map<String, BigDecimal> targets = store.targets(code, year);
    Map<String, Map<YearMonth, BigDecimal>> actuals = store.actuals(code, year, asAt).stream()
        .collect(Collectors.groupingBy(Actual::kpi, Collectors.toMap(Actual::month, Actual::value)));
    List<KpiFigure> kpis = new ArrayList<>();
    for (Kpi kpi : store.kpis(code)) {
      Map<YearMonth, BigDecimal> imported = actuals.getOrDefault(kpi.code(), Map.of());
      List<KpiFigure.Point> series = kpi.derived()
          ? derivedSeries(kpi.code(), counts, loaded, year, population)
          : importedSeries(imported, year, asAt);
      int decimals = kpi.derived() ? DERIVED_DECIMALS : decimals(imported.values(), targets.get(kpi.code()));
      kpis.add(figure(kpi, targets.get(kpi.code()), series, decimals));
    }
    List<String> notes = PerformanceNotes.of(year, asAt, loaded, population, kpis);
    return new Performance(info, asAt, localities, store.localityNames(localities), population.all(),
        population.aged65(), activityTo, kpis, notes, store.importBatches(code, localities, year, asAt));
  }

  /** The KPI's latest known value, rated on the value as shown (rounded to its decimals). */
  private static KpiFigure figure(Kpi kpi, BigDecimal target, List<KpiFigure.Point> series, int decimals) {
    KpiFigure.Point latest = null;
    for (KpiFigure.Point p : series) {
      if (p.value() != null) {
        latest = p;
      }
    }
    BigDecimal actual = latest == null ? null : latest.value();
    return new KpiFigure(kpi.code(), kpi.name(), kpi.unit(), kpi.better(), kpi.derived(), target, actual,
        latest == null ? null : latest.month(), decimals,
        Rating.of(Figures.round(actual, decimals), target, kpi.better()), series);
  }

  /**
   * Each month's value as at that month, April to the last month loaded: counts from April to it,
   * annualised by its ordinal. A month with no activity loaded has no value of its own (its counts
   * are nil, and the notes say so).
   */
  static List<KpiFigure.Point> derivedSeries(String code, Map<YearMonth, Counts> counts, List<YearMonth> loaded,
      FinancialYear year, PopulationTotals population) {
    List<KpiFigure.Point> series = new ArrayList<>();
    if (loaded.isEmpty()) {
      return series;
    }
    YearMonth last = loaded.get(loaded.size() - 1);
    Counts toDate = Counts.NONE;
    for (YearMonth m = year.firstMonth(); !m.isAfter(last); m = m.plusMonths(1)) {
      toDate = toDate.plus(counts.getOrDefault(m, Counts.NONE));
      series.add(new KpiFigure.Point(m, loaded.contains(m)
          ? DerivedKpis.value(code, toDate, year.monthOrdinal(m), population.all(), population.aged65())
          : null));
    }
    return series;
  }

  private static List<KpiFigure.Point> importedSeries(Map<YearMonth, BigDecimal> values, FinancialYear year,
      YearMonth asAt) {
    List<KpiFigure.Point> series = new ArrayList<>();
    for (YearMonth m = year.firstMonth(); !m.isAfter(asAt); m = m.plusMonths(1)) {
      series.add(new KpiFigure.Point(m, values.get(m)));
    }
    return series;
  }

  /** An imported KPI shows the decimals its values and target are given in, at most two. */
  static int decimals(Iterable<BigDecimal> values, BigDecimal target) {
    int decimals = target == null ? 0 : Math.max(0, target.stripTrailingZeros().scale());
    for (BigDecimal v : values) {
      decimals = Math.max(decimals, v.stripTrailingZeros().scale());
    }
    return Math.min(MAX_DECIMALS, decimals);
  }
}
