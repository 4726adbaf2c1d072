package org.carepool.finance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

/**
 * The forecasts as reported at the latest closed month of the year before the report month (SPEC
 * §4.9): what the calculator measures movement from. The service reads them from the closes, so the
 * calculator stays pure.
 *
 * @param closedMonth the closed month they were reported at; {@code null} when there is none ({@link #NONE})
 * @param pool        the pool forecast as reported
 * @param schemes     per scheme code, its forecast as reported
 */
record PreviousForecasts(YearMonth closedMonth, BigDecimal pool, Map<String, BigDecimal> schemes) {

  /** Before the first close of the year: no previous forecast, no movement. */
  static final PreviousForecasts NONE = new PreviousForecasts(null, null, Map.of());

  PreviousForecasts {
    schemes = Map.copyOf(schemes);
  }

  BigDecimal scheme(String code) {
    return schemes.get(code);
  }

  static BigDecimal movement(BigDecimal forecast, BigDecimal previous) {
    return previous == null ? null : forecast.subtract(previous);
  }
}
