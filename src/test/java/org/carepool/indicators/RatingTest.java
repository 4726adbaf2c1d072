package org.carepool.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.carepool.indicators.Rating.Better;
import org.junit.jupiter.api.Test;

/** SPEC §5: met → GREEN; missed by no more than 5% of the target → AMBER; else RED. Target 200: 5% is 10. */
class RatingTest {

  @Test
  void lower_is_better_exactly_on_target_is_green() {
    assertEquals(Rating.GREEN, rate("200", Better.LOWER));
    assertEquals(Rating.GREEN, rate("150", Better.LOWER));
  }

  @Test
  void lower_is_better_a_miss_of_exactly_five_percent_is_amber_and_just_beyond_is_red() {
    assertEquals(Rating.AMBER, rate("200.0001", Better.LOWER));
    assertEquals(Rating.AMBER, rate("210", Better.LOWER));
    assertEquals(Rating.RED, rate("210.0001", Better.LOWER));
  }

  @Test
  void higher_is_better_exactly_on_target_is_green() {
    assertEquals(Rating.GREEN, rate("200", Better.HIGHER));
    assertEquals(Rating.GREEN, rate("250", Better.HIGHER));
  }

  @Test
  void higher_is_better_a_miss_of_exactly_five_percent_is_amber_and_just_beyond_is_red() {
    assertEquals(Rating.AMBER, rate("199.9999", Better.HIGHER));
    assertEquals(Rating.AMBER, rate("190", Better.HIGHER));
    assertEquals(Rating.RED, rate("189.9999", Better.HIGHER));
  }

  @Test
  void without_a_target_or_an_actual_there_is_no_rating() {
    assertNull(Rating.of(new BigDecimal("5"), null, Better.LOWER));
    assertNull(Rating.of(null, new BigDecimal("5"), Better.HIGHER));
  }

  private static Rating rate(String actual, Better better) {
    return Rating.of(new BigDecimal(actual), new BigDecimal("200"), better);
  }
}
