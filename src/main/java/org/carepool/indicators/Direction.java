package org.carepool.indicators;

import java.math.BigDecimal;

/** Which way a KPI moved between two values, in the KPI's own sense of better (SPEC §5). */
public enum Direction {
  IMPROVED("better"), UNCHANGED("no change"), WORSENED("worse");

  private final String words;

  Direction(String words) {
    this.words = words;
  }

  /** "better", "no change", "worse": what a report prints beside the arrow. */
  public String words() {
    return words;
  }

  /** From {@code earlier} to {@code now}; {@code null} when either is unknown. Compare values as shown. */
  public static Direction of(BigDecimal now, BigDecimal earlier, Rating.Better better) {
    if (now == null || earlier == null) {
      return null;
    }
    int rise = now.compareTo(earlier);
    if (rise == 0) {
      return UNCHANGED;
    }
    return (rise > 0) == (better == Rating.Better.HIGHER) ? IMPROVED : WORSENED;
  }
}
