package org.carepool.finance;

import java.math.BigDecimal;
import java.util.Objects;

/** A partner's contribution {@code C_p} to an arrangement for the financial year (pounds and pence). */
record PartnerContribution(String organisation, BigDecimal amount) {

  PartnerContribution {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(amount, "amount");
  }
}
