package org.carepool.finance;

import java.math.BigDecimal;

/** {@code HOST}, or the underspend term {@code HOST}: the host bears (or keeps) all of {@code O_s}. */
record HostRule(String source) implements ShareRule {

  @Override
  public void share(BigDecimal shareable, Agreement agreement, Allocation allocation) {
    allocation.bear(agreement.host(), source, shareable);
  }
}
