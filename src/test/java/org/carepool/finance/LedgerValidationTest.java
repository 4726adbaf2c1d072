package org.carepool.finance;

import static org.carepool.finance.Fixtures.calculate;
import static org.carepool.finance.Fixtures.contribution;
import static org.carepool.finance.Fixtures.lb1;
import static org.carepool.finance.Fixtures.ledger;
import static org.carepool.finance.Fixtures.pounds;
import static org.carepool.finance.Fixtures.scheme;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LedgerValidationTest {

  private static final List<SchemeLedger> ONE_SCHEME = List.of(scheme("S1", "CCG", "1000.00", "500.00"));

  @Test
  void an_arrangement_without_contributions_has_no_figures() {
    FinanceException e = assertThrows(FinanceException.class, () -> calculate(ledger("LB1", Model.LEAD_BODY,
        "CCG", RiskShareRule.SHARES, "2025-09", List.of(), ONE_SCHEME)));
    assertEquals("arrangement LB1 has no contributions for 2025-26, so there is no pool income to report against",
        e.getMessage());
  }

  @Test
  void contributions_of_zero_count_as_none() {
    assertThrows(FinanceException.class, () -> calculate(ledger("LB1", Model.LEAD_BODY, "CCG",
        RiskShareRule.SHARES, "2025-09", List.of(contribution("CCG", "0.00")), ONE_SCHEME)));
  }

  @Test
  void a_negative_contribution_is_refused() {
    assertThrows(FinanceException.class, () -> calculate(ledger("LB1", Model.LEAD_BODY, "CCG",
        RiskShareRule.SHARES, "2025-09",
        List.of(contribution("CCG", "1000.00"), contribution("LA", "-1.00")), ONE_SCHEME)));
  }

  @Test
  void an_aligned_arrangement_must_share_risk_own() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ledger("AL1", Model.ALIGNED,
        null, RiskShareRule.SHARES, "2025-09", List.of(contribution("CCG", "1000.00")), ONE_SCHEME));
    assertEquals("ALIGNED arrangement AL1 must have risk share OWN (each partner bears its own schemes), not SHARES",
        e.getMessage());
  }

  @Test
  void an_aligned_arrangement_has_no_host_and_every_other_model_has_one() {
    assertThrows(IllegalArgumentException.class, () -> ledger("AL1", Model.ALIGNED, "CCG", RiskShareRule.OWN,
        "2025-09", List.of(contribution("CCG", "1000.00")), ONE_SCHEME));
    assertThrows(IllegalArgumentException.class, () -> ledger("LB1", Model.LEAD_BODY, null, RiskShareRule.HOST,
        "2025-09", List.of(contribution("CCG", "1000.00")), ONE_SCHEME));
  }

  @Test
  void agreed_shares_that_do_not_sum_to_100_are_refused() {
    Ledger lb1 = lb1(RiskShareRule.SHARES);
    Ledger bad = new Ledger(lb1.arrangement(), lb1.model(), lb1.host(), lb1.riskShare(), lb1.asAt(),
        lb1.contributions(), Map.of("CCG", pounds("60"), "LA", pounds("30")), lb1.schemes());
    FinanceException e = assertThrows(FinanceException.class, () -> calculate(bad));
    assertEquals("agreed shares sum to 90%, not 100%", e.getMessage());
  }

  @Test
  void an_amount_finer_than_a_penny_is_refused_not_rounded() {
    FinanceException e = assertThrows(FinanceException.class, () -> calculate(ledger("LB1", Model.LEAD_BODY,
        "CCG", RiskShareRule.SHARES, "2025-09", List.of(contribution("CCG", "1000.00")),
        List.of(scheme("S1", "CCG", "1000.00", "500.005")))));
    assertEquals("actual to date of scheme S1 500.005 has more than two decimal places", e.getMessage());
  }

  @Test
  void amounts_given_without_pence_come_out_with_two_decimals() {
    IncomeExpenditure ie = calculate(ledger("LB1", Model.LEAD_BODY, "CCG", RiskShareRule.SHARES, "2025-09",
        List.of(contribution("CCG", "1000")), List.of(scheme("S1", "CCG", "1000", "500"))));
    assertEquals("1000.00", ie.income().get(0).contribution().toPlainString());
    assertEquals("1000.00", ie.pool().forecast().toPlainString());
    assertEquals("0.00", ie.pool().overspend().toPlainString());
  }
}
