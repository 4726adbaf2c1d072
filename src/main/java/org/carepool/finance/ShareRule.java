package org.carepool.finance;

import java.math.BigDecimal;

/**
 * A rule that shares the whole of the shareable overspend {@code O_s} at once (SPEC §4.3): the
 * arrangement's {@code risk_share} rule when there are no steps, or the year's underspend term.
 */
sealed interface ShareRule permits SharesRule, HostRule, OwnPooledRule, OwnAlignedRule, ReserveUnderspend {

  void share(BigDecimal shareable, Agreement agreement, Allocation allocation);

  /** The arrangement's rule; ALIGNED (which must use OWN) has no pool to share. */
  static ShareRule of(RiskShareRule rule, Model model) {
    return switch (rule) {
      case SHARES -> new SharesRule(Allocation.RULE);
      case HOST -> new HostRule(Allocation.RULE);
      case OWN -> model == Model.ALIGNED ? new OwnAlignedRule() : new OwnPooledRule();
    };
  }

  /** The year's underspend term. */
  static ShareRule of(UnderspendTerm term) {
    return switch (term) {
      case RETURN -> new SharesRule(Allocation.UNDERSPEND);
      case RESERVE -> new ReserveUnderspend();
      case HOST -> new HostRule(Allocation.UNDERSPEND);
    };
  }
}
