package org.carepool.indicators;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.SortedSet;
import org.carepool.finance.FinancialYear;

/**
 * The performance of an arrangement as at a month (SPEC §5, §9): its KPIs, derived ones first.
 *
 * @param localities    the codes of the localities whose population the derived KPIs cover (none
 *                      listed: every locality)
 * @param localityNames their names, in the same order
 * @param population    people of all ages in those localities for the population year
 * @param population65  people aged 65 and over
 * @param populationYear the mid-year estimate used: the financial year's own, or, before that is
 *                      published, the latest earlier one as a projection
 * @param activityTo    the last month of the year, up to {@code month}, with activity loaded: the
 *                      derived KPIs are as at this month; {@code null} when none is loaded
 * @param notes         data-quality notes: months without activity, no population, imported KPIs
 *                      without a value for the month
 * @param importBatches the batches of activity, population, KPIs, targets, actuals and reference
 *                      data the figures rest on
 */
public record Performance(ArrangementInfo arrangement, YearMonth month, List<String> localities,
    List<String> localityNames, BigDecimal population, BigDecimal population65, int populationYear, YearMonth activityTo,
    List<KpiFigure> kpis, List<String> notes, SortedSet<Long> importBatches) {

  public Performance {
    localities = List.copyOf(localities);
    localityNames = List.copyOf(localityNames);
    kpis = List.copyOf(kpis);
    notes = List.copyOf(notes);
  }

  public FinancialYear financialYear() {
    return FinancialYear.of(month);
  }

  /** True when the population is an earlier year's estimate standing in for one not yet published. */
  public boolean populationProjected() {
    return populationYear < financialYear().startYear();
  }

  public int monthOrdinal() {
    return financialYear().monthOrdinal(month);
  }

  /** What a report header needs to know of the arrangement. */
  public record ArrangementInfo(String code, String name, String boardName, String model, String hostName,
      String legalBasis) {}
}
