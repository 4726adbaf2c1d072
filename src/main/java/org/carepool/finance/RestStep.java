package org.carepool.finance;

import java.math.BigDecimal;
import java.util.List;
import org.carepool.finance.IncomeExpenditure.Borne;
import org.carepool.finance.IncomeExpenditure.Step;

/** {@code REST party}: all that remains, borne by the party; only ever the last step. */
record RestStep(AgreementStep step) implements RiskStep {

  @Override
  public Step run(BigDecimal remaining, Agreement agreement, Allocation allocation) {
    String party = agreement.party(step.party());
    allocation.bear(party, step.source(), remaining);
    return RiskStep.ran(step, party, null, remaining, remaining, List.of(new Borne(party, remaining, null, null)));
  }
}
