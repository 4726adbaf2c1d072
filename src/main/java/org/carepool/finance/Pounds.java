package org.carepool.finance;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Money in a sentence, as reports, the page and the API word notices: £ with thousands separators, negatives in brackets. */
public final class Pounds {
  private Pounds() {}

  public static String inSentence(BigDecimal amount) {
    return new DecimalFormat("£#,##0.00;(£#,##0.00)", DecimalFormatSymbols.getInstance(Locale.UK)).format(amount);
  }
}
