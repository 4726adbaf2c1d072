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
import static org.carepool.finance.Fixtures.schemes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One hand-worked arrangement per model, beyond the lead-body worked example. */
class ModelCasesTest {

  @Test
  void aligned_budgets_leave_each_partner_its_own_schemes_and_no_cost_split() {
    // k = 9. S1: 190,000 × 12 / 9 = 253,333.333… → 253,333.33, V = 3,333.33.
    //        S2: 110,250 × 12 / 9 = 147,000.00, V = −3,000.00. F − C = 333.33; ΣB = C.
    IncomeExpenditure ie = calculate(ledger("AL1", Model.ALIGNED, null, RiskShareRule.OWN, "2025-12",
        List.of(contribution("CCG", "250000.00"), contribution("LA", "150000.00")),
        List.of(scheme("S1", "CCG", "250000.00", "190000.00"), scheme("S2", "LA", "150000.00", "110250.00"))));
    assertNull(ie.host());
    assertEquals(9, ie.monthOrdinal());
    assertEquals("CCG 250000.00/187500.00, LA 150000.00/112500.00", income(ie));
    assertEquals("S1 250000.00/187500.00 190000.00 253333.33R 3333.33, "
        + "S2 150000.00/112500.00 110250.00 147000.00R -3000.00", schemes(ie));
    assertEquals("400000.00 400000.00 300250.00 400333.33 333.33", pool(ie));
    assertEquals("CCG 3333.33, LA -3000.00", riskShare(ie));
    assertTrue(ie.costSplit().isEmpty());
    assertPartsSumToWholes(ie);
  }

  @Test
  void joint_commissioning_with_a_provider_host_lists_the_host_for_risk_but_not_for_cost() {
    // k = 4. S1: 105,000 × 3 = 315,000, V = 15,000; S2: 148,000 × 3 = 444,000, V = −6,000.
    // F − C = 759,000 − 750,000 = 9,000 split 60/40. X = 253,000 split 60/40 = 151,800 / 101,200.
    IncomeExpenditure ie = calculate(jc1(RiskShareRule.SHARES));
    assertEquals(4, ie.monthOrdinal());
    assertEquals("CCG 450000.00/150000.00, LA 300000.00/100000.00", income(ie));
    assertEquals("750000.00 750000.00 253000.00 759000.00 9000.00", pool(ie));
    assertEquals("CCG 5400.00, LA 3600.00, PROV 0.00", riskShare(ie));
    assertEquals("CCG 151800.00 - 150000.00 = 1800.00, LA 101200.00 - 100000.00 = 1200.00", costSplit(ie));
    assertPartsSumToWholes(ie);
  }

  @Test
  void joint_commissioning_host_rule_gives_the_provider_the_whole_overspend() {
    IncomeExpenditure ie = calculate(jc1(RiskShareRule.HOST));
    assertEquals("CCG 0.00, LA 0.00, PROV 9000.00", riskShare(ie));
    assertPartsSumToWholes(ie);
  }

  private static Ledger jc1(RiskShareRule rule) {
    return ledger("JC1", Model.JOINT_COMMISSIONING, "PROV", rule, "2025-07",
        List.of(contribution("LA", "300000.00"), contribution("CCG", "450000.00")),
        List.of(scheme("S2", "CCG", "450000.00", "148000.00"), scheme("S1", "LA", "300000.00", "105000.00")));
  }

  @Test
  void joint_venture_host_bears_the_overspend_and_has_no_cost_split() {
    // k = 10. S1: 512,345.67 × 12 / 10 = 614,814.804 → 614,814.80, V = 14,814.80.
    //         S2: 321,000.01 × 12 / 10 = 385,200.012 → 385,200.01, V = −14,799.99.
    // S2 budget to date 400,000 × 10 / 12 = 333,333.33; income to date 416,666.666… → 416,666.67.
    IncomeExpenditure ie = calculate(jv1(RiskShareRule.HOST));
    assertEquals("2025-26", ie.financialYear());
    assertEquals(10, ie.monthOrdinal());
    assertEquals("CCG 500000.00/416666.67, LA 500000.00/416666.67", income(ie));
    assertEquals("S1 600000.00/500000.00 512345.67 614814.80R 14814.80, "
        + "S2 400000.00/333333.33 321000.01 385200.01R -14799.99", schemes(ie));
    assertEquals("1000000.00 1000000.00 833345.68 1000014.81 14.81", pool(ie));
    assertEquals("CCG 0.00, JVCO 14.81, LA 0.00", riskShare(ie));
    assertTrue(ie.costSplit().isEmpty());
  }

  @Test
  void joint_venture_shares_rule_gives_the_half_penny_back_from_the_tied_lowest_code() {
    // 14.81 / 2 = 7.405 → 7.41 each = 14.82; the −0.01 goes to the largest share, a CCG/LA tie → CCG.
    IncomeExpenditure ie = calculate(jv1(RiskShareRule.SHARES));
    assertEquals("CCG 7.40, JVCO 0.00, LA 7.41", riskShare(ie));
    assertPartsSumToWholes(ie);
  }

  @Test
  void joint_venture_own_rule_includes_the_non_contributing_host_at_zero() {
    IncomeExpenditure ie = calculate(jv1(RiskShareRule.OWN));
    assertEquals("CCG -14799.99, JVCO 0.00, LA 14814.80", riskShare(ie));
    assertPartsSumToWholes(ie);
  }

  private static Ledger jv1(RiskShareRule rule) {
    return ledger("JV1", Model.JOINT_VENTURE, "JVCO", rule, "2026-01",
        List.of(contribution("CCG", "500000.00"), contribution("LA", "500000.00")),
        List.of(scheme("S1", "LA", "600000.00", "512345.67"), scheme("S2", "CCG", "400000.00", "321000.01")));
  }

  @Test
  void every_model_has_its_governance_line_and_only_lead_body_and_contractor_split_cost() {
    assertEquals("Income and expenditure: in each partner's own accounts. Performance: each partner reports, "
        + "collated into one report. Assets and liabilities: each partner holds its own.",
        Model.ALIGNED.governanceLine());
    assertEquals("Income and expenditure: the joint venture's own accounts. Performance: the joint venture, "
        + "for the venture as a whole. Assets and liabilities: the joint venture.",
        Model.JOINT_VENTURE.governanceLine());
    assertEquals("the lead body", Model.LEAD_BODY.hostMeans());
    assertTrue(Model.LEAD_BODY.hasCostSplit() && Model.JOINT_COMMISSIONING.hasCostSplit());
    assertTrue(!Model.ALIGNED.hasCostSplit() && !Model.JOINT_VENTURE.hasCostSplit());
  }
}
