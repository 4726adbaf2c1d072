package org.carepool.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Where money is rounded (SPEC §2, §4): to the penny, half up, once, after multiplying.
 * Every rounded figure of the finance package comes from {@link #fraction} (or, for a
 * displayed percentage, {@link #percent}); splits among
 * partners add the remainder rule of {@link Apportionment}.
 */
final class Money {

  static final BigDecimal ZERO = new BigDecimal("0.00");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Money() {
  }

  /**
   * {@code whole × numerator / denominator}: the product is exact, and the one division is
   * rounded straight to the penny, so a fraction such as 1/3 or k/12 is never rounded before
   * it is applied. HALF_UP rounds halves away from zero, so −0.005 becomes −0.01.
   */
  static BigDecimal fraction(BigDecimal whole, BigDecimal numerator, BigDecimal denominator) {
    return whole.multiply(numerator).divide(denominator, 2, RoundingMode.HALF_UP);
  }

  /**
   * {@code part / whole × 100} to one decimal, half up: a variance % for display only. Ratings
   * compare the exact fraction ({@link Ratings}), never this rounded figure.
   */
  static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
  }

  /** {@code percent %} of {@code whole}, to the penny: a limit or cap taken from a percentage (SPEC §4.3). */
  static BigDecimal percentOf(BigDecimal whole, BigDecimal percent) {
    return fraction(whole, percent, HUNDRED);
  }

  static BigDecimal fraction(BigDecimal whole, int numerator, int denominator) {
    return fraction(whole, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  /**
   * An amount read from the store as pounds and pence (scale 2). More than two decimal places
   * is bad data, not something to round away quietly.
   */
  static BigDecimal pounds(BigDecimal amount, String what) {
    try {
      return amount.setScale(2, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new FinanceException(what + " " + amount.toPlainString() + " has more than two decimal places");
    }
  }
}
