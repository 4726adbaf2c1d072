package org.carepool.finance;

import java.math.BigDecimal;
import java.util.List;
import org.carepool.finance.IncomeExpenditure.Borne;
import org.carepool.finance.IncomeExpenditure.Step;

/**
 * {@code FIRST party percent|amount}: a tolerance the party absorbs first, {@code min(R, percent % of C,
 * or amount)}; the percentage limit is rounded to the penny before use.
 */
record FirstStep(AgreementStep step) implements RiskStep {

  @Override
  public Step run(BigDecimal remaining, Agreement agreement, Allocation allocation) {
    String party = agreement.party(step.party());
    BigDecimal limit = step.percent() != null ? Money.percentOf(agreement.pool(), step.percent()) : step.amount();
    BigDecimal taken = remaining.min(limit);
    allocation.bear(party, step().source(), taken);
    return RiskStep.ran(step, party, limit, remaining, taken, List.of(new Borne(party, taken, null, null)));
  }
}
