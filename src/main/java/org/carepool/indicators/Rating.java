package org.carepool.indicators;

import java.math.BigDecimal;

/** A KPI's rating against its year's target (SPEC §5). */
public enum Rating {
  GREEN, AMBER, RED;

  private static final BigDecimal TOLERANCE = new BigDecimal("0.05");

  /**
   * GREEN when the target is met (exactly on it counts as met), AMBER when missed by no more than
   * 5% of the target, RED otherwise; {@code null} without a target or without an actual.
   */
  public static Rating of(BigDecimal actual, BigDecimal target, Better better) {
    if (actual == null || target == null) {
      return null;
    }
    BigDecimal shortfall = better == Better.LOWER ? actual.subtract(target) : target.subtract(actual);
    if (shortfall.signum() <= 0) {
      return GREEN;
    }
    return shortfall.compareTo(target.abs().multiply(TOLERANCE)) <= 0 ? AMBER : RED;
  }

  /** Which direction is good for a KPI. */
  public enum Better {
    HIGHER, LOWER
  }
}
