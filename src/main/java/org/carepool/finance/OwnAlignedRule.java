package org.carepool.finance;

import java.math.BigDecimal;
import java.util.SortedSet;
import java.util.TreeSet;
import org.carepool.finance.IncomeExpenditure.Scheme;

/**
 * {@code OWN} under ALIGNED: there is no pool, so each partner's position is its own budget's,
 * {@code Σ F_j (VARIABLE, funded by p) + Σ B_j (other classes, funded by p) − C_p}. Nothing moves
 * between partners. Written as {@code Σ V_j (VARIABLE) + (Σ B_j − C_p)} so the two terms tie back to
 * the scheme table; the parts sum to {@code O_s = ΣF(VARIABLE) + ΣB(other) − C}.
 */
record OwnAlignedRule() implements ShareRule {

  @Override
  public void share(BigDecimal shareable, Agreement agreement, Allocation allocation) {
    SortedSet<String> partners = new TreeSet<>(agreement.contributions().keySet());
    agreement.schemes().stream().map(Scheme::funder).forEach(partners::add);
    for (String partner : partners) {
      BigDecimal budgets = agreement.schemes().stream().filter(s -> s.funder().equals(partner))
          .map(Scheme::budget).reduce(Money.ZERO, BigDecimal::add);
      allocation.bearOwn(partner, agreement.variance(RiskClass.VARIABLE, partner),
          budgets.subtract(agreement.contribution(partner)));
    }
  }
}
