package org.carepool.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Alt text of a KPI's trend chart and of the mapping's ratio chart, as a screen reader reads it. */
class ChartAltTest {

  @Test
  void a_trend_gives_each_line_month_by_month_and_a_flat_line_once() {
    List<Map<String, ?>> points = new ArrayList<>();
    points.add(point("This year", "Apr", "104.0"));
    points.add(point("This year", "May", "108.5"));
    points.add(point("This year", "Jun", null));
    points.add(point("Target", "Apr", "100"));
    points.add(point("Target", "May", "100.0"));
    points.add(point("Last year", "Apr", null));
    assertEquals("Line chart, NEL admissions per 1,000 (per 1,000), April to March. This year: Apr 104.0, May 108.5; "
        + "Target: 100 throughout; Last year: no figures. The same figures are in the month table.",
        ChartAlt.trend("NEL admissions per 1,000", "per 1,000", points));
  }

  @Test
  void the_ratio_chart_names_each_locality_and_leaves_out_the_total() {
    List<Map<String, Object>> rows = List.of(Map.of("a", "North", "n5", new BigDecimal("102.0")),
        Map.of("a", "South", "n5", new BigDecimal("97.3")), Map.of("a", "Total", "n5", BigDecimal.TEN, "total", true));
    assertEquals("Bar chart, Ratio. North 102.0; South 97.3. The same figures are in the table above.",
        ChartAlt.ratios("Ratio", rows, "n5"));
  }

  private static Map<String, ?> point(String line, String month, String value) {
    Map<String, Object> point = new HashMap<>();
    point.put("line", line);
    point.put("month", month);
    point.put("value", value == null ? null : new BigDecimal(value));
    return point;
  }
}
