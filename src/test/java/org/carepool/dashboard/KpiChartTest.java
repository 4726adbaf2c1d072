package org.carepool.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.carepool.indicators.KpiFigure;
import org.carepool.indicators.KpiFigure.Point;
import org.carepool.indicators.Rating;
import org.junit.jupiter.api.Test;

/** A KPI chart's geometry worked by hand on the full 480 × 220 chart (plot x 52–468, y 12–192). */
class KpiChartTest {

  @Test
  void a_month_without_a_value_breaks_the_line_and_the_axis_rounds_out_to_whole_steps() {
    KpiFigure kpi = kpi(List.of("100", "", "110", "120"), List.of("90"), "105", List.of("95"));
    KpiChart chart = KpiChart.of(kpi, KpiChart.Size.FULL);
    // values 90..120, spread 30, a quarter 7.5 rounds up to a step of 10: axis 90 to 120, 180 px for 30.
    assertEquals(List.of("90", "100", "110", "120"), chart.yTicks().stream().map(KpiChart.Tick::label).toList());
    // April at x 52, each month 416 / 11 = 37.8 further; 100 is 20 below the top: 12 + 120 = 132.
    assertEquals(List.of("52.0,132.0", "127.6,72.0 165.5,12.0"), chart.thisYear());
    assertEquals(3, chart.dots().size());
    assertEquals(List.of("52.0,192.0"), chart.lastYear(), "last year's lone April at the foot");
    assertEquals("102.0", chart.target().y(), "the target, 105, halfway between 100 and 110");
    assertEquals("162.0", chart.benchmarks().get(0).y());
    assertEquals("England", chart.benchmarks().get(0).label());
    assertEquals(12, chart.xTicks().size());
    assertEquals("A", chart.xTicks().get(0).label());
  }

  @Test
  void a_sparkline_leaves_out_last_year_and_the_benchmarks_and_nothing_to_draw_is_no_chart() {
    KpiFigure kpi = kpi(List.of("1.5", "2.5"), List.of("0"), "2", List.of("9"));
    KpiChart spark = KpiChart.of(kpi, KpiChart.Size.SPARK);
    assertEquals(List.of(), spark.lastYear());
    assertEquals(List.of(), spark.benchmarks());
    assertEquals(List.of(), spark.yTicks());
    assertEquals("16.0", spark.target().y(), "2 is halfway up the axis 1.5 to 2.5 (a step of 0.5; plot y 3 to 29)");
    assertNull(KpiChart.of(kpi(List.of("", ""), List.of(), "2", List.of()), KpiChart.Size.SPARK));
    assertNull(KpiChart.of(kpi(List.of(""), List.of(""), null, List.of()), KpiChart.Size.FULL));
  }

  private static KpiFigure kpi(List<String> values, List<String> lastYear, String target, List<String> benchmarks) {
    return new KpiFigure("K", "A KPI", "per 1,000", Rating.Better.LOWER, true, target == null ? null
        : new BigDecimal(target), null, null, 1, null, points(values, 2026), null, points(lastYear, 2025),
        benchmarks.stream().map(b -> new KpiFigure.Benchmark("England", new BigDecimal(b))).toList());
  }

  private static List<Point> points(List<String> values, int year) {
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      points.add(new Point(YearMonth.of(year, 4).plusMonths(i),
          values.get(i).isEmpty() ? null : new BigDecimal(values.get(i))));
    }
    return points;
  }
}
