package org.carepool.report;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import org.carepool.indicators.Figures;
import org.carepool.indicators.Mapping;

/**
 * The words of the spend mapping about the period it covers: the mapping sums the cost of the
 * months loaded (it does not annualise), so a part year must read as one and a whole year as one.
 */
final class SpendMappingPeriod {

  private SpendMappingPeriod() {
  }

  /** "April 2025 to March 2026, the whole year (365 days)" or "April 2025 to August 2025: 5 of 12 months loaded …". */
  static String period(Mapping m) {
    List<YearMonth> months = m.months();
    if (months.isEmpty()) {
      return "no activity loaded for " + m.year().label() + " up to " + month(m.lastMonth());
    }
    String span = span(months.get(0), months.get(months.size() - 1));
    if (m.complete()) {
      return span + ", the whole year (" + m.days() + " days)";
    }
    return span + ": " + months.size() + " of 12 months loaded (" + m.days() + " days)";
  }

  static String headline(Mapping m) {
    if (m.months().isEmpty()) {
      return "No activity is loaded for " + m.year().label() + " up to " + month(m.lastMonth())
          + ": there is no cost to map yet.";
    }
    String figures = "Activity cost " + Wording.money(Figures.display(m.cost()))
        + (m.perCapita() == null ? " (no population loaded to divide by)"
            : ", " + Wording.money(Figures.display(m.perCapita())) + " per head")
        + (m.balance().institutionalShare() == null ? "."
            : "; " + Figures.text(m.balance().institutionalShare(), 1) + "% in institutional settings.");
    if (m.complete()) {
      return figures + " Costs and per-head figures cover the whole financial year.";
    }
    int n = m.months().size();
    return figures + " Costs and per-head figures cover the " + (n == 1 ? "one month" : n + " months") + " loaded, "
        + span(m.months().get(0), m.months().get(n - 1)) + ", not a full year" + missing(m) + ".";
  }

  /** "April to September 2025", "April 2025 to March 2026". */
  static String span(YearMonth from, YearMonth to) {
    if (from.equals(to)) {
      return month(from);
    }
    String first = from.getYear() == to.getYear() ? name(from) : month(from);
    return first + " to " + month(to);
  }

  /** "; no activity for June 2025" for months missing inside the span. */
  private static String missing(Mapping m) {
    YearMonth last = m.months().get(m.months().size() - 1);
    List<YearMonth> gaps = m.missingMonths().stream().filter(g -> g.isBefore(last)).toList();
    return gaps.isEmpty() ? "" : "; none loaded for " + String.join(", ", gaps.stream().map(SpendMappingPeriod::month)
        .toList());
  }

  private static String month(YearMonth m) {
    return name(m) + " " + m.getYear();
  }

  private static String name(YearMonth m) {
    return m.getMonth().getDisplayName(TextStyle.FULL, IncomeExpenditureFill.UK);
  }
}
