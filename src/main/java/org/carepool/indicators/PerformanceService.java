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
    YearData now = YearData.read(store, code, localities, year, asAt);
    YearData lastYear = YearData.read(store, code, localities, new FinancialYear(year.startYear() - 1),
        year.firstMonth().minusMonths(1));
    Map<String, BigDecimal> targets = store.targets(code, year);
    Map<String, List<KpiFigure.Benchmark>> benchmarks = store.benchmarks(year);
    List<KpiFigure> kpis = new ArrayList<>();
    for (Kpi kpi : store.kpis(code)) {
      List<KpiFigure.Point> series = now.series(kpi);
      int decimals = kpi.derived() ? DERIVED_DECIMALS : decimals(now.imported(kpi).values(), targets.get(kpi.code()));
      BigDecimal target = targets.get(kpi.code());
      KpiFigure.Point latest = latest(series);
      BigDecimal actual = latest == null ? null : latest.value();
      YearMonth actualMonth = latest == null ? null : latest.month();
      kpis.add(new KpiFigure(kpi.code(), kpi.name(), kpi.unit(), kpi.better(), kpi.derived(), target, actual,
          actualMonth, decimals, Rating.of(Figures.round(actual, decimals), target, kpi.better()), series,
          now.inMonth(kpi, actualMonth), lastYear.series(kpi), benchmarks.getOrDefault(kpi.code(), List.of())));
    }
    List<String> notes = PerformanceNotes.of(year, asAt, loaded, population, kpis);
    return new Performance(info, asAt, localities, store.localityNames(localities), population.all(),
        population.aged65(), population.estimateYear(), activityTo, kpis, notes, store.importBatches(code, localities, year, asAt));
  }

  /** The KPI's latest known value (it is rated on the value as shown, rounded to its decimals). */
  private static KpiFigure.Point latest(List<KpiFigure.Point> series) {
    KpiFigure.Point latest = null;
    for (KpiFigure.Point p : series) {
      if (p.value() != null) {
        latest = p;
      }
    }
    return latest;
  }

  /** What one financial year holds for an arrangement's KPIs up to a month: activity counts and imported values. */
  private record YearData(FinancialYear year, YearMonth asAt, PopulationTotals population, List<YearMonth> loaded,
      Map<YearMonth, Counts> counts, Map<String, Map<YearMonth, BigDecimal>> actuals) {

    static YearData read(IndicatorsRepository store, String arrangement, List<String> localities, FinancialYear year,
        YearMonth asAt) {
      return new YearData(year, asAt, store.population(localities, year), store.activityMonths(year, asAt),
          store.monthCounts(localities, year, asAt), store.actuals(arrangement, year, asAt).stream()
              .collect(Collectors.groupingBy(Actual::kpi, Collectors.toMap(Actual::month, Actual::value))));
    }

    Map<YearMonth, BigDecimal> imported(Kpi kpi) {
      return actuals.getOrDefault(kpi.code(), Map.of());
    }

    List<KpiFigure.Point> series(Kpi kpi) {
      return kpi.derived() ? derivedSeries(kpi.code(), counts, loaded, year, population)
          : importedSeries(imported(kpi), year, asAt);
    }

    /** The month's own value: a derived KPI's counts of that month alone, annualised (× 12 / 1). */
    BigDecimal inMonth(Kpi kpi, YearMonth month) {
      if (month == null) {
        return null;
      }
      return kpi.derived()
          ? DerivedKpis.value(kpi.code(), counts.getOrDefault(month, Counts.NONE), 1, population.all(),
              population.aged65())
          : imported(kpi).get(month);
    }
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
