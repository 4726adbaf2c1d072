package org.carepool.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How a waterfall bar becomes the stacked chart's four series: an invisible base lifts it off zero
 * on its own side, and a bar that crosses zero is drawn as its part above and its part below.
 */
class WaterfallTest {

  @Test
  void a_bar_above_zero_stands_on_an_invisible_base() {
    assertEquals(List.of("550000.00", "0", "200000.00", "0"), series(bar("750000.00", "550000.00")));
  }

  @Test
  void a_bar_below_zero_hangs_from_an_invisible_base() {
    assertEquals(List.of("0", "-30000.00", "0", "-50000.00"), series(bar("-30000.00", "-80000.00")));
  }

  /** e.g. an underspend that the ring-fenced grant's own underspend turns into a shareable overspend */
  @Test
  void a_bar_crossing_zero_is_drawn_on_both_sides_without_a_base() {
    assertEquals(List.of("0", "0", "300000.00", "-100000.00"), series(bar("-100000.00", "300000.00")));
  }

  @Test
  void a_total_starts_at_zero() {
    assertEquals(List.of("0", "0", "430000.00", "0"), series(new Waterfall.Bar("Pool overspend", BigDecimal.ZERO,
        new BigDecimal("430000.00"), new BigDecimal("430000.00"), Waterfall.Kind.TOTAL)));
  }

  private static Waterfall.Bar bar(String start, String end) {
    BigDecimal from = new BigDecimal(start);
    BigDecimal to = new BigDecimal(end);
    return new Waterfall.Bar("step", from, to, from.subtract(to), Waterfall.Kind.TAKEN);
  }

  /** basePos, baseNeg, barPos, barNeg as plain numbers. */
  private static List<String> series(Waterfall.Bar bar) {
    Map<String, ?> row = Waterfall.chartRows(List.of(bar)).get(0);
    return List.of("basePos", "baseNeg", "barPos", "barNeg").stream()
        .map(k -> ((BigDecimal) row.get(k)).toPlainString()).toList();
  }
}
