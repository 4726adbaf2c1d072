package org.carepool.finance;

import java.math.BigDecimal;
import java.util.List;
import org.carepool.finance.IncomeExpenditure.Borne;
import org.carepool.finance.IncomeExpenditure.Step;

/**
 * One agreement step (SPEC §4.3): it takes part of what remains of the shareable overspend,
 * {@code R}, puts it on a party (or draws it from the reserve), and reports what it did.
 */
sealed interface RiskStep permits ReserveStep, FirstStep, SharesStep, RestStep {

  /** Takes its part of {@code remaining} (> 0 or 0, never negative), recording it in {@code allocation}. */
  Step run(BigDecimal remaining, Agreement agreement, Allocation allocation);

  static RiskStep of(AgreementStep step) {
    return switch (step.rule()) {
      case RESERVE -> new ReserveStep(step);
      case FIRST -> new FirstStep(step);
      case SHARES -> new SharesStep(step);
      case REST -> new RestStep(step);
    };
  }

  /** The step's record, with {@code R} before and after. */
  static Step ran(AgreementStep step, String party, BigDecimal limit, BigDecimal remaining, BigDecimal taken,
      List<Borne> borne) {
    return new Step(step.number(), step.rule(), party, step.percent(), step.amount(), limit, remaining, taken,
        remaining.subtract(taken), borne);
  }
}
