package org.carepool.ingest;

import static org.carepool.db.generated.Tables.BUDGET;
import static org.carepool.db.generated.Tables.CONTRIBUTION;
import static org.carepool.db.generated.Tables.FORECAST;
import static org.carepool.db.generated.Tables.KPI_ACTUAL;
import static org.carepool.db.generated.Tables.KPI_TARGET;
import static org.carepool.db.generated.Tables.SPEND;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * New dates for stored arrangements are refused when they would leave stored rows outside them
 * (spend, forecasts and KPI actuals by month; contributions, budgets and KPI targets by financial
 * year): the store would then hold what the import refuses to load. The problem names the counts.
 */
final class StoredDates {
  /** One kind of dated rows: what they are called, and when they are (month or year) counted per arrangement. */
  private record Dated<T extends Comparable<? super T>>(String what, Map<String, Map<T, Integer>> counts,
      BiPredicate<Catalogue.Period, T> within, Function<T, String> show) {

    boolean anyBefore(String arrangement, Catalogue.Period period) {
      Catalogue.Period fromStart = new Catalogue.Period(period.start(), null);
      return counts.getOrDefault(arrangement, Map.of()).keySet().stream().anyMatch(when -> !within.test(fromStart, when));
    }

    /** E.g. "334 spend rows (2025-04..2026-10)", or null when none lie outside. */
    String outside(String arrangement, Catalogue.Period period) {
      int rows = 0;
      T first = null;
      T last = null;
      for (Map.Entry<T, Integer> e : counts.getOrDefault(arrangement, Map.of()).entrySet()) {
        if (!within.test(period, e.getKey())) {
          rows += e.getValue();
          first = first == null || e.getKey().compareTo(first) < 0 ? e.getKey() : first;
          last = last == null || e.getKey().compareTo(last) > 0 ? e.getKey() : last;
        }
      }
      if (rows == 0) {
        return null;
      }
      String span = first.equals(last) ? show.apply(first) : show.apply(first) + ".." + show.apply(last);
      return String.format("%,d %s%s (%s)", rows, what, rows == 1 ? "" : "s", span);
    }
  }

  private final List<Dated<?>> kinds;

  private StoredDates(List<Dated<?>> kinds) {
    this.kinds = kinds;
  }

  /** What the store holds, read once per load of arrangements.csv. */
  static StoredDates read(FinishContext context) {
    ImportRepository repository = context.repository();
    var trx = context.trx();
    BiPredicate<Catalogue.Period, LocalDate> month = Catalogue.Period::covers;
    BiPredicate<Catalogue.Period, Integer> year = Catalogue.Period::coversYear;
    Function<LocalDate, String> showMonth = m -> m.toString().substring(0, 7);
    Function<Integer, String> showYear = Values::showFinancialYear;
    return new StoredDates(List.of(
        new Dated<>("spend row", repository.countsBy(trx, SPEND, SPEND.ARRANGEMENT, SPEND.MONTH), month, showMonth),
        new Dated<>("forecast", repository.countsBy(trx, FORECAST, FORECAST.ARRANGEMENT, FORECAST.MONTH), month,
            showMonth),
        new Dated<>("KPI actual", repository.countsBy(trx, KPI_ACTUAL, KPI_ACTUAL.ARRANGEMENT, KPI_ACTUAL.MONTH),
            month, showMonth),
        new Dated<>("contribution", repository.countsBy(trx, CONTRIBUTION, CONTRIBUTION.ARRANGEMENT,
            CONTRIBUTION.FINANCIAL_YEAR), year, showYear),
        new Dated<>("budget", repository.countsBy(trx, BUDGET, BUDGET.ARRANGEMENT, BUDGET.FINANCIAL_YEAR), year,
            showYear),
        new Dated<>("KPI target", repository.countsBy(trx, KPI_TARGET, KPI_TARGET.ARRANGEMENT,
            KPI_TARGET.FINANCIAL_YEAR), year, showYear)));
  }

  /** True when some stored row lies before the period's start (not only after its end). */
  boolean anyBefore(String arrangement, Catalogue.Period period) {
    return kinds.stream().anyMatch(kind -> kind.anyBefore(arrangement, period));
  }

  /** What the store holds for the arrangement outside {@code period}, e.g. "334 spend rows (…), 23 forecasts (…)"; empty if nothing. */
  List<String> outside(String arrangement, Catalogue.Period period) {
    List<String> outside = new ArrayList<>();
    for (Dated<?> kind : kinds) {
      String text = kind.outside(arrangement, period);
      if (text != null) {
        outside.add(text);
      }
    }
    return outside;
  }
}
