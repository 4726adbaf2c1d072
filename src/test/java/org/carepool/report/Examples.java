package org.carepool.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carepool.finance.IncomeExpenditure;
import org.carepool.finance.IncomeExpenditureCalculator;
import org.carepool.finance.Ledger;
import org.carepool.finance.Model;
import org.carepool.finance.PartnerContribution;
import org.carepool.finance.RiskShareRule;
import org.carepool.finance.SchemeLedger;

/** Reports to render in tests and the benchmark, with figures from the real finance calculator. */
final class Examples {

  static final ZonedDateTime PRODUCED = ZonedDateTime.parse("2025-10-07T09:15:00+01:00[Europe/London]");
  static final Map<String, String> NAMES = Map.of(
      "CCG", "NHS Westshire Integrated Care Board",
      "LA", "Westshire County Council",
      "TRUST", "Westshire Community Health NHS Trust");

  private Examples() {
  }

  /** SPEC §4's worked example: LB1, lead body CCG, as at 2025-09, risk share SHARES. */
  static IncomeExpenditureReport lb1() {
    Ledger ledger = new Ledger("LB1", Model.LEAD_BODY, "CCG", RiskShareRule.SHARES, YearMonth.parse("2025-09"),
        List.of(contribution("CCG", "600000.00"), contribution("LA", "400000.00")),
        Map.of(),
        List.of(scheme("S1", "Intermediate care", "INTERMEDIATE_CARE", "CCG", "700000.00", "380000.00"),
            scheme("S2", "Reablement", "REABLEMENT", "LA", "300000.00", "140000.00")));
    return report(ledger, "Westshire Better Care Fund", "NHS Act 2006 s75",
        List.of("Scheme S2 Reablement has no spend loaded for 2025-07.",
            "12 spend lines (£4,210.00) carry no locality.",
            "Last month loaded: CCG 2025-09, LA 2025-08."));
  }

  /** Two partners, each carrying its own schemes in its own accounts. */
  static IncomeExpenditureReport aligned() {
    Ledger ledger = new Ledger("AL1", Model.ALIGNED, null, RiskShareRule.OWN, YearMonth.parse("2025-12"),
        List.of(contribution("CCG", "250000.00"), contribution("LA", "310000.00")),
        Map.of(),
        List.of(scheme("A1", "Care homes", "CARE_HOME", "LA", "200000.00", "161250.00"),
            scheme("A2", "Home care", "HOME_CARE", "LA", "110000.00", "79000.00"),
            new SchemeLedger("A3", "Community nursing", "COMMUNITY_HEALTH", "CCG", new BigDecimal("150000.00"),
                new BigDecimal("118000.00"), Optional.of(new BigDecimal("149500.00"))),
            scheme("A4", "Community equipment", "EQUIPMENT", "CCG", "100000.00", "70500.00")));
    return report(ledger, "Westshire aligned older people's budget", "NHS Act 2006 s75 (aligned, no pool)", List.of());
  }

  static IncomeExpenditureReport report(Ledger ledger, String name, String legalBasis, List<String> notes) {
    IncomeExpenditure figures = new IncomeExpenditureCalculator().calculate(ledger);
    ReportContext context = new ReportContext(ledger.arrangement(), name, "Westshire Health and Wellbeing Board",
        ledger.model(), ledger.host() == null ? null : NAMES.get(ledger.host()), legalBasis, ledger.asAt(),
        PRODUCED, List.of(17L, 18L));
    return new IncomeExpenditureReport(context, figures, ledger.riskShare(), NAMES, notes);
  }

  private static PartnerContribution contribution(String organisation, String amount) {
    return new PartnerContribution(organisation, new BigDecimal(amount));
  }

  private static SchemeLedger scheme(String code, String name, String careType, String funder, String budget,
      String actual) {
    return new SchemeLedger(code, name, careType, funder, new BigDecimal(budget), new BigDecimal(actual),
        Optional.empty());
  }
}
