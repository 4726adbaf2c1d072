package org.carepool.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The caption over the partner amounts says what they are: shares of an overspend or of an underspend, or each partner's own variance. */
class HeadlineCaptionTest {

  private static String caption(String model, String rule, String overspend) {
    return caption(model, rule, "RULE", null, overspend);
  }

  private static String caption(String model, String rule, String basis, String underspendTerm, String shareable) {
    return ReportPages.shareCaption(model, rule, basis, underspendTerm, new BigDecimal(shareable));
  }

  @Test
  void a_shared_overspend_and_a_shared_underspend_are_told_apart() {
    assertEquals("Who carries the overspend (by agreed shares)", caption("LEAD_BODY", "SHARES", "40000.00"));
    assertEquals("Who keeps the underspend (by agreed shares; shown negative)", caption("LEAD_BODY", "SHARES", "-45364.98"));
    assertEquals("Who carries the overspend (all to the host)", caption("JOINT_VENTURE", "HOST", "1.00"));
    assertEquals("Risk share (all to the host): the pool is on budget", caption("JOINT_VENTURE", "HOST", "0.00"));
  }

  @Test
  void an_overspend_shared_by_the_agreements_steps_says_so() {
    assertEquals("Who carries the overspend (by the agreement's steps)",
        caption("LEAD_BODY", "SHARES", "STEPS", null, "750000.00"));
  }

  @Test
  void an_underspend_under_the_years_term_names_the_term() {
    assertEquals("Who keeps the underspend (returned by agreed shares; shown negative)",
        caption("LEAD_BODY", "HOST", "UNDERSPEND", "RETURN", "-100000.00"));
    assertEquals("Who keeps the underspend (all to the pool reserve)",
        caption("LEAD_BODY", "SHARES", "UNDERSPEND", "RESERVE", "-100000.00"));
    assertEquals("Who keeps the underspend (all to the host; shown negative)",
        caption("JOINT_VENTURE", "SHARES", "UNDERSPEND", "HOST", "-100000.00"));
  }

  @Test
  void own_variances_are_not_called_a_share_of_anything() {
    assertEquals("Each partner's own variance (aligned budgets: each carries its own schemes; negative: underspend)",
        caption("ALIGNED", "OWN", "-45364.98"));
    assertEquals("Each partner's own variance (risk share OWN: the schemes each funds; negative: underspend)",
        caption("LEAD_BODY", "OWN", "12.00"));
  }
}
