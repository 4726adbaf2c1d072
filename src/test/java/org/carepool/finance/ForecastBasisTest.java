package org.carepool.finance;

import static org.carepool.finance.Fixtures.calculate;
import static org.carepool.finance.Fixtures.scheme;
import static org.carepool.finance.Pools.pool;
import static org.carepool.finance.Pools.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import org.carepool.finance.IncomeExpenditure.Scheme;
import org.junit.jupiter.api.Test;

/** The forecast outturn and its basis (SPEC §4.1), tried in order, with its data-quality notes. */
class ForecastBasisTest {
  private static final YearTerms BUDGET = terms(ForecastMethod.BUDGET, null, null, null, null);

  @Test
  void at_month_1_the_run_rate_is_twelve_times_april_and_the_budget_method_adds_eleven_twelfths() {
    assertEquals("732000.00 RUN_RATE", forecast("2025-04", YearTerms.DEFAULTS, scheme("S1", "ICB", "700000.00",
        "61000.00")));
    // 61,000 + 700,000 × 11 / 12 = 61,000 + 641,666.666… → 702,666.67
    assertEquals("702666.67 BUDGET", forecast("2025-04", BUDGET, scheme("S1", "ICB", "700000.00", "61000.00")));
  }

  @Test
  void at_month_12_the_forecast_is_the_actual_and_a_differing_march_forecast_is_noted_and_ignored() {
    IncomeExpenditure ie = statement("2026-03", YearTerms.DEFAULTS,
        Fixtures.scheme("S1", "ICB", "1000000.00", "990000.00", "1010000.00", YearMonth.parse("2026-03")));
    assertEquals("990000.00 OUTTURN", basis(ie.schemes().get(0)));
    assertEquals(List.of("Scheme S1 Scheme S1: at the year end the forecast outturn is the actual, 990000.00; the "
        + "forecast of 1010000.00 loaded for Month 12 (March 2026) is ignored."),
        ie.forecastNotes().stream().map(n -> n.text(a -> a.toPlainString())).toList());
  }

  @Test
  void at_month_12_a_march_forecast_equal_to_the_actual_or_an_earlier_one_gets_no_note() {
    assertEquals(List.of(), statement("2026-03", YearTerms.DEFAULTS, Fixtures.scheme("S1", "ICB", "1000000.00",
        "990000.00", "990000.00", YearMonth.parse("2026-03"))).forecastNotes());
    assertEquals(List.of(), statement("2026-03", YearTerms.DEFAULTS, Fixtures.scheme("S1", "ICB", "1000000.00",
        "990000.00", "1200000.00", YearMonth.parse("2025-12"))).forecastNotes());
  }

  @Test
  void the_forecast_for_the_month_is_the_analysts_and_an_earlier_one_of_the_year_is_carried_forward() {
    assertEquals("745000.00 ANALYST", forecast("2025-09", BUDGET, Fixtures.scheme("S1", "ICB", "700000.00",
        "380000.00", "745000.00", YearMonth.parse("2025-09"))));
    Scheme carried = statement("2025-11", BUDGET, Fixtures.scheme("S1", "ICB", "700000.00", "380000.00", "745000.00",
        YearMonth.parse("2025-06"))).schemes().get(0);
    assertEquals("745000.00 CARRIED_FORWARD 2025-06", basis(carried) + " " + carried.carriedFrom());
  }

  @Test
  void a_forecast_of_an_earlier_year_or_a_later_month_never_carries() {
    // run rate 380,000 × 12 / 6
    assertEquals("760000.00 RUN_RATE", forecast("2025-09", YearTerms.DEFAULTS, Fixtures.scheme("S1", "ICB",
        "700000.00", "380000.00", "745000.00", YearMonth.parse("2025-03"))));
    assertEquals("760000.00 RUN_RATE", forecast("2025-09", YearTerms.DEFAULTS, Fixtures.scheme("S1", "ICB",
        "700000.00", "380000.00", "745000.00", YearMonth.parse("2025-10"))));
  }

  @Test
  void a_forecast_below_the_actual_is_kept_as_given_with_a_note() {
    IncomeExpenditure ie = statement("2025-09", YearTerms.DEFAULTS,
        Fixtures.scheme("S1", "ICB", "700000.00", "380000.00", "350000.00", YearMonth.parse("2025-09")));
    assertEquals("350000.00 ANALYST", basis(ie.schemes().get(0)));
    assertEquals(List.of("Scheme S1 Scheme S1: the forecast of 350000.00 loaded for Month 6 (September 2025) is "
        + "below the actual to date of 380000.00; it is kept as given."),
        ie.forecastNotes().stream().map(n -> n.text(a -> a.toPlainString())).toList());
  }

  private static String forecast(String asAt, YearTerms terms, SchemeLedger scheme) {
    return basis(statement(asAt, terms, scheme).schemes().get(0));
  }

  private static String basis(Scheme s) {
    return s.forecast() + " " + s.basis();
  }

  private static IncomeExpenditure statement(String asAt, YearTerms terms, SchemeLedger scheme) {
    return calculate(pool(asAt, List.of(scheme), terms, List.of(), "0"));
  }
}
