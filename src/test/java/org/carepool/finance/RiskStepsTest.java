package org.carepool.finance;

import static org.carepool.finance.Fixtures.assertPartsSumToWholes;
import static org.carepool.finance.Fixtures.calculate;
import static org.carepool.finance.Pools.overspent;
import static org.carepool.finance.Pools.parts;
import static org.carepool.finance.Pools.reserves;
import static org.carepool.finance.Pools.step;
import static org.carepool.finance.Pools.steps;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.carepool.finance.IncomeExpenditure.RiskShareBasis;
import org.junit.jupiter.api.Test;

/** Each agreement step (SPEC §4.3) on pool P1 ({@link Pools}): C = 1,000,000.00, ICB 60%, LA 40%, host LA. */
class RiskStepsTest {

  @Test
  void a_reserve_smaller_than_the_overspend_is_drawn_whole_and_the_rest_passes_on() {
    // F = 2 × 550,000 = 1,100,000: O_s = 100,000. Reserve 30,000 → R 70,000 → 42,000 / 28,000.
    IncomeExpenditure ie = calculate(overspent("550000.00",
        List.of(step(1, StepRule.RESERVE, null, null, null), step(2, StepRule.SHARES, null, null, null)), "30000.00"));
    assertEquals(RiskShareBasis.STEPS, ie.riskShareBasis());
    assertEquals("1 RESERVE 30000.00 → 70000.00, 2 SHARES 70000.00 → 0.00", steps(ie));
    assertEquals("ICB 42000.00 = STEP 2 SHARES 42000.00; LA 28000.00 = STEP 2 SHARES 28000.00", parts(ie));
    assertEquals("30000.00 30000.00 0.00 0.00 0.00", reserves(ie));
    assertPartsSumToWholes(ie);
  }

  @Test
  void a_reserve_larger_than_the_overspend_covers_it_and_keeps_the_rest() {
    IncomeExpenditure ie = calculate(overspent("550000.00",
        List.of(step(1, StepRule.RESERVE, null, null, null), step(2, StepRule.REST, "ICB", null, null)), "250000.00"));
    assertEquals("1 RESERVE 100000.00 → 0.00, 2 REST 0.00 → 0.00", steps(ie));
    assertEquals("ICB 0.00 =; LA 0.00 =", parts(ie));
    assertEquals("250000.00 100000.00 0.00 150000.00 0.00", reserves(ie));
    assertPartsSumToWholes(ie);
  }

  @Test
  void a_reserve_step_with_an_amount_draws_no_more_than_it_and_a_second_draws_what_is_left() {
    IncomeExpenditure ie = calculate(overspent("550000.00", List.of(step(1, StepRule.RESERVE, null, null, "40000.00"),
        step(2, StepRule.FIRST, "ICB", null, "5000.00"), step(3, StepRule.RESERVE, null, null, null),
        step(4, StepRule.REST, "HOST", null, null)), "50000.00"));
    assertEquals("1 RESERVE 40000.00 → 60000.00, 2 FIRST 5000.00 → 55000.00, 3 RESERVE 10000.00 → 45000.00, "
        + "4 REST 45000.00 → 0.00", steps(ie));
    assertEquals("ICB 5000.00 = STEP 2 FIRST 5000.00; LA 45000.00 = STEP 4 REST 45000.00", parts(ie));
    assertEquals("50000.00 50000.00 0.00 0.00 0.00", reserves(ie));
  }

  @Test
  void first_takes_its_tolerance_from_a_percentage_of_c_rounded_to_the_penny_and_host_is_the_host() {
    // C = 1,000,000.55: 1% is 10,000.0055, rounded to 10,000.01 before use. O_s = 1,100,000 − C = 99,999.45.
    Ledger p1 = overspent("550000.00", List.of(step(1, StepRule.FIRST, "HOST", "1", null),
        step(2, StepRule.REST, "ICB", null, null)), "0");
    Ledger odd = new Ledger(p1.arrangement(), p1.model(), p1.host(), p1.riskShare(), p1.asAt(),
        List.of(Fixtures.contribution("ICB", "600000.55"), Fixtures.contribution("LA", "400000.00")),
        p1.agreedSharePct(), p1.schemes(), p1.terms(), p1.steps(), p1.openingReserve());
    IncomeExpenditure ie = calculate(odd);
    assertEquals("10000.01", ie.steps().get(0).limit().toPlainString());
    assertEquals("LA", ie.steps().get(0).party());
    assertEquals("ICB 89999.44 = STEP 2 REST 89999.44; LA 10000.01 = STEP 1 FIRST 10000.01", parts(ie));
  }

  @Test
  void first_takes_no_more_than_what_remains() {
    IncomeExpenditure ie = calculate(overspent("550000.00", List.of(step(1, StepRule.FIRST, "LA", null, "250000.00"),
        step(2, StepRule.REST, "ICB", null, null)), "0"));
    assertEquals("1 FIRST 100000.00 → 0.00, 2 REST 0.00 → 0.00", steps(ie));
  }

  @Test
  void a_shares_cap_met_exactly_takes_the_whole_share_and_passes_nothing_on() {
    // O_s 50,000: shares 30,000 / 20,000, caps 5% of 600,000 and of 400,000 = 30,000 / 20,000.
    IncomeExpenditure ie = calculate(overspent("525000.00", List.of(step(1, StepRule.SHARES, null, "5", null),
        step(2, StepRule.REST, "HOST", null, null)), "0"));
    assertEquals("1 SHARES 50000.00 → 0.00, 2 REST 0.00 → 0.00", steps(ie));
    IncomeExpenditure.Borne icb = ie.steps().get(0).borne().get(0);
    assertEquals(List.of("30000.00", "30000.00", "30000.00"), List.of(icb.share().toPlainString(),
        icb.cap().toPlainString(), icb.amount().toPlainString()));
    assertEquals("ICB 30000.00 = STEP 1 SHARES 30000.00; LA 20000.00 = STEP 1 SHARES 20000.00", parts(ie));
  }

  @Test
  void what_exceeds_a_cap_passes_to_the_next_step_not_to_partners_under_theirs() {
    // O_s 100,000: shares 60,000 / 40,000; caps 6% → 36,000 (ICB) and 24,000 (LA). LA stays under
    // nothing; 40,000 passes on to the REST step rather than being re-shared.
    IncomeExpenditure ie = calculate(overspent("550000.00", List.of(step(1, StepRule.SHARES, null, "6", null),
        step(2, StepRule.REST, "ICB", null, null)), "0"));
    assertEquals("1 SHARES 60000.00 → 40000.00, 2 REST 40000.00 → 0.00", steps(ie));
    assertEquals("ICB 76000.00 = STEP 1 SHARES 36000.00 + STEP 2 REST 40000.00; LA 24000.00 = STEP 1 SHARES 24000.00",
        parts(ie));
  }

  @Test
  void what_the_steps_leave_is_unallocated_with_its_notice() {
    IncomeExpenditure ie = calculate(overspent("550000.00", List.of(step(1, StepRule.FIRST, "HOST", null, "10000.00"),
        step(2, StepRule.SHARES, null, "2", null)), "0"));
    assertEquals("1 FIRST 10000.00 → 90000.00, 2 SHARES 20000.00 → 70000.00", steps(ie));
    assertEquals("70000.00", ie.unallocated().toPlainString());
    assertEquals(List.of("£70,000.00 of the shareable overspend is unallocated: the agreement's steps do not cover it."),
        ie.noticeTexts(a -> String.format("£%,.2f", a)));
    assertPartsSumToWholes(ie);
  }

  @Test
  void steps_do_not_apply_to_an_underspend_which_is_returned_by_share_when_no_term_is_set() {
    // F = 900,000: O_s = −100,000 → −60,000 / −40,000, source UNDERSPEND
    IncomeExpenditure ie = calculate(overspent("450000.00", List.of(step(1, StepRule.REST, "ICB", null, null)), "0"));
    assertEquals(RiskShareBasis.UNDERSPEND, ie.riskShareBasis());
    assertEquals(List.of(), ie.steps());
    assertEquals("ICB -60000.00 = UNDERSPEND -60000.00; LA -40000.00 = UNDERSPEND -40000.00", parts(ie));
  }
}
