package org.carepool.finance;

import static org.carepool.finance.Fixtures.assertPartsSumToWholes;
import static org.carepool.finance.Fixtures.calculate;
import static org.carepool.finance.Fixtures.contribution;
import static org.carepool.finance.Fixtures.costSplit;
import static org.carepool.finance.Fixtures.income;
import static org.carepool.finance.Fixtures.lb1;
import static org.carepool.finance.Fixtures.ledger;
import static org.carepool.finance.Fixtures.pool;
import static org.carepool.finance.Fixtures.pounds;
import static org.carepool.finance.Fixtures.riskShare;
import static org.carepool.finance.Fixtures.scheme;
import static org.carepool.finance.Fixtures.schemes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SPEC §4's worked example, LB1, and variations on it, worked by hand to the penny. */
class WorkedExampleTest {

  @Test
  void the_period_is_month_6_of_2025_26() {
    IncomeExpenditure ie = calculate(lb1(RiskShareRule.SHARES));
    assertEquals("LB1", ie.arrangement());
    assertEquals(Model.LEAD_BODY, ie.model());
    assertEquals("CCG", ie.host());
    assertEquals("2025-26", ie.financialYear());
    assertEquals(YearMonth.parse("2025-09"), ie.month());
    assertEquals(6, ie.monthOrdinal());
    assertEquals("Month 6 (September 2025)", ie.monthLabel());
  }

  @Test
  void income_budgets_forecasts_and_pool_match_the_worked_example() {
    IncomeExpenditure ie = calculate(lb1(RiskShareRule.SHARES));
    assertEquals("CCG 600000.00/300000.00, LA 400000.00/200000.00", income(ie));
    assertEquals("S1 700000.00/350000.00 380000.00 760000.00R 60000.00, "
        + "S2 300000.00/150000.00 140000.00 280000.00R -20000.00", schemes(ie));
    assertEquals("1000000.00 1000000.00 520000.00 1040000.00 40000.00", pool(ie));
  }

  @Test
  void shares_rule_splits_the_overspend_60_40() {
    IncomeExpenditure ie = calculate(lb1(RiskShareRule.SHARES));
    assertEquals("CCG 24000.00, LA 16000.00", riskShare(ie));
    assertPartsSumToWholes(ie);
  }

  @Test
  void host_rule_puts_the_whole_overspend_on_the_lead_body() {
    IncomeExpenditure ie = calculate(lb1(RiskShareRule.HOST));
    assertEquals("CCG 40000.00, LA 0.00", riskShare(ie));
    assertPartsSumToWholes(ie);
  }

  @Test
  void own_rule_leaves_each_partner_with_its_schemes_variance() {
    IncomeExpenditure ie = calculate(lb1(RiskShareRule.OWN));
    assertEquals("CCG 60000.00, LA -20000.00", riskShare(ie));
    assertPartsSumToWholes(ie);
  }

  @Test
  void cost_split_recharges_actual_spend_and_the_la_owes_the_host_8000() {
    IncomeExpenditure ie = calculate(lb1(RiskShareRule.SHARES));
    assertEquals("CCG 312000.00 - 300000.00 = 12000.00, LA 208000.00 - 200000.00 = 8000.00", costSplit(ie));
    assertPartsSumToWholes(ie);
  }

  @Test
  void agreed_shares_govern_the_risk_share_but_the_cost_split_follows_contributions() {
    Ledger lb1 = lb1(RiskShareRule.SHARES);
    Ledger agreed = new Ledger(lb1.arrangement(), lb1.model(), lb1.host(), lb1.riskShare(), lb1.asAt(),
        lb1.contributions(), Map.of("CCG", pounds("50"), "LA", pounds("50")), lb1.schemes());
    IncomeExpenditure ie = calculate(agreed);
    assertEquals("CCG 20000.00, LA 20000.00", riskShare(ie));
    // Revised SPEC §4.5: the recharge follows the contribution ratio 60/40, not the agreed 50/50.
    assertEquals("CCG 312000.00 - 300000.00 = 12000.00, LA 208000.00 - 200000.00 = 8000.00", costSplit(ie));
    assertEquals("CCG 600000.00/300000.00, LA 400000.00/200000.00", income(ie), "income is still by contribution");
  }

  @Test
  void an_analyst_forecast_overrides_the_run_rate_of_its_scheme_only() {
    IncomeExpenditure ie = calculate(ledger("LB1", Model.LEAD_BODY, "CCG", RiskShareRule.SHARES, "2025-09",
        List.of(contribution("CCG", "600000.00"), contribution("LA", "400000.00")),
        List.of(scheme("S1", "CCG", "700000.00", "380000.00", "745000.00"),
            scheme("S2", "LA", "300000.00", "140000.00"))));
    assertEquals("S1 700000.00/350000.00 380000.00 745000.00A 45000.00, "
        + "S2 300000.00/150000.00 140000.00 280000.00R -20000.00", schemes(ie));
    assertEquals("1000000.00 1000000.00 520000.00 1025000.00 25000.00", pool(ie));
    assertEquals("CCG 15000.00, LA 10000.00", riskShare(ie));
  }

  @Test
  void month_1_april_annualises_one_month_and_rounds_each_figure_to_the_penny() {
    // k = 1: LA income to date 400,000/12 = 33,333.333… → 33,333.33; S1 budget to date
    // 700,000/12 = 58,333.33; S1 run rate 61,234.56 × 12 = 734,814.72; S2 20,000 × 12 = 240,000.
    // F = 974,814.72, overspend −25,185.28: × 0.6 = −15,111.168 → −15,111.17; × 0.4 = −10,074.112
    // → −10,074.11. X = 81,234.56: × 0.6 = 48,740.736 → 48,740.74; × 0.4 = 32,493.824 → 32,493.82.
    IncomeExpenditure ie = calculate(ledger("LB1", Model.LEAD_BODY, "CCG", RiskShareRule.SHARES, "2025-04",
        List.of(contribution("CCG", "600000.00"), contribution("LA", "400000.00")),
        List.of(scheme("S1", "CCG", "700000.00", "61234.56"), scheme("S2", "LA", "300000.00", "20000.00"))));
    assertEquals(1, ie.monthOrdinal());
    assertEquals("2025-26", ie.financialYear());
    assertEquals("CCG 600000.00/50000.00, LA 400000.00/33333.33", income(ie));
    assertEquals("S1 700000.00/58333.33 61234.56 734814.72R 34814.72, "
        + "S2 300000.00/25000.00 20000.00 240000.00R -60000.00", schemes(ie));
    assertEquals("1000000.00 1000000.00 81234.56 974814.72 -25185.28", pool(ie));
    assertEquals("CCG -15111.17, LA -10074.11", riskShare(ie));
    assertEquals("CCG 48740.74 - 50000.00 = -1259.26, LA 32493.82 - 33333.33 = -839.51", costSplit(ie));
    assertPartsSumToWholes(ie);
  }

  @Test
  void month_12_march_is_the_outturn_of_the_year_that_began_the_april_before() {
    // k = 12: run rate = actual, budget and income to date = the annual figures.
    // Overspend 12,345.66: × 0.6 = 7,407.396 → 7,407.40; × 0.4 = 4,938.264 → 4,938.26.
    IncomeExpenditure ie = calculate(ledger("LB1", Model.LEAD_BODY, "CCG", RiskShareRule.SHARES, "2026-03",
        List.of(contribution("CCG", "600000.00"), contribution("LA", "400000.00")),
        List.of(scheme("S1", "CCG", "700000.00", "712345.67"), scheme("S2", "LA", "300000.00", "299999.99"))));
    assertEquals(12, ie.monthOrdinal());
    assertEquals("2025-26", ie.financialYear());
    assertEquals("CCG 600000.00/600000.00, LA 400000.00/400000.00", income(ie));
    assertEquals("S1 700000.00/700000.00 712345.67 712345.67R 12345.67, "
        + "S2 300000.00/300000.00 299999.99 299999.99R -0.01", schemes(ie));
    assertEquals("1000000.00 1000000.00 1012345.66 1012345.66 12345.66", pool(ie));
    assertEquals("CCG 7407.40, LA 4938.26", riskShare(ie));
    assertPartsSumToWholes(ie);
  }

  @Test
  void the_month_after_march_starts_a_new_year_at_month_1() {
    IncomeExpenditure ie = calculate(ledger("LB1", Model.LEAD_BODY, "CCG", RiskShareRule.SHARES, "2026-04",
        List.of(contribution("CCG", "600000.00"), contribution("LA", "400000.00")),
        List.of(scheme("S1", "CCG", "700000.00", "60000.00"))));
    assertEquals("2026-27", ie.financialYear());
    assertEquals(1, ie.monthOrdinal());
    assertEquals("Month 1 (April 2026)", ie.monthLabel());
  }
}
