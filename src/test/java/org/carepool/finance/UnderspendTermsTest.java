package org.carepool.finance;

import static org.carepool.finance.Fixtures.assertPartsSumToWholes;
import static org.carepool.finance.Fixtures.calculate;
import static org.carepool.finance.Fixtures.scheme;
import static org.carepool.finance.Pools.parts;
import static org.carepool.finance.Pools.pool;
import static org.carepool.finance.Pools.reserves;
import static org.carepool.finance.Pools.step;
import static org.carepool.finance.Pools.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.carepool.finance.IncomeExpenditure.RiskShareBasis;
import org.junit.jupiter.api.Test;

/**
 * The year's underspend term (SPEC §4.3) on P1 ({@link Pools}) with F = 2 × 450,000 = 900,000, so
 * O_s = −100,000; an opening reserve of 20,000.
 */
class UnderspendTermsTest {
  private static final List<AgreementStep> NO_STEPS = List.of();

  @Test
  void return_gives_each_partner_its_share_back() {
    IncomeExpenditure ie = underspent(RiskShareRule.HOST, UnderspendTerm.RETURN, NO_STEPS);
    assertEquals(RiskShareBasis.UNDERSPEND, ie.riskShareBasis());
    assertEquals("ICB -60000.00 = UNDERSPEND -60000.00; LA -40000.00 = UNDERSPEND -40000.00", parts(ie));
    assertPartsSumToWholes(ie);
  }

  @Test
  void reserve_puts_it_all_into_the_pool_reserve_and_partners_carry_nothing() {
    IncomeExpenditure ie = underspent(RiskShareRule.SHARES, UnderspendTerm.RESERVE, NO_STEPS);
    assertEquals("ICB 0.00 =; LA 0.00 =", parts(ie));
    assertEquals("20000.00 0.00 100000.00 120000.00 0.00", reserves(ie));
    assertPartsSumToWholes(ie);
  }

  @Test
  void host_lets_the_host_keep_it_all() {
    IncomeExpenditure ie = underspent(RiskShareRule.SHARES, UnderspendTerm.HOST, NO_STEPS);
    assertEquals("ICB 0.00 =; LA -100000.00 = UNDERSPEND -100000.00", parts(ie));
  }

  @Test
  void without_a_term_or_steps_an_underspend_follows_the_rule() {
    IncomeExpenditure ie = underspent(RiskShareRule.HOST, null, NO_STEPS);
    assertEquals(RiskShareBasis.RULE, ie.riskShareBasis());
    assertEquals("ICB 0.00 =; LA -100000.00 = RULE -100000.00", parts(ie));
    assertEquals("20000.00 0.00 0.00 20000.00 0.00", reserves(ie));
  }

  @Test
  void without_a_term_but_with_steps_an_underspend_is_returned() {
    IncomeExpenditure ie = underspent(RiskShareRule.HOST, null,
        List.of(step(1, StepRule.RESERVE, null, null, null), step(2, StepRule.REST, "LA", null, null)));
    assertEquals("ICB -60000.00 = UNDERSPEND -60000.00; LA -40000.00 = UNDERSPEND -40000.00", parts(ie));
    assertEquals("20000.00 0.00 0.00 20000.00 0.00", reserves(ie), "the reserve is not drawn for an underspend");
  }

  private static IncomeExpenditure underspent(RiskShareRule rule, UnderspendTerm term, List<AgreementStep> steps) {
    return calculate(pool(rule, "2025-09", List.of(scheme("S1", "ICB", "1000000.00", "450000.00")),
        terms(null, term, null, null, null), steps, "20000.00"));
  }
}
