package org.carepool.finance;

import java.math.BigDecimal;

/** The underspend term {@code RESERVE}: all of the underspend goes into the pool reserve; partners carry 0. */
record ReserveUnderspend() implements ShareRule {

  @Override
  public void share(BigDecimal shareable, Agreement agreement, Allocation allocation) {
    allocation.addToReserve(shareable.negate());
  }
}
