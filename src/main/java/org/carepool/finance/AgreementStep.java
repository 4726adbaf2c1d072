package org.carepool.finance;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One agreement step as loaded from {@code risk_steps.csv} (SPEC §4.3); the importer has checked the
 * combinations, so the calculator only reads them.
 *
 * @param party   an organisation code or the word {@code HOST}; {@code null} for RESERVE and SHARES
 * @param percent {@code null} when not given
 * @param amount  {@code null} when not given
 */
record AgreementStep(int number, StepRule rule, String party, BigDecimal percent, BigDecimal amount) {

  static final String HOST = "HOST";

  AgreementStep {
    Objects.requireNonNull(rule, "rule");
  }

  /** The source label of the parts the step puts on partners, e.g. {@code STEP 3 SHARES}. */
  String source() {
    return "STEP " + number + " " + rule;
  }
}
