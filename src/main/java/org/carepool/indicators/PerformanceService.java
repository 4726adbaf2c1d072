package org.carepool.indicators;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.carepool.finance.FinancialYear;
import org.carepool.finance.UnknownArrangementException;
import org.carepool.indicators.DerivedKpis.Counts;
import org.carepool.indicators.IndicatorsRepository.Actual;
import org.carepool.indicators.IndicatorsRepository.Kpi;
import org.carepool.indicators.IndicatorsRepository.PopulationTotals;
import org.jooq.DSLContext;

/** Works out an arrangement's KPIs as at a month (SPEC §5): derived from activity summaries, or imported. */
public final class PerformanceService {
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
    Map<YearMonth, Counts> counts = store.monthCounts(localities, year, asAt);
    Map<String, BigDecimal> targets = store.targets(code, year);
    Map<String, Map<YearMonth, BigDecimal>> actuals = store.actuals(code, year, asAt).stream()
        .collect(Collectors.groupingBy(Actual::kpi, Collectors.toMap(Actual::month, Actual::value)));
    List<KpiFigure> kpis = new ArrayList<>();
    for (Kpi kpi : store.kpis(code)) {
      List<KpiFigure.Point> series = kpi.derived()
          ? derivedSeries(kpi.code(), counts, year, asAt, population)
          : importedSeries(actuals.getOrDefault(kpi.code(), Map.of()), year, asAt);
      BigDecimal actual = series.get(series.size() - 1).value();
      BigDecimal target = targets.get(kpi.code());
      kpis.add(new KpiFigure(kpi.code(), kpi.name(), kpi.unit(), kpi.better(), kpi.derived(), target, actual,
          Rating.of(actual, target, kpi.better()), series));
    }
    return new Performance(info, asAt, localities, population.all(), population.aged65(), kpis,
        store.importBatches(code, year, asAt));
  }

  /** Each month's value as at that month: counts from April to it, annualised by its ordinal. */
  static List<KpiFigure.Point> derivedSeries(String code, Map<YearMonth, Counts> counts, FinancialYear year,
      YearMonth asAt, PopulationTotals population) {
    List<KpiFigure.Point> series = new ArrayList<>();
    Counts toDate = Counts.NONE;
    for (YearMonth m = year.firstMonth(); !m.isAfter(asAt); m = m.plusMonths(1)) {
      toDate = toDate.plus(counts.getOrDefault(m, Counts.NONE));
      series.add(new KpiFigure.Point(m, DerivedKpis.value(code, toDate, year.monthOrdinal(m), population.all(),
          population.aged65())));
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
}
