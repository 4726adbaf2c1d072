package org.carepool.finance;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Plain-language notes on gaps in the data behind an I&amp;E statement (SPEC §6). */
final class DataQualityNotes {
  private final FinanceRepository store;
  private final String code;
  private final FinancialYear year;
  private final YearMonth asAt;

  DataQualityNotes(FinanceRepository store, String code, FinancialYear year, YearMonth asAt) {
  this.store = store;
  this.code = code;
  this.year = year;
  this.asAt = asAt;
  }

  List<String> notes() {
  List<String> notes = new ArrayList<>();
  int monthsSoFar = year.monthOrdinal(asAt);
  for (FinanceRepository.SchemeMonths scheme : store.monthsWithSpend(code, year, asAt)) {
   int missing = monthsSoFar - scheme.monthsWithSpend();
   if (missing > 0) {
    notes.add("Scheme " + scheme.scheme() + ": no spend recorded in " + missing + " of the " + monthsSoFar
      + " months to date.");
   }
  }
  FinanceRepository.UnmappedSpend unmapped = store.spendWithoutLocality(code, year, asAt);
  if (unmapped.lines() > 0) {
   notes.add(unmapped.lines() + " spend line(s) totalling £" + pounds(unmapped.amount())
     + " have no locality and are not mapped to a population.");
  }
  for (FinanceRepository.LastMonth last : store.lastMonthByRecordingOrganisation(code, asAt)) {
   String status = last.month().equals(asAt) ? "" : " — behind the report month";
   notes.add("Spend recorded by " + last.organisation() + " is loaded to " + FinancialYear.displayMonth(last.month())
     + status + ".");
  }
  return notes;
  }

  private static String pounds(java.math.BigDecimal amount) {
  NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
  format.setMinimumFractionDigits(2);
  format.setMaximumFractionDigits(2);
  return format.format(amount);
  }
}
