package org.carepool.finance;

/** How a forecast is made when no analyst forecast applies (SPEC §4.1, {@code agreement_terms.csv}). */
public enum ForecastMethod {
  /** {@code X_j × 12 / k}. */
  RUN_RATE,
  /** {@code X_j + B_j × (12 − k) / 12}. */
  BUDGET
}
