package org.carepool.finance;

import static org.carepool.finance.Fixtures.assertPartsSumToWholes;
import static org.carepool.finance.Fixtures.calculate;
import static org.carepool.finance.Fixtures.contribution;
import static org.carepool.finance.Fixtures.scheme;
import static org.carepool.finance.Pools.parts;
import static org.carepool.finance.Pools.pool;
import static org.carepool.finance.Pools.reserves;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scheme risk classes (SPEC §4.2): what is shared, what falls to the host or funder, what is ring-fenced. */
class RiskClassesTest {

  // As at September 2025 (k = 6): forecasts are twice the actuals.
  private static final List<SchemeLedger> THREE_CLASSES = List.of(
      scheme("S1", "ICB", RiskClass.VARIABLE, "600000.00", "320000.00"), // F 640,000, V +40,000
      scheme("S2", "ICB", RiskClass.FIXED, "200000.00", "110000.00"), // F 220,000, V +20,000
      scheme("S3", "LA", RiskClass.RING_FENCED, "200000.00", "70000.00")); // F 140,000, V −60,000

  @Test
  void a_pooled_fixed_variance_falls_to_the_host_and_a_ring_fenced_one_is_carried_forward() {
    // O = 1,000,000 − 1,000,000 = 0; O_s = 0 − 20,000 + 60,000 = 40,000 → 24,000 / 16,000
    IncomeExpenditure ie = calculate(pool("2025-09", THREE_CLASSES, YearTerms.DEFAULTS, List.of(), "0"));
    assertEquals("0.00", ie.pool().overspend().toPlainString());
    assertEquals("40000.00", ie.pool().shareable().toPlainString());
    assertEquals("ICB 24000.00 = RULE 24000.00; LA 36000.00 = RULE 16000.00 + FIXED 20000.00", parts(ie));
    assertEquals("0.00 0.00 0.00 0.00 60000.00", reserves(ie));
    assertPartsSumToWholes(ie);
  }

  @Test
  void own_in_a_pool_shares_only_the_variable_schemes_of_each_funder() {
    IncomeExpenditure ie = calculate(pool(RiskShareRule.OWN, "2025-09", THREE_CLASSES, YearTerms.DEFAULTS, List.of(),
        "0"));
    // ΣB − C = 0: ICB bears S1's 40,000; LA, host, bears S2's fixed 20,000
    assertEquals("ICB 40000.00 = RULE 40000.00; LA 20000.00 = FIXED 20000.00", parts(ie));
    assertPartsSumToWholes(ie);
  }

  @Test
  void under_aligned_a_fixed_variance_falls_to_its_funder() {
    // CCG: F(S1) 640,000 + B(S2) 200,000 − 800,000 = 40,000 and S2's fixed 20,000;
    // LA: B(S3) 200,000 − 200,000 = 0, its ring-fenced underspend carried forward
    Ledger aligned = new Ledger("AL1", Model.ALIGNED, null, RiskShareRule.OWN, YearMonth.parse("2025-09"),
        List.of(contribution("CCG", "800000.00"), contribution("LA", "200000.00")), Map.of(), List.of(
            scheme("S1", "CCG", RiskClass.VARIABLE, "600000.00", "320000.00"),
            scheme("S2", "CCG", RiskClass.FIXED, "200000.00", "110000.00"),
            scheme("S3", "LA", RiskClass.RING_FENCED, "200000.00", "70000.00")));
    IncomeExpenditure ie = calculate(aligned);
    assertEquals("CCG 60000.00 = RULE 40000.00 + FIXED 20000.00; LA 0.00 =", parts(ie));
    assertEquals("60000.00", ie.reserves().ringFencedCarriedForward().toPlainString());
    assertPartsSumToWholes(ie);
  }
}
