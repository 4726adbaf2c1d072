package org.carepool.finance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/** An analyst's forecast outturn for a scheme, and the month it was loaded for. */
record LoadedForecast(YearMonth month, BigDecimal amount) {

  LoadedForecast {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(amount, "amount");
  }
}
