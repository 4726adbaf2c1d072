package org.carepool.finance;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One scheme of an arrangement for the financial year, as at the report month.
 *
 * @param careType       the SPEC §1 care type code, e.g. {@code REABLEMENT}
 * @param funder         the organisation code of the partner that funds it
 * @param riskClass      whose its variance is (SPEC §4.2)
 * @param budget         the annual budget {@code B_j}
 * @param actualToDate   spend {@code X_j} in the year up to and including the report month
 * @param latestForecast the latest analyst forecast loaded for the scheme in the report month's
 *                       financial year, at or before the report month, if any
 */
record SchemeLedger(String code, String name, String careType, String funder, RiskClass riskClass,
    BigDecimal budget, BigDecimal actualToDate, Optional<LoadedForecast> latestForecast) {

  SchemeLedger {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(funder, "funder");
    Objects.requireNonNull(riskClass, "riskClass");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(actualToDate, "actualToDate");
    Objects.requireNonNull(latestForecast, "latestForecast (use Optional.empty())");
  }
}
