package org.carepool.demo;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The demo's calendar: financial years 2024-25 to 2026-27, months 2024-04 to 2026-10. */
final class Periods {

  static final String START_DATE = "2024-04-01";
  static final int FIRST_YEAR = 2024;
  static final List<String> FINANCIAL_YEARS = List.of("2024-25", "2025-26", "2026-27");
  static final List<Integer> POPULATION_YEARS = List.of(2024, 2025, 2026);

  private static final YearMonth FIRST = YearMonth.of(2024, 4);
  private static final YearMonth LAST = YearMonth.of(2026, 10);

  private Periods() {}

  static List<YearMonth> months() {
    var months = new ArrayList<YearMonth>();
    for (var m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  /** 0 for 2024-25, 1 for 2025-26, 2 for 2026-27. */
  static int yearIndex(YearMonth month) {
    int startYear = month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1;
    return startYear - FIRST_YEAR;
  }

  /** Month ordinal within its financial year: April = 1 … March = 12. */
  static int ordinal(YearMonth month) {
    return (month.getMonthValue() + 8) % 12 + 1;
  }

  static String financialYear(YearMonth month) {
    return FINANCIAL_YEARS.get(yearIndex(month));
  }

  /** June, September and December: the quarter ends analysts forecast (the year end has its outturn). */
  static boolean isForecastMonth(YearMonth month) {
    return ordinal(month) % 3 == 0 && ordinal(month) < 12;
  }
}
