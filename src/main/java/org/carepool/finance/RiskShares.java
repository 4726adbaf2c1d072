package org.carepool.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.carepool.finance.IncomeExpenditure.Pool;
import org.carepool.finance.IncomeExpenditure.Reserves;
import org.carepool.finance.IncomeExpenditure.RiskShare;
import org.carepool.finance.IncomeExpenditure.RiskShareBasis;
import org.carepool.finance.IncomeExpenditure.Step;

/**
 * Who carries the pool's forecast overspend (SPEC §4.3, 4.4): picks what shares {@code O_s} (the
 * agreement's steps, the underspend term or the rule), runs it, and puts the FIXED schemes'
 * variances on the host (ALIGNED: on each funder). The rules themselves are the {@link ShareRule}
 * and {@link RiskStep} classes.
 */
final class RiskShares {

  /** The risk share with the steps, remainder and reserve movements it produced. */
  record Outcome(List<RiskShare> shares, RiskShareBasis basis, List<Step> steps, BigDecimal unallocated,
      Reserves reserves) {}

  private RiskShares() {
  }

  /**
   * Every contributor and share-holder is listed, and the host when it is not one (0.00 unless it
   * bears something). The parts, the reserve drawn less the underspend added, the unallocated
   * remainder and the ring-fenced variances always add up to the pool overspend exactly.
   */
  static Outcome of(Ledger ledger, Agreement agreement, Collection<String> contributors, Pool pool) {
    Allocation allocation = new Allocation();
    contributors.forEach(allocation::list);
    agreement.shares().organisations().forEach(allocation::list);
    if (ledger.host() != null) {
      allocation.list(ledger.host());
    }
    BigDecimal shareable = pool.shareable();
    List<Step> steps = new ArrayList<>();
    BigDecimal unallocated = Money.ZERO;
    RiskShareBasis basis = basis(ledger, shareable);
    switch (basis) {
      case STEPS -> unallocated = runSteps(ledger.steps(), shareable, agreement, allocation, steps);
      case UNDERSPEND -> ShareRule.of(underspendTerm(ledger)).share(shareable, agreement, allocation);
      case RULE -> ShareRule.of(ledger.riskShare(), ledger.model()).share(shareable, agreement, allocation);
    }
    fixedSchemes(agreement, allocation);
    Outcome outcome = new Outcome(allocation.shares(), basis, steps, unallocated,
        reserves(agreement, allocation));
    checkAccountsFor(outcome, agreement, pool);
    return outcome;
  }

  /**
   * Steps replace the rule for an overspend; an underspend follows the term when set, else the rule
   * (no steps) or RETURN (steps). ALIGNED has no pool to draw on or return to: always its rule.
   */
  private static RiskShareBasis basis(Ledger ledger, BigDecimal shareable) {
    if (ledger.model() == Model.ALIGNED) {
      return RiskShareBasis.RULE;
    }
    if (shareable.signum() > 0 && !ledger.steps().isEmpty()) {
      return RiskShareBasis.STEPS;
    }
    boolean underspendTerm = ledger.terms().underspend() != null || !ledger.steps().isEmpty();
    return shareable.signum() < 0 && underspendTerm ? RiskShareBasis.UNDERSPEND : RiskShareBasis.RULE;
  }

  private static UnderspendTerm underspendTerm(Ledger ledger) {
    UnderspendTerm term = ledger.terms().underspend();
    return term == null ? UnderspendTerm.RETURN : term;
  }

  /** Runs the steps in order over {@code R}; returns what remains after the last: the unallocated part. */
  private static BigDecimal runSteps(List<AgreementStep> agreed, BigDecimal shareable, Agreement agreement,
      Allocation allocation, List<Step> steps) {
    BigDecimal remaining = shareable;
    for (AgreementStep step : agreed) {
      Step ran = RiskStep.of(step).run(remaining, agreement, allocation);
      steps.add(ran);
      remaining = ran.remainingAfter();
    }
    return remaining;
  }

  /** FIXED schemes' variances fall wholly to the host; under ALIGNED, to each scheme's funder. */
  private static void fixedSchemes(Agreement agreement, Allocation allocation) {
    if (agreement.host() != null) {
      allocation.bear(agreement.host(), Allocation.FIXED, agreement.variance(RiskClass.FIXED, null));
      return;
    }
    agreement.schemes().stream().filter(s -> s.riskClass() == RiskClass.FIXED)
        .forEach(s -> allocation.bear(s.funder(), Allocation.FIXED, s.variance()));
  }

  private static Reserves reserves(Agreement agreement, Allocation allocation) {
    BigDecimal opening = agreement.openingReserve();
    return new Reserves(opening, allocation.reserveDrawn(), allocation.underspendAdded(),
        opening.subtract(allocation.reserveDrawn()).add(allocation.underspendAdded()),
        agreement.variance(RiskClass.RING_FENCED, null).negate());
  }

  private static void checkAccountsFor(Outcome outcome, Agreement agreement, Pool pool) {
    BigDecimal carried = outcome.shares().stream().map(RiskShare::amount).reduce(Money.ZERO, BigDecimal::add);
    BigDecimal total = carried.add(outcome.reserves().drawn()).subtract(outcome.reserves().underspendAdded())
        .add(outcome.unallocated()).add(agreement.variance(RiskClass.RING_FENCED, null));
    if (total.compareTo(pool.overspend()) != 0) {
      throw new IllegalStateException("risk shares " + outcome + " do not account for the overspend "
          + pool.overspend());
    }
  }
}
