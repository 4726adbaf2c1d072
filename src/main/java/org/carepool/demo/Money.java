package org.carepool.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one place demo amounts become pounds and pence: two decimals, half up. */
final class Money {

  private Money() {}

  /** A drawn amount in pounds, rounded to the penny. */
  static BigDecimal pounds(double amount) {
    return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
  }

  /** An exact amount held in pence. */
  static BigDecimal pence(long pence) {
    return BigDecimal.valueOf(pence, 2);
  }

  /** A drawn amount in pounds, as whole pence (half up). */
  static long toPence(double amount) {
    return pounds(amount).movePointRight(2).longValueExact();
  }
}
