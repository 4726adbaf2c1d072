package org.carepool.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.carepool.dashboard.DashboardView.Card;
import org.carepool.finance.Rating;
import org.junit.jupiter.api.Test;

/** A card's words where the figures alone would puzzle a reader. */
class DashboardTextTest {

  @Test
  void a_pool_underspend_with_shared_schemes_overspending_says_the_partners_still_share_it() {
    Card card = card("-541295.00", "180000.00");
    assertEquals("The partners still share an overspend of £180,000.00 on the shared schemes: the underspends of"
        + " fixed and ring-fenced schemes stay with their funders.", DashboardText.sharedOverspend(card));
    assertEquals("Underspend £541,295.00 (1.2% of contributions)", DashboardText.variance(card));
  }

  @Test
  void nothing_to_explain_when_the_pool_overspends_or_nothing_is_shared() {
    assertNull(DashboardText.sharedOverspend(card("312368.49", "461594.49")), "an overspend speaks for itself");
    assertNull(DashboardText.sharedOverspend(card("-541295.00", "0.00")));
    assertNull(DashboardText.sharedOverspend(card("-541295.00", "-20000.00")));
  }

  private static Card card(String variance, String shareable) {
    return new Card("BCF", "Better Care Fund", YearMonth.of(2026, 9), new BigDecimal("43531459.00"),
        new BigDecimal("42990164.00"), new BigDecimal(variance), new BigDecimal("-1.2"), Rating.GREEN, null,
        new BigDecimal(shareable), List.of(), List.of(), null);
  }
}
