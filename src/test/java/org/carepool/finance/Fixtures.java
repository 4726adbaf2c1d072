package org.carepool.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Terse builders and renderings for hand-worked finance cases. */
final class Fixtures {

  private Fixtures() {
  }

  static BigDecimal pounds(String amount) {
    return new BigDecimal(amount);
  }

  static PartnerContribution contribution(String organisation, String amount) {
    return new PartnerContribution(organisation, pounds(amount));
  }

  static SchemeLedger scheme(String code, String funder, String budget, String actual) {
    return new SchemeLedger(code, "Scheme " + code, "OTHER", funder, pounds(budget), pounds(actual), Optional.empty());
  }

  static SchemeLedger scheme(String code, String funder, String budget, String actual, String analystForecast) {
    return new SchemeLedger(code, "Scheme " + code, "OTHER", funder, pounds(budget), pounds(actual),
        Optional.of(pounds(analystForecast)));
  }

  static Ledger ledger(String code, Model model, String host, RiskShareRule rule, String month,
             List<PartnerContribution> contributions, List<SchemeLedger> schemes) {
    return new Ledger(code, model, host, rule, YearMonth.parse(month), contributions, Map.of(), schemes);
  }

  /** SPEC §4's worked example: LB1, lead body CCG, as at 2025-09. */
  static Ledger lb1(RiskShareRule rule) {
    return ledger("LB1", Model.LEAD_BODY, "CCG", rule, "2025-09",
        List.of(contribution("CCG", "600000.00"), contribution("LA", "400000.00")),
        List.of(scheme("S1", "CCG", "700000.00", "380000.00"), scheme("S2", "LA", "300000.00", "140000.00")));
  }

  static IncomeExpenditure calculate(Ledger ledger) {
    return new IncomeExpenditureCalculator().calculate(ledger);
  }

  /** "CCG 24000.00, LA 16000.00" */
  static String riskShare(IncomeExpenditure ie) {
    return ie.riskShare().stream().map(r -> r.organisation() + " " + r.amount()).collect(Collectors.joining(", "));
  }

  /** "CCG 312000.00 - 300000.00 = 12000.00, …" */
  static String costSplit(IncomeExpenditure ie) {
    return ie.costSplit().stream()
        .map(c -> c.organisation() + " " + c.amount() + " - " + c.incomeToDate() + " = " + c.owedToHost())
        .collect(Collectors.joining(", "));
  }

  /** "S1 budget/toDate actual forecast(R|A) variance", R for run rate, A for analyst */
  static String schemes(IncomeExpenditure ie) {
    return ie.schemes().stream()
        .map(s -> s.code() + " " + s.budget() + "/" + s.budgetToDate() + " " + s.actualToDate() + " "
            + s.forecast() + ((s.basis() == ForecastBasis.ANALYST) ? "A" : "R") + " " + s.variance())
        .collect(Collectors.joining(", "));
  }

  /** "CCG 600000.00/300000.00, …" */
  static String income(IncomeExpenditure ie) {
    return ie.income().stream().map(i -> i.organisation() + " " + i.contribution() + "/" + i.toDate())
        .collect(Collectors.joining(", "));
  }

  /** "contributions budget actual forecast overspend" */
  static String pool(IncomeExpenditure ie) {
    IncomeExpenditure.Pool p = ie.pool();
    return p.contributions() + " " + p.budget() + " " + p.actualToDate() + " " + p.forecast() + " " + p.overspend();
  }

  /** The SPEC §4 invariants every result must keep, whatever the rule: parts sum exactly to wholes. */
  static void assertPartsSumToWholes(IncomeExpenditure ie) {
    BigDecimal risk = ie.riskShare().stream().map(IncomeExpenditure.RiskShare::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(ie.pool().overspend(), risk, "risk shares sum to F - C");
    if (ie.model().hasCostSplit()) {
      BigDecimal cost = ie.costSplit().stream().map(IncomeExpenditure.CostShare::amount)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertEquals(ie.pool().actualToDate(), cost, "cost split sums to X");
    }
  }
}
