package org.carepool.finance;

import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;
import org.carepool.finance.IncomeExpenditure.Scheme;

/**
 * What the risk-share rules read: who the partners are, their shares and contributions, the schemes
 * with their variances, and the reserve the pool opened the year with.
 *
 * @param host          {@code null} for ALIGNED
 * @param contributions {@code C_p} per partner
 * @param pool          {@code C = Σ C_p}
 */
record Agreement(Model model, String host, Apportionment shares, SortedMap<String, BigDecimal> contributions,
    BigDecimal pool, List<Scheme> schemes, BigDecimal openingReserve) {

  /** A step's party: an organisation code, or {@code HOST} for whichever organisation hosts. */
  String party(String code) {
    return AgreementStep.HOST.equals(code) ? host : code;
  }

  BigDecimal contribution(String organisation) {
    return contributions.getOrDefault(organisation, Money.ZERO);
  }

  /** {@code Σ V_j} over the schemes of a class (and, when {@code funder} is not null, of that funder). */
  BigDecimal variance(RiskClass riskClass, String funder) {
    return schemes.stream()
        .filter(s -> s.riskClass() == riskClass && (funder == null || s.funder().equals(funder)))
        .map(Scheme::variance).reduce(Money.ZERO, BigDecimal::add);
  }
}
