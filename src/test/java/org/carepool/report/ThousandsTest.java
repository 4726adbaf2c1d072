package org.carepool.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** £000s as board papers show them: half up from the exact pounds, negatives in brackets. */
class ThousandsTest {

  @Test
  void each_figure_rounds_half_up_from_its_exact_pounds() {
    assertEquals("1", Thousands.format(new BigDecimal("1499.99")));
    assertEquals("2", Thousands.format(new BigDecimal("1500.00")));
    assertEquals("0", Thousands.format(new BigDecimal("499.99")));
    assertEquals("43,120", Thousands.format(new BigDecimal("43119843.27")));
  }

  @Test
  void negatives_are_in_brackets_and_round_away_from_zero_at_the_half() {
    assertEquals("(2)", Thousands.format(new BigDecimal("-1500.00")));
    assertEquals("(1)", Thousands.format(new BigDecimal("-1499.99")));
    assertEquals("(1,730)", Thousands.format(new BigDecimal("-1730412.00")));
  }

  @Test
  void a_total_is_rounded_from_the_exact_sum_not_summed_from_rounded_figures() {
    BigDecimal a = new BigDecimal("1400.00");
    BigDecimal b = new BigDecimal("1400.00");
    assertEquals("3", Thousands.format(a.add(b)), "2,800 is 3 thousand although 1 + 1 is shown");
    assertEquals("1", Thousands.format(a));
  }
}
