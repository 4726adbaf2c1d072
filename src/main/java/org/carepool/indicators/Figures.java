package org.carepool.indicators;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The arithmetic of indicators and mapping: exact {@link BigDecimal} throughout, divisions to 34
 * significant digits (multiplying before dividing), and the one place where figures are rounded
 * for display: two decimals, half up.
 */
public final class Figures {
  static final MathContext PRECISION = MathContext.DECIMAL128;

  private Figures() {
  }

  /** {@code numerator / denominator}, or {@code null} when the denominator is zero. */
  static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
    return denominator.signum() == 0 ? null : numerator.divide(denominator, PRECISION);
  }

  /** As shown in reports and JSON: two decimals, half up; {@code null} stays {@code null}. */
  public static BigDecimal display(BigDecimal value) {
    return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
  }

  /** {@link #display} as a plain string, e.g. {@code "2.67"}; {@code null} stays {@code null}. */
  public static String text(BigDecimal value) {
    return value == null ? null : display(value).toPlainString();
  }
}
