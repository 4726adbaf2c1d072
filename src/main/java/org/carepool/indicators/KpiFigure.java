package org.carepool.indicators;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * One KPI of an arrangement as at a month. Values are unrounded; {@code decimals} says how many
 * decimals reports and JSON show, and the rating compares the actual rounded to them, so that a
 * rating always agrees with the figures a reader sees.
 *
 * @param target      the target for the financial year, or {@code null}
 * @param actual      the latest value known as at the month, or {@code null} when none is known
 * @param actualMonth the month {@code actual} is for: the last month with activity loaded for a
 *                    derived KPI, the latest month with a value for an imported one; {@code null}
 *                    without an actual
 * @param decimals    decimals shown: one for derived KPIs, those of the imported values otherwise
 * @param rating      {@code null} without a target or an actual
 * @param series      the value as at each month of the year, April first, up to the month (for a
 *                    derived KPI, up to the last month with activity loaded)
 */
public record KpiFigure(String code, String name, String unit, Rating.Better better, boolean derived,
    BigDecimal target, BigDecimal actual, YearMonth actualMonth, int decimals, Rating rating, List<Point> series) {

  public KpiFigure {
    series = List.copyOf(series);
  }

  /** The actual as shown and rated. */
  public BigDecimal shownActual() {
    return Figures.round(actual, decimals);
  }

  /** The target as shown. */
  public BigDecimal shownTarget() {
    return Figures.round(target, decimals);
  }

  /** A month's value; {@code null} when none is known for it. */
  public record Point(YearMonth month, BigDecimal value) {}
}
