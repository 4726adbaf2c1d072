package org.carepool.finance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything SPEC §4 needs to work out one arrangement's income and expenditure as at a month:
 * the arrangement's terms, the partners' contributions for the month's financial year, any
 * agreed shares, and each scheme's budget, actual to date and analyst forecast.
 *
 * @param host           the host organisation's code; {@code null} exactly when the model is ALIGNED
 * @param asAt           the report month {@code m}; the financial year is the one it falls in
 * @param contributions  {@code C_p} for the year; several rows for one partner are added up
 * @param agreedSharePct organisation code to agreed share in percent (summing to 100);
 *                       empty when none are loaded, and the shares are then {@code C_p / C}
 * @param terms          the year's terms, defaults filled in ({@link YearTerms#DEFAULTS} when none are loaded)
 * @param steps          the year's agreement steps in order; empty when none are loaded
 * @param openingReserve the pool's opening reserve for the year; 0 when none is loaded
 */
record Ledger(String arrangement, Model model, String host, RiskShareRule riskShare, YearMonth asAt,
    List<PartnerContribution> contributions, Map<String, BigDecimal> agreedSharePct,
    List<SchemeLedger> schemes, YearTerms terms, List<AgreementStep> steps, BigDecimal openingReserve) {

  /** A ledger of a year with no agreement terms, steps or reserve. */
  Ledger(String arrangement, Model model, String host, RiskShareRule riskShare, YearMonth asAt,
      List<PartnerContribution> contributions, Map<String, BigDecimal> agreedSharePct, List<SchemeLedger> schemes) {
    this(arrangement, model, host, riskShare, asAt, contributions, agreedSharePct, schemes, YearTerms.DEFAULTS,
        List.of(), BigDecimal.ZERO);
  }

  Ledger {
    Objects.requireNonNull(arrangement, "arrangement");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(riskShare, "riskShare");
    Objects.requireNonNull(asAt, "asAt");
    contributions = List.copyOf(contributions);
    agreedSharePct = Map.copyOf(agreedSharePct);
    schemes = List.copyOf(schemes);
    Objects.requireNonNull(terms, "terms");
    steps = steps.stream().sorted(Comparator.comparingInt(AgreementStep::number)).toList();
    Objects.requireNonNull(openingReserve, "openingReserve");
    if (model.hasHost() && host == null) {
      throw new IllegalArgumentException(model + " arrangement " + arrangement + " needs a host");
    }
    if (!model.hasHost() && host != null) {
      throw new IllegalArgumentException("ALIGNED arrangement " + arrangement + " has no host, not " + host);
    }
    if (model == Model.ALIGNED && riskShare != RiskShareRule.OWN) {
      throw new IllegalArgumentException("ALIGNED arrangement " + arrangement
          + " must have risk share OWN (each partner bears its own schemes), not " + riskShare);
    }
  }

  FinancialYear financialYear() {
    return FinancialYear.of(asAt);
  }
}
