package org.carepool.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.carepool.dashboard.DashboardView.MonthPosition;

/**
 * A card's month-by-month variance as coordinates for an inline SVG ({@code home.jte} draws it):
 * x runs April to March across the year, y from the largest underspend (bottom) to the largest
 * overspend (top), with the zero line (on budget) always in view.
 */
record Sparkline(String points, String zeroY, String lastX, String lastY) {
  static final int WIDTH = 240;
  static final int HEIGHT = 48;
  private static final int PAD = 4;

  /** Null when there are no months to draw. */
  static Sparkline of(List<MonthPosition> trend) {
    if (trend.isEmpty()) {
      return null;
    }
    BigDecimal top = trend.stream().map(MonthPosition::variance).reduce(BigDecimal.ZERO, BigDecimal::max);
    BigDecimal bottom = trend.stream().map(MonthPosition::variance).reduce(BigDecimal.ZERO, BigDecimal::min);
    BigDecimal range = top.subtract(bottom).signum() == 0 ? BigDecimal.ONE : top.subtract(bottom);
    List<String> xy = IntStream.range(0, trend.size())
        .mapToObj(i -> x(i) + "," + y(trend.get(i).variance(), top, range)).toList();
    String last = xy.get(xy.size() - 1);
    return new Sparkline(String.join(" ", xy), y(BigDecimal.ZERO, top, range), last.substring(0, last.indexOf(',')),
        last.substring(last.indexOf(',') + 1));
  }

  /** Twelve months span the width, so a part-year line ends where the year has got to. */
  private static String x(int monthIndex) {
    return BigDecimal.valueOf(PAD + monthIndex * (WIDTH - 2.0 * PAD) / 11).setScale(1, RoundingMode.HALF_UP)
        .toPlainString();
  }

  private static String y(BigDecimal value, BigDecimal top, BigDecimal range) {
    BigDecimal drawable = BigDecimal.valueOf(HEIGHT - 2L * PAD);
    return top.subtract(value).multiply(drawable).divide(range, 1, RoundingMode.HALF_UP).add(BigDecimal.valueOf(PAD))
        .toPlainString();
  }

  static String describe(List<MonthPosition> trend) {
    return trend.stream().map(p -> p.month().getMonth().getDisplayName(java.time.format.TextStyle.SHORT,
        java.util.Locale.UK) + " " + Html.pounds(p.variance())).collect(Collectors.joining(", "));
  }
}
