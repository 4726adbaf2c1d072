package org.carepool.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Money in £000s as board papers show it: each figure rounded half up from its exact pounds (never
 * a sum of rounded figures, so a total may differ from the sum of the rounded lines it totals),
 * with thousands separators and negatives in brackets.
 */
final class Thousands {
  static final String LABEL = "£000";
  static final String ROUNDING_NOTE = "Figures are in £000s, each rounded from the exact pounds, "
      + "so they may not sum because of rounding.";

  private Thousands() {}

  /** The figure in whole thousands of pounds, half up: 1,499.99 is 1, 1,500.00 is 2, −1,500.00 is −2. */
  static BigDecimal of(BigDecimal pounds) {
    return pounds.movePointLeft(3).setScale(0, RoundingMode.HALF_UP);
  }

  /** "1,234", "(56)" for a negative, "–" for none. */
  static String format(BigDecimal pounds) {
    if (pounds == null) {
      return "–";
    }
    BigDecimal k = of(pounds);
    String digits = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.UK)).format(k.abs());
    return k.signum() < 0 ? "(" + digits + ")" : digits;
  }
}
