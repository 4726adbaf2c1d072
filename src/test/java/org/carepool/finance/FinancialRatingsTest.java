package org.carepool.finance;

import static org.carepool.finance.Fixtures.calculate;
import static org.carepool.finance.Pools.pool;
import static org.carepool.finance.Pools.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.carepool.finance.IncomeExpenditure.Scheme;
import org.junit.jupiter.api.Test;

/**
 * Financial RAG and the notify notice (SPEC §4.6), compared exactly. Schemes of budget 100,000.00
 * with an analyst forecast for September 2025, so the variance is the forecast less 100,000.00.
 */
class FinancialRatingsTest {

  @Test
  void a_variance_of_exactly_2_percent_is_amber_and_a_penny_less_is_green_though_it_shows_2_0() {
    assertEquals("2.0 AMBER", rated("102000.00"));
    assertEquals("2.0 GREEN", rated("101999.99"));
  }

  @Test
  void a_variance_of_exactly_5_percent_is_red_and_a_penny_less_is_amber() {
    assertEquals("5.0 RED", rated("105000.00"));
    assertEquals("5.0 AMBER", rated("104999.99"));
  }

  @Test
  void every_underspend_is_green() {
    assertEquals("-40.0 GREEN", rated("60000.00"));
  }

  @Test
  void the_years_terms_move_the_thresholds() {
    YearTerms terms = terms(null, null, "1.5", "3", null);
    assertEquals("AMBER", rated(terms, "101500.00").rating().name());
    assertEquals("RED", rated(terms, "103000.00").rating().name());
  }

  @Test
  void a_scheme_without_budget_has_no_percentage_and_is_red_only_when_overspent() {
    Scheme over = calculate(pool("2025-09", List.of(Fixtures.scheme("S1", "ICB", "1000000.00", "500000.00"),
        Fixtures.scheme("S2", "LA", "0.00", "100.00")), YearTerms.DEFAULTS, List.of(), "0")).schemes().get(1);
    assertNull(over.variancePct());
    assertEquals(Rating.RED, over.rating());
    Scheme nil = calculate(pool("2025-09", List.of(Fixtures.scheme("S1", "ICB", "1000000.00", "500000.00"),
        Fixtures.scheme("S2", "LA", "0.00", "0.00")), YearTerms.DEFAULTS, List.of(), "0")).schemes().get(1);
    assertEquals(Rating.GREEN, nil.rating());
  }

  @Test
  void the_pool_is_rated_on_o_over_c_and_the_notify_notice_comes_when_it_reaches_the_threshold() {
    YearTerms notify4 = terms(null, null, null, null, "4");
    // C = 1,000,000: forecast 1,040,000 is exactly 4%
    IncomeExpenditure at = calculate(pool("2025-09", List.of(Fixtures.scheme("S1", "ICB", "1000000.00", "520000.00")),
        notify4, List.of(), "0"));
    assertEquals("4.0 AMBER", at.pool().variancePct() + " " + at.pool().rating());
    assertEquals(List.of("The pool's forecast variance is 4.0% of contributions, at or above the notify threshold of 4%: "
        + "the agreement requires the host, LA, to notify the partners."), at.noticeTexts(a -> a.toPlainString()));
    IncomeExpenditure below = calculate(pool("2025-09", List.of(Fixtures.scheme("S1", "ICB", "1000000.00", "519999.99")),
        notify4, List.of(), "0"));
    assertEquals(List.of(), below.notices(), "3.99999…% does not reach 4%");
    IncomeExpenditure unset = calculate(pool("2025-09", List.of(Fixtures.scheme("S1", "ICB", "1000000.00", "600000.00")),
        YearTerms.DEFAULTS, List.of(), "0"));
    assertEquals("20.0 RED", unset.pool().variancePct() + " " + unset.pool().rating());
    assertEquals(List.of(), unset.notices(), "no notify term, no notice");
  }

  private static String rated(String forecast) {
    Scheme s = rated(YearTerms.DEFAULTS, forecast);
    return s.variancePct() + " " + s.rating();
  }

  private static Scheme rated(YearTerms terms, String forecast) {
    return calculate(pool("2025-09", List.of(Fixtures.scheme("S1", "ICB", "100000.00", "50000.00", forecast)),
        terms, List.of(), "0")).schemes().get(0);
  }
}
