package org.carepool.finance;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An arrangement's terms for a financial year ({@code agreement_terms.csv}, SPEC §4.1, 4.3, 4.6) as
 * they apply: where a term is not set the SPEC's default is filled in, except the two that have no
 * default.
 *
 * @param underspend {@code null} when not set: an underspend then follows the rule (no steps) or
 *                   {@code RETURN} (steps)
 * @param notifyPct  {@code null} when not set: no notice
 */
public record YearTerms(ForecastMethod forecastMethod, UnderspendTerm underspend, BigDecimal amberPct,
    BigDecimal redPct, BigDecimal notifyPct) {

  static final BigDecimal DEFAULT_AMBER = BigDecimal.valueOf(2);
  static final BigDecimal DEFAULT_RED = BigDecimal.valueOf(5);

  /** The terms of a year with no row in {@code agreement_terms.csv}. */
  public static final YearTerms DEFAULTS = new YearTerms(ForecastMethod.RUN_RATE, null, DEFAULT_AMBER, DEFAULT_RED,
      null);

  public YearTerms {
    Objects.requireNonNull(forecastMethod, "forecastMethod");
    Objects.requireNonNull(amberPct, "amberPct");
    Objects.requireNonNull(redPct, "redPct");
  }

  /** The terms as loaded, each {@code null} setting replaced by the SPEC's default where it has one. */
  static YearTerms of(ForecastMethod method, UnderspendTerm underspend, BigDecimal amber, BigDecimal red,
      BigDecimal notify) {
    return new YearTerms(method == null ? ForecastMethod.RUN_RATE : method, underspend,
        amber == null ? DEFAULT_AMBER : amber, red == null ? DEFAULT_RED : red, notify);
  }
}
