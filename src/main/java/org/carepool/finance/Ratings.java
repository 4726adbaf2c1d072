package org.carepool.finance;

import java.math.BigDecimal;

/**
 * Financial RAG (SPEC §4.6), compared on the exact fraction {@code variance / base × 100}, never on
 * the percentage rounded for display: 1.96% shows as 2.0% and is still GREEN at amber 2.
 */
final class Ratings {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final YearTerms terms;

  Ratings(YearTerms terms) {
    this.terms = terms;
  }

  /**
   * GREEN below amber (every underspend), AMBER from amber up to but not including red, RED from
   * red. A zero base has no percentage: RED when overspent, else GREEN.
   */
  Rating of(BigDecimal variance, BigDecimal base) {
    if (base.signum() == 0) {
      return variance.signum() > 0 ? Rating.RED : Rating.GREEN;
    }
    if (variance.signum() < 0) {
      return Rating.GREEN;
    }
    if (reaches(variance, base, terms.redPct())) {
      return Rating.RED;
    }
    return reaches(variance, base, terms.amberPct()) ? Rating.AMBER : Rating.GREEN;
  }

  /** Whether {@code variance / base × 100 ≥ pct}, exactly: cross-multiplied, so nothing is rounded. */
  static boolean reaches(BigDecimal variance, BigDecimal base, BigDecimal pct) {
    int cmp = variance.multiply(HUNDRED).compareTo(pct.multiply(base));
    return base.signum() > 0 ? cmp >= 0 : cmp <= 0;
  }
}
