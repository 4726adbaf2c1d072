package org.carepool.finance;

import java.math.BigDecimal;
import java.util.List;
import org.carepool.finance.IncomeExpenditure.Step;

/** {@code RESERVE [amount]}: {@code min(R, reserve available, amount if given)} from the pool reserve. */
record ReserveStep(AgreementStep step) implements RiskStep {

  @Override
  public Step run(BigDecimal remaining, Agreement agreement, Allocation allocation) {
    BigDecimal available = agreement.openingReserve().subtract(allocation.reserveDrawn()).max(Money.ZERO);
    BigDecimal limit = step.amount() == null ? available : available.min(step.amount());
    BigDecimal taken = remaining.min(limit);
    allocation.drawReserve(taken);
    return RiskStep.ran(step, null, limit, remaining, taken, List.of());
  }
}
