package org.carepool.finance;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/** Reads from the store where the data behind a statement is thin (SPEC §6). */
final class DataQualityCheck {

  /** How far back a recording organisation counts as still recording: a year, so one that stopped long ago is not "behind". */
  static final int RECORDING_WINDOW_MONTHS = 12;

  private DataQualityCheck() {
  }

  static DataQuality of(FinanceRepository store, String code, FinancialYear year, YearMonth asAt) {
    FinanceRepository.UnmappedSpend unmapped = store.spendWithoutLocality(code, year, asAt);
    return new DataQuality(asAt, gaps(store.spendMonths(code, year, asAt), year, asAt), unmapped.lines(),
        unmapped.amount(), store.lastMonthByRecordingOrganisation(code, asAt.minusMonths(RECORDING_WINDOW_MONTHS - 1),
        asAt).stream().map(l -> new DataQuality.Loaded(l.organisation(), l.month())).toList());
  }

  private static List<DataQuality.SchemeGap> gaps(List<FinanceRepository.SchemeSpendMonths> schemes,
      FinancialYear year, YearMonth asAt) {
    int monthsToDate = year.monthOrdinal(asAt);
    List<DataQuality.SchemeGap> gaps = new ArrayList<>();
    for (FinanceRepository.SchemeSpendMonths scheme : schemes) {
      List<YearMonth> missing = missing(scheme.months(), year.firstMonth(), asAt);
      if (!missing.isEmpty()) {
        gaps.add(new DataQuality.SchemeGap(scheme.scheme(), scheme.name(), monthsToDate, missing));
      }
    }
    return gaps;
  }

  private static List<YearMonth> missing(SortedSet<YearMonth> withSpend, YearMonth first, YearMonth last) {
    List<YearMonth> missing = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      if (!withSpend.contains(m)) {
        missing.add(m);
      }
    }
    return missing;
  }
}
