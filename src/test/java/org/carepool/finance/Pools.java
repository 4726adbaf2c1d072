package org.carepool.finance;

import static org.carepool.finance.Fixtures.contribution;
import static org.carepool.finance.Fixtures.pounds;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hand-worked pools for the rule and boundary tests: {@code P1}, a lead-body pool hosted by LA, with
 * ICB contributing 600,000.00 and LA 400,000.00 ({@code C} = 1,000,000.00, shares 60/40).
 */
final class Pools {

  private Pools() {
  }

  static final List<PartnerContribution> ICB_AND_LA = List.of(contribution("ICB", "600000.00"),
      contribution("LA", "400000.00"));

  /** P1 as at the month under the rule SHARES, with the year's terms, steps and opening reserve. */
  static Ledger pool(String asAt, List<SchemeLedger> schemes, YearTerms terms, List<AgreementStep> steps,
      String openingReserve) {
    return pool(RiskShareRule.SHARES, asAt, schemes, terms, steps, openingReserve);
  }

  static Ledger pool(RiskShareRule rule, String asAt, List<SchemeLedger> schemes, YearTerms terms,
      List<AgreementStep> steps, String openingReserve) {
    return new Ledger("P1", Model.LEAD_BODY, "LA", rule, YearMonth.parse(asAt), ICB_AND_LA, Map.of(), schemes,
        terms, steps, pounds(openingReserve));
  }

  /** P1 as at September 2025 (k = 6) with one ICB scheme of budget 1,000,000.00: its run rate is twice {@code actual}. */
  static Ledger overspent(String actual, List<AgreementStep> steps, String openingReserve) {
    return pool("2025-09", List.of(Fixtures.scheme("S1", "ICB", "1000000.00", actual)), YearTerms.DEFAULTS, steps,
        openingReserve);
  }

  static AgreementStep step(int number, StepRule rule, String party, String percent, String amount) {
    return new AgreementStep(number, rule, party, percent == null ? null : pounds(percent),
        amount == null ? null : pounds(amount));
  }

  static YearTerms terms(ForecastMethod method, UnderspendTerm underspend, String amber, String red, String notify) {
    return YearTerms.of(method, underspend, amber == null ? null : pounds(amber), red == null ? null : pounds(red),
        notify == null ? null : pounds(notify));
  }

  /** "ICB 330000.00 = STEP 3 SHARES 180000.00 + STEP 4 REST 150000.00; LA 0.00 =" */
  static String parts(IncomeExpenditure ie) {
    List<String> shares = new ArrayList<>();
    for (IncomeExpenditure.RiskShare share : ie.riskShare()) {
      List<String> parts = share.parts().stream().map(p -> p.source() + " " + p.amount()).toList();
      shares.add((share.organisation() + " " + share.amount() + " = " + String.join(" + ", parts)).strip());
    }
    return String.join("; ", shares);
  }

  /** "1 RESERVE 30000.00 → 70000.00, 2 SHARES 70000.00 → 0.00": each step's take and what remains after it. */
  static String steps(IncomeExpenditure ie) {
    return String.join(", ", ie.steps().stream()
        .map(s -> s.number() + " " + s.rule() + " " + s.taken() + " → " + s.remainingAfter()).toList());
  }

  /** "opening drawn added closing ringFenced" */
  static String reserves(IncomeExpenditure ie) {
    IncomeExpenditure.Reserves r = ie.reserves();
    return r.opening() + " " + r.drawn() + " " + r.underspendAdded() + " " + r.closing() + " "
        + r.ringFencedCarriedForward();
  }

  static BigDecimal money(String amount) {
    return pounds(amount);
  }
}
