package org.carepool.finance;

/** Where a scheme's forecast outturn comes from (SPEC §4.1), in the order they are tried. */
public enum ForecastBasis {
  /** The year end: the forecast is the actual. */
  OUTTURN,
  /** The analyst's forecast loaded for the report month. */
  ANALYST,
  /** The latest analyst forecast loaded earlier in the same financial year. */
  CARRIED_FORWARD,
  /** Actual to date × 12 / k. */
  RUN_RATE,
  /** Actual to date plus the rest of the year's budget. */
  BUDGET
}
