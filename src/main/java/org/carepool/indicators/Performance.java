package org.carepool.indicators;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.SortedSet;
import org.carepool.finance.FinancialYear;

/**
 * The performance of an arrangement as at a month (SPEC §5, §9): its KPIs, derived ones first.
 *
 * @param localities    the localities whose population the derived KPIs cover (every one when the
 *                      arrangement lists none)
 * @param population    people of all ages in those localities for the population year
 * @param population65  people aged 65 and over
 * @param importBatches the batches of activity, population, targets and actuals the figures rest on
 */
public record Performance(ArrangementInfo arrangement, YearMonth month, List<String> localities,
    BigDecimal population, BigDecimal population65, List<KpiFigure> kpis, SortedSet<Long> importBatches) {

  public Performance {
    localities = List.copyOf(localities);
    kpis = List.copyOf(kpis);
  }

  public FinancialYear financialYear() {
    return FinancialYear.of(month);
  }

  public int monthOrdinal() {
    return financialYear().monthOrdinal(month);
  }

  /** What a report header needs to know of the arrangement. */
  public record ArrangementInfo(String code, String name, String boardName, String model, String hostName,
      String legalBasis) {}
}
