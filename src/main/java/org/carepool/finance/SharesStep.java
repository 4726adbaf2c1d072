package org.carepool.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.carepool.finance.IncomeExpenditure.Borne;
import org.carepool.finance.IncomeExpenditure.Step;

/**
 * {@code SHARES [percent]}: {@code R} split by {@code s_p} to the penny; each partner takes at most
 * {@code percent %} of its own {@code C_p} (rounded to the penny) when a percentage is given. What
 * exceeds the caps passes on to the next step: it is not re-shared among partners still under theirs.
 */
record SharesStep(AgreementStep step) implements RiskStep {

  @Override
  public Step run(BigDecimal remaining, Agreement agreement, Allocation allocation) {
    List<Borne> borne = new ArrayList<>();
    BigDecimal taken = Money.ZERO;
    for (Map.Entry<String, BigDecimal> share : agreement.shares().split(remaining).entrySet()) {
      String partner = share.getKey();
      BigDecimal cap = step.percent() == null ? null
          : Money.percentOf(agreement.contribution(partner), step.percent());
      BigDecimal took = cap == null ? share.getValue() : share.getValue().min(cap);
      allocation.bear(partner, step.source(), took);
      borne.add(new Borne(partner, took, share.getValue(), cap));
      taken = taken.add(took);
    }
    return RiskStep.ran(step, null, null, remaining, taken, borne);
  }
}
