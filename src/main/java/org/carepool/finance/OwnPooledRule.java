package org.carepool.finance;

import java.math.BigDecimal;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import org.carepool.finance.IncomeExpenditure.Scheme;

/**
 * {@code OWN} in a pooled model: a partner bears {@code Σ V_j} over the VARIABLE schemes it funds,
 * plus its share of {@code ΣB − C}. The parts sum to {@code O_s}, because
 * <pre>
 *   O_s = F − C − ΣV(FIXED) − ΣV(RING_FENCED) = ΣV(VARIABLE) + (ΣB − C)
 * </pre>
 * When budgets exceed contributions the partners carry the planned gap by share; when
 * contributions exceed budgets the unbudgeted income relieves them. A funder that contributes
 * nothing still bears its own schemes' variances.
 */
record OwnPooledRule() implements ShareRule {

  @Override
  public void share(BigDecimal shareable, Agreement agreement, Allocation allocation) {
    BigDecimal budgets = agreement.schemes().stream().map(Scheme::budget).reduce(Money.ZERO, BigDecimal::add);
    SortedMap<String, BigDecimal> gap = agreement.shares().split(budgets.subtract(agreement.pool()));
    SortedSet<String> partners = new TreeSet<>(gap.keySet());
    agreement.schemes().stream().filter(s -> s.riskClass() == RiskClass.VARIABLE).map(Scheme::funder)
        .forEach(partners::add);
    for (String partner : partners) {
      allocation.bearOwn(partner, agreement.variance(RiskClass.VARIABLE, partner),
          gap.getOrDefault(partner, Money.ZERO));
    }
  }
}
