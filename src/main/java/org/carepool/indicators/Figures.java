package org.carepool.indicators;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The arithmetic of indicators and mapping: exact {@link BigDecimal} throughout, divisions to 34
 * significant digits (multiplying before dividing), and the one place where figures are rounded
 * for display: half up, two decimals unless a KPI says otherwise.
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
    return round(value, 2);
  }

  /** Rounded half up to {@code decimals}; {@code null} stays {@code null}. */
  public static BigDecimal round(BigDecimal value, int decimals) {
    return value == null ? null : value.setScale(decimals, RoundingMode.HALF_UP);
  }

  /** {@link #display} as a plain string, e.g. {@code "2.67"}; {@code null} stays {@code null}. */
  public static String text(BigDecimal value) {
    return text(value, 2);
  }

  /** {@link #round} as a plain string; {@code null} stays {@code null}. */
  public static String text(BigDecimal value, int decimals) {
    return value == null ? null : round(value, decimals).toPlainString();
  }

  /** A count of people as a whole number, e.g. {@code "252132"}; {@code null} stays {@code null}. */
  public static String whole(BigDecimal value) {
    return value == null ? null : value.setScale(0, RoundingMode.HALF_UP).toPlainString();
  }
}
