package org.carepool.finance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;
import org.carepool.finance.IncomeExpenditure.ForecastNote;
import org.carepool.finance.IncomeExpenditure.ForecastNoteKind;

/**
 * A scheme's forecast outturn and its basis (SPEC §4.1), tried in order: the year end's actual,
 * the analyst's forecast for the month, the latest one carried forward within the year, then the
 * year's forecast method.
 */
final class Forecasts {

  /** A forecast, its basis, and a data-quality note on it when one is due. */
  record Forecast(BigDecimal amount, ForecastBasis basis, YearMonth carriedFrom, Optional<ForecastNote> note) {}

  private final YearMonth asAt;
  private final FinancialYear year;
  private final int k;
  private final ForecastMethod method;

  Forecasts(YearMonth asAt, ForecastMethod method) {
    this.asAt = asAt;
    this.year = FinancialYear.of(asAt);
    this.k = year.monthOrdinal(asAt);
    this.method = method;
  }

  Forecast of(SchemeLedger scheme, BigDecimal budget, BigDecimal actual) {
    Optional<LoadedForecast> loaded = scheme.latestForecast().filter(this::carries);
    if (k == 12) {
      Optional<ForecastNote> ignored = loaded.filter(f -> f.month().equals(asAt))
          .filter(f -> f.amount().compareTo(actual) != 0)
          .map(f -> note(scheme, ForecastNoteKind.YEAR_END_FORECAST_IGNORED, f, actual));
      return new Forecast(actual, ForecastBasis.OUTTURN, null, ignored);
    }
    if (loaded.isPresent()) {
      LoadedForecast f = loaded.get();
      BigDecimal amount = Money.pounds(f.amount(), "forecast of scheme " + scheme.code());
      Optional<ForecastNote> below = amount.compareTo(actual) < 0
          ? Optional.of(note(scheme, ForecastNoteKind.FORECAST_BELOW_ACTUAL, f, actual)) : Optional.empty();
      return f.month().equals(asAt)
          ? new Forecast(amount, ForecastBasis.ANALYST, null, below)
          : new Forecast(amount, ForecastBasis.CARRIED_FORWARD, f.month(), below);
    }
    return switch (method) {
      case RUN_RATE -> new Forecast(Money.fraction(actual, 12, k), ForecastBasis.RUN_RATE, null, Optional.empty());
      case BUDGET -> new Forecast(actual.add(Money.fraction(budget, 12 - k, 12)), ForecastBasis.BUDGET, null,
          Optional.empty());
    };
  }

  /** A forecast carries only within its own financial year, and never back from a later month. */
  private boolean carries(LoadedForecast forecast) {
    return year.contains(forecast.month()) && !forecast.month().isAfter(asAt);
  }

  private static ForecastNote note(SchemeLedger scheme, ForecastNoteKind kind, LoadedForecast f, BigDecimal actual) {
    return new ForecastNote(scheme.code(), scheme.name(), kind, f.month(), f.amount(), actual);
  }
}
