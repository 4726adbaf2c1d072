package org.carepool.indicators;

import org.carepool.text.Sentences;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.carepool.finance.FinancialYear;
import org.carepool.indicators.IndicatorsRepository.PopulationTotals;

/**
 * The data-quality notes of a performance report, in words a board reads: what the figures do not
 * cover yet, so that a missing month never passes for an improvement.
 */
final class PerformanceNotes {

  private PerformanceNotes() {
  }

  static List<String> of(FinancialYear year, YearMonth asAt, List<YearMonth> loaded, PopulationTotals population,
      List<KpiFigure> kpis) {
    List<String> notes = new ArrayList<>(activity(year, asAt, loaded));
    if (population.all().signum() == 0) {
      notes.add("No population is loaded for the " + year.startYear() + " mid-year estimate of these localities, so "
          + "the rates per head have no value.");
    }
    for (KpiFigure k : kpis) {
      if (!k.derived() && (k.actualMonth() == null || k.actualMonth().isBefore(asAt))) {
        notes.add(k.actualMonth() == null
            ? k.name() + ": no value is loaded for " + year.label() + " up to " + month(asAt) + "."
            : k.name() + ": no value is loaded for " + month(asAt) + "; the latest, for " + month(k.actualMonth())
                + ", is shown and rated.");
      }
    }
    return notes;
  }

  /** None loaded; loaded only to a month before the one asked; months missing before the last loaded. */
  private static List<String> activity(FinancialYear year, YearMonth asAt, List<YearMonth> loaded) {
    if (loaded.isEmpty()) {
      return List.of("No activity is loaded for " + year.label() + " up to " + month(asAt)
          + ", so the indicators worked out from activity have no value yet.");
    }
    List<String> notes = new ArrayList<>();
    YearMonth last = loaded.get(loaded.size() - 1);
    if (last.isBefore(asAt)) {
      notes.add("Activity is loaded to " + month(last) + " only: the indicators worked out from activity are as at "
          + FinancialYear.displayMonth(last) + ", counts annualised × 12 / " + year.monthOrdinal(last)
          + ". Months after it are not counted as nil.");
    }
    List<YearMonth> gaps = new ArrayList<>();
    for (YearMonth m = year.firstMonth(); m.isBefore(last); m = m.plusMonths(1)) {
      if (!loaded.contains(m)) {
        gaps.add(m);
      }
    }
    if (!gaps.isEmpty()) {
      notes.add("No activity is loaded for " + list(gaps) + ": " + (gaps.size() == 1 ? "that month counts" : "those "
          + "months count") + " as nil, so the rates worked out from activity are understated.");
    }
    return notes;
  }

  /** "August 2025". */
  static String month(YearMonth m) {
    return m.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + m.getYear();
  }

  /** "June 2025", "June 2025 and July 2025", "May 2025, June 2025 and July 2025". */
  private static String list(List<YearMonth> months) {
    return Sentences.and(months.stream().map(PerformanceNotes::month).toList());
  }
}
