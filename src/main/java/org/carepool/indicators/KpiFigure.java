package org.carepool.indicators;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * One KPI of an arrangement as at a month: unrounded values ({@link Figures#display} rounds).
 *
 * @param target the target for the financial year, or {@code null}
 * @param actual the value as at the month, or {@code null} when nothing is known
 * @param rating {@code null} without a target or an actual
 * @param series the value as at each month of the year up to the month, April first
 */
public record KpiFigure(String code, String name, String unit, Rating.Better better, boolean derived,
    BigDecimal target, BigDecimal actual, Rating rating, List<Point> series) {

  public KpiFigure {
    series = List.copyOf(series);
  }

  /** A month's value; {@code null} when none is known for it. */
  public record Point(YearMonth month, BigDecimal value) {}
}
