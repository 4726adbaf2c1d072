package org.carepool.finance;

import java.math.BigDecimal;
import java.time.YearMonth;
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
 */
record Ledger(String arrangement, Model model, String host, RiskShareRule riskShare, YearMonth asAt,
    List<PartnerContribution> contributions, Map<String, BigDecimal> agreedSharePct,
    List<SchemeLedger> schemes) {

  Ledger {
    Objects.requireNonNull(arrangement, "arrangement");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(riskShare, "riskShare");
    Objects.requireNonNull(asAt, "asAt");
    contributions = List.copyOf(contributions);
    agreedSharePct = Map.copyOf(agreedSharePct);
    schemes = List.copyOf(schemes);
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
