package org.carepool.finance;

import static org.carepool.finance.Fixtures.assertPartsSumToWholes;
import static org.carepool.finance.Fixtures.calculate;
import static org.carepool.finance.Fixtures.contribution;
import static org.carepool.finance.Fixtures.costSplit;
import static org.carepool.finance.Fixtures.income;
import static org.carepool.finance.Fixtures.ledger;
import static org.carepool.finance.Fixtures.pool;
import static org.carepool.finance.Fixtures.riskShare;
import static org.carepool.finance.Fixtures.scheme;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rounding remainders among three equal partners, and OWN when budgets and contributions differ. */
class RoundingAndOwnTest {

  private static final List<PartnerContribution> THREE_EQUAL = List.of(contribution("NHST", "100000.00"),
      contribution("CCG", "100000.00"), contribution("LA", "100000.00"));

  @Test
  void three_equal_partners_share_a_100_pound_overspend_33_34_33_33_33_33() {
    // s_p = 1/3 each. 100.00 / 3 → 33.33 × 3 = 99.99; the penny left goes to the largest share,
    // a three-way tie broken to the lowest code, CCG. X = 150,000.01 / 3 = 50,000.00333… →
    // 50,000.00 × 3; the penny again to CCG. Income to date k = 6: 50,000.00 each.
    IncomeExpenditure ie = calculate(ledger("T3", Model.LEAD_BODY, "LA", RiskShareRule.SHARES, "2025-09",
        THREE_EQUAL, List.of(scheme("S1", "LA", "300000.00", "150000.01", "300100.00"))));
    assertEquals("300000.00 300000.00 150000.01 300100.00 100.00", pool(ie));
    assertEquals("CCG 33.34, LA 33.33, NHST 33.33", riskShare(ie));
    assertEquals("CCG 50000.01 - 50000.00 = 0.01, LA 50000.00 - 50000.00 = 0.00, "
        + "NHST 50000.00 - 50000.00 = 0.00", costSplit(ie));
    assertPartsSumToWholes(ie);
  }

  @Test
  void own_with_budgets_above_contributions_shares_the_planned_gap_by_share() {
    // ΣB = 1,030,000, C = 1,000,000: partners carry ΣB − C = 30,000 by 60/40 = 18,000 / 12,000.
    // V1 = 760,000 − 720,000 = 40,000; V2 = 280,000 − 310,000 = −30,000. F − C = 40,000.
    IncomeExpenditure ie = calculate(ledger("LB1", Model.LEAD_BODY, "CCG", RiskShareRule.OWN, "2025-09",
        List.of(contribution("CCG", "600000.00"), contribution("LA", "400000.00")),
        List.of(scheme("S1", "CCG", "720000.00", "380000.00"), scheme("S2", "LA", "310000.00", "140000.00"))));
    assertEquals("1000000.00 1030000.00 520000.00 1040000.00 40000.00", pool(ie));
    assertEquals("CCG 58000.00, LA -18000.00", riskShare(ie));
    assertPartsSumToWholes(ie);
  }

  @Test
  void own_with_contributions_above_budgets_relieves_partners_and_the_remainder_still_lands() {
    // ΣB − C = 299,900 − 300,000 = −100.00 → −33.33 × 3 = −99.99, the −0.01 to CCG.
    // LA funds S1, V = 300,000 − 299,900 = 100.00, so LA bears 100.00 − 33.33 = 66.67. F − C = 0.
    IncomeExpenditure ie = calculate(ledger("JV3", Model.JOINT_VENTURE, "NHST", RiskShareRule.OWN, "2025-09",
        THREE_EQUAL, List.of(scheme("S1", "LA", "299900.00", "150000.00", "300000.00"))));
    assertEquals("300000.00 299900.00 150000.00 300000.00 0.00", pool(ie));
    assertEquals("CCG -33.34, LA 66.67, NHST -33.33", riskShare(ie));
    assertPartsSumToWholes(ie);
  }

  @Test
  void aligned_own_leaves_each_partner_its_own_budget_even_a_funder_that_contributes_nothing() {
    // Revised SPEC §4.3, OWN under ALIGNED: each partner bears ΣF_j of its schemes − C_p, nothing
    // moves between partners. CCG 61,000 − 100,000 = −39,000; LA 39,500 − 0 = 39,500. F − C = 500.00.
    IncomeExpenditure ie = calculate(ledger("AL2", Model.ALIGNED, null, RiskShareRule.OWN, "2025-09",
        List.of(contribution("CCG", "100000.00")),
        List.of(scheme("S1", "CCG", "60000.00", "30000.00", "61000.00"),
            scheme("S2", "LA", "40000.00", "20000.00", "39500.00"))));
    assertEquals("CCG 100000.00/50000.00", income(ie));
    assertEquals("CCG -39000.00, LA 39500.00", riskShare(ie));
    assertPartsSumToWholes(ie);
  }

  @Test
  void several_contribution_rows_for_one_partner_are_added_up() {
    IncomeExpenditure ie = calculate(ledger("LB1", Model.LEAD_BODY, "CCG", RiskShareRule.SHARES, "2025-09",
        List.of(contribution("CCG", "500000.00"), contribution("LA", "400000.00"),
            contribution("CCG", "100000.00")),
        List.of(scheme("S1", "CCG", "1000000.00", "520000.00"))));
    assertEquals("CCG 600000.00/300000.00, LA 400000.00/200000.00", income(ie));
    assertEquals("CCG 24000.00, LA 16000.00", riskShare(ie));
  }
}
