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

  /** The month the hand-worked cases here are as at, unless they say otherwise. */
  static final YearMonth SEPTEMBER_2025 = YearMonth.parse("2025-09");

  static SchemeLedger scheme(String code, String funder, String budget, String actual) {
    return new SchemeLedger(code, "Scheme " + code, "OTHER", funder, RiskClass.VARIABLE, pounds(budget),
        pounds(actual), Optional.empty());
  }

  /** A scheme with an analyst forecast loaded for September 2025. */
  static SchemeLedger scheme(String code, String funder, String budget, String actual, String analystForecast) {
    return scheme(code, funder, budget, actual, analystForecast, SEPTEMBER_2025);
  }

  static SchemeLedger scheme(String code, String funder, String budget, String actual, String forecast,
      YearMonth forecastFor) {
    return new SchemeLedger(code, "Scheme " + code, "OTHER", funder, RiskClass.VARIABLE, pounds(budget),
        pounds(actual), Optional.of(new LoadedForecast(forecastFor, pounds(forecast))));
  }

  static SchemeLedger scheme(String code, String funder, RiskClass riskClass, String budget, String actual) {
    return new SchemeLedger(code, "Scheme " + code, "OTHER", funder, riskClass, pounds(budget), pounds(actual),
        Optional.empty());
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

  /**
   * The SPEC §4 invariants every result must keep, whatever the rule: parts sum exactly to wholes.
   * What partners carry, with the reserve drawn less the underspend added, the unallocated remainder
   * and the ring-fenced variances (−carried forward), is the whole overspend {@code F − C}.
   */
  static void assertPartsSumToWholes(IncomeExpenditure ie) {
    BigDecimal risk = ie.riskShare().stream().map(IncomeExpenditure.RiskShare::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    IncomeExpenditure.Reserves r = ie.reserves();
    assertEquals(ie.pool().overspend(), risk.add(r.drawn()).subtract(r.underspendAdded()).add(ie.unallocated())
        .subtract(r.ringFencedCarriedForward()), "risk shares account for F - C");
    for (IncomeExpenditure.RiskShare share : ie.riskShare()) {
      assertEquals(share.amount(), share.parts().stream().map(IncomeExpenditure.Part::amount)
          .reduce(Money.ZERO, BigDecimal::add), share.organisation() + "'s parts sum to its amount");
    }
    if (ie.model().hasCostSplit()) {
      BigDecimal cost = ie.costSplit().stream().map(IncomeExpenditure.CostShare::amount)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertEquals(ie.pool().actualToDate(), cost, "cost split sums to X");
    }
  }
}
