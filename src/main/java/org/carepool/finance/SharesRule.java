package org.carepool.finance;

import java.math.BigDecimal;

/** {@code SHARES}, or the underspend term {@code RETURN}: {@code O_s × s_p}, split to the penny. */
record SharesRule(String source) implements ShareRule {

  @Override
  public void share(BigDecimal shareable, Agreement agreement, Allocation allocation) {
    agreement.shares().split(shareable).forEach((partner, part) -> allocation.bear(partner, source, part));
  }
}
