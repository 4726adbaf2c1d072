package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SPEC §4.8's worked examples through the importer and the JSON API, every stated figure to the
 * penny. {@code finance/lb2} holds LB2 as the SPEC gives it, with spend running on to March 2026, an
 * A1 forecast of the year before and of March 2026, and an A2 forecast of January 2026; {@code LB2B}
 * is the same pool under the BUDGET method, {@code LB2U} the same without its REST step. {@code finance/lb1-rules} holds LB1 under HOST and OWN
 * ({@code LB1H}, {@code LB1O}) and as ALIGNED ({@code AL1}); LB1 itself (SHARES) is {@code finance/lb1}.
 */
class RiskAgreementApiTest {
  private static RunningCarepool app;
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() {
    app = new RunningCarepool(RunningCarepool.tempDir()).load(RunningCarepool.resource("finance/lb1"))
        .load(RunningCarepool.resource("finance/lb1-rules")).load(RunningCarepool.resource("finance/lb2"));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void lb1_rates_its_schemes_and_its_pool_and_shares_by_rule() throws Exception {
    JsonNode ie = ie("LB1", "2025-09");
    assertRow(ie.get("schemes").get(0), "code", "S1", "riskClass", "VARIABLE", "basis", "RUN_RATE",
        "varianceToDate", "30000.00", "variance", "60000.00", "variancePct", "8.6", "rating", "RED");
    assertRow(ie.get("schemes").get(1), "code", "S2", "varianceToDate", "-10000.00", "variance", "-20000.00",
        "variancePct", "-6.7", "rating", "GREEN");
    assertFalse(ie.get("schemes").get(0).has("carriedFrom"), "carriedFrom only for a carried-forward forecast");
    assertRow(ie.get("pool"), "overspend", "40000.00", "variancePct", "4.0", "rating", "AMBER",
        "shareable", "40000.00");
    assertEquals("RULE", ie.get("riskShareBasis").asText());
    assertEquals(List.of("CCG 24000.00 = RULE 24000.00", "LA 16000.00 = RULE 16000.00"), shares(ie));
    assertRow(ie.get("costSplit").get(1), "organisation", "LA", "amount", "208000.00", "incomeToDate", "200000.00",
        "owedToHost", "8000.00");
    assertRow(ie.get("reserves"), "opening", "0.00", "drawn", "0.00", "underspendAdded", "0.00", "closing", "0.00",
        "ringFencedCarriedForward", "0.00");
    assertEquals("0.00", ie.get("unallocated").asText());
    assertEquals(0, ie.get("notices").size(), "no notify term, nothing unallocated");
    assertTrue(ie.get("pool").get("previousForecast").isNull(), "no closed month yet");
  }

  @Test
  void lb1_under_host_puts_the_whole_overspend_on_the_lead_body() throws Exception {
    assertEquals(List.of("CCG 40000.00 = RULE 40000.00", "LA 0.00 ="), shares(ie("LB1H", "2025-09")));
  }

  @Test
  void lb1_under_own_leaves_each_partner_its_own_schemes() throws Exception {
    JsonNode ie = ie("LB1O", "2025-09");
    assertEquals(List.of("CCG 60000.00 = RULE 60000.00", "LA -20000.00 = RULE -20000.00"), shares(ie));
    assertRow(ie.get("riskShare").get(1), "ownSchemesVariance", "-20000.00", "shareOfBudgetGap", "0.00");
  }

  @Test
  void lb1_as_aligned_leaves_each_partner_its_own_budget_and_has_no_cost_split() throws Exception {
    JsonNode ie = ie("AL1", "2025-09");
    // 760,000 − 600,000 and 280,000 − 400,000: nothing moves between partners
    assertEquals(List.of("CCG 160000.00 = RULE 160000.00", "LA -120000.00 = RULE -120000.00"), shares(ie));
    assertEquals(0, ie.get("costSplit").size());
  }

  @Test
  void lb2_gives_every_scheme_its_basis_variance_and_rating() throws Exception {
    JsonNode s = ie("LB2", "2025-12").get("schemes");
    assertRow(s.get(0), "code", "A1", "funder", "ICB", "riskClass", "VARIABLE", "budget", "5000000.00",
        "budgetToDate", "3750000.00", "actualToDate", "4200000.00", "varianceToDate", "450000.00",
        "forecast", "5600000.00", "basis", "RUN_RATE", "variance", "600000.00", "variancePct", "12.0", "rating", "RED");
    assertRow(s.get(1), "code", "A2", "funder", "LA", "riskClass", "VARIABLE", "actualToDate", "2400000.00",
        "forecast", "3150000.00", "basis", "CARRIED_FORWARD", "carriedFrom", "2025-09", "variance", "150000.00",
        "variancePct", "5.0", "rating", "RED");
    assertRow(s.get(2), "code", "A3", "riskClass", "RING_FENCED", "budget", "1200000.00", "actualToDate",
        "600000.00", "forecast", "800000.00", "basis", "RUN_RATE", "variance", "-400000.00", "variancePct", "-33.3",
        "rating", "GREEN");
    assertRow(s.get(3), "code", "A4", "funder", "ICB", "riskClass", "FIXED", "budget", "800000.00",
        "actualToDate", "660000.00", "forecast", "880000.00", "basis", "RUN_RATE", "variance", "80000.00",
        "variancePct", "10.0", "rating", "RED");
  }

  @Test
  void lb2_pool_is_amber_and_the_notify_notice_applies() throws Exception {
    JsonNode ie = ie("LB2", "2025-12");
    assertRow(ie.get("pool"), "contributions", "10000000.00", "forecast", "10430000.00", "overspend", "430000.00",
        "variancePct", "4.3", "rating", "AMBER", "shareable", "750000.00");
    assertEquals(List.of("The pool's forecast variance is 4.3% of contributions, at or above the notify threshold "
        + "of 4%: the agreement requires the host, LA, to notify the partners."), texts(ie.get("notices")));
  }

  @Test
  void lb2_runs_its_steps_in_order_over_what_remains() throws Exception {
    JsonNode ie = ie("LB2", "2025-12");
    assertEquals("STEPS", ie.get("riskShareBasis").asText());
    JsonNode steps = ie.get("steps");
    assertEquals(4, steps.size());
    assertRow(steps.get(0), "step", "1", "rule", "RESERVE", "taken", "200000.00", "remainingAfter", "550000.00");
    assertRow(steps.get(1), "step", "2", "rule", "FIRST", "party", "LA", "limit", "100000.00", "taken", "100000.00",
        "remainingAfter", "450000.00");
    assertRow(steps.get(2), "step", "3", "rule", "SHARES", "taken", "300000.00", "remainingAfter", "150000.00");
    assertRow(steps.get(2).get("borne").get(0), "organisation", "ICB", "share", "270000.00", "cap", "180000.00",
        "amount", "180000.00");
    assertRow(steps.get(2).get("borne").get(1), "organisation", "LA", "share", "180000.00", "cap", "120000.00",
        "amount", "120000.00");
    assertRow(steps.get(3), "step", "4", "rule", "REST", "party", "ICB", "taken", "150000.00",
        "remainingAfter", "0.00");
    assertEquals(List.of("ICB 330000.00 = STEP 3 SHARES 180000.00 + STEP 4 REST 150000.00",
        "LA 300000.00 = STEP 2 FIRST 100000.00 + STEP 3 SHARES 120000.00 + FIXED 80000.00"), shares(ie));
    assertEquals("0.00", ie.get("unallocated").asText());
  }

  @Test
  void lb2_draws_its_reserve_and_carries_the_ring_fenced_underspend_forward() throws Exception {
    JsonNode ie = ie("LB2", "2025-12");
    assertRow(ie.get("reserves"), "opening", "200000.00", "drawn", "200000.00", "underspendAdded", "0.00",
        "closing", "0.00", "ringFencedCarriedForward", "400000.00");
  }

  @Test
  void lb2_cost_split_follows_the_contribution_ratio_and_flags_the_host() throws Exception {
    JsonNode split = ie("LB2", "2025-12").get("costSplit");
    assertRow(split.get(0), "organisation", "ICB", "amount", "4716000.00", "incomeToDate", "4500000.00",
        "owedToHost", "216000.00", "isHost", "false");
    assertRow(split.get(1), "organisation", "LA", "amount", "3144000.00", "incomeToDate", "3000000.00",
        "owedToHost", "144000.00", "isHost", "true");
  }

  @Test
  void lb2_under_the_budget_method_forecasts_actual_plus_the_rest_of_the_budget() throws Exception {
    JsonNode a1 = ie("LB2B", "2025-12").get("schemes").get(0);
    assertRow(a1, "code", "A1", "forecast", "5450000.00", "basis", "BUDGET");
  }

  @Test
  void lb2_at_the_year_end_takes_every_actual_and_notes_the_march_forecast_it_ignores() throws Exception {
    JsonNode ie = ie("LB2", "2026-03");
    // A1 4,200,000 + 3 × 470,000; A2's carried-forward and January forecasts give way to its actual
    assertRow(ie.get("schemes").get(0), "code", "A1", "actualToDate", "5610000.00", "forecast", "5610000.00",
        "basis", "OUTTURN");
    assertRow(ie.get("schemes").get(1), "code", "A2", "actualToDate", "3210000.00", "forecast", "3210000.00",
        "basis", "OUTTURN");
    assertTrue(texts(ie.get("dataQualityNotes")).contains("Scheme A1 Hospital discharge: at the year end the "
        + "forecast outturn is the actual, £5,610,000.00; the forecast of £5,700,000.00 loaded for Month 12 "
        + "(March 2026) is ignored."), ie.get("dataQualityNotes").toString());
  }

  @Test
  void a_forecast_carries_forward_within_its_year_only() throws Exception {
    assertRow(ie("LB2", "2025-09").get("schemes").get(1), "code", "A2", "basis", "ANALYST");
    assertRow(ie("LB2", "2025-11").get("schemes").get(1), "code", "A2", "basis", "CARRIED_FORWARD",
        "carriedFrom", "2025-09");
    JsonNode june = ie("LB2", "2025-06").get("schemes");
    // A1's forecast for March 2025 belongs to 2024-25; A2's for September is not loaded yet as at June
    assertRow(june.get(0), "code", "A1", "basis", "RUN_RATE");
    assertRow(june.get(1), "code", "A2", "basis", "RUN_RATE");
  }

  @Test
  void without_a_rest_step_what_remains_is_unallocated_and_said_so_in_red() throws Exception {
    JsonNode ie = ie("LB2U", "2025-12");
    assertEquals("150000.00", ie.get("unallocated").asText());
    assertEquals(List.of("ICB 180000.00 = STEP 3 SHARES 180000.00",
        "LA 300000.00 = STEP 2 FIRST 100000.00 + STEP 3 SHARES 120000.00 + FIXED 80000.00"), shares(ie));
    assertTrue(texts(ie.get("notices")).contains("£150,000.00 of the shareable overspend is unallocated: the "
        + "agreement's steps do not cover it."), ie.get("notices").toString());
    org.carepool.web.Client viewer = new org.carepool.web.Client(app.base());
    assertEquals(303, viewer.signIn("viewer", RunningCarepool.PASSWORD).statusCode());
    String page = viewer.get("/reports?arrangement=LB2U&month=2025-12").body();
    assertTrue(page.contains("<tr class=\"unallocated\"><th scope=\"row\">Unallocated (not covered by the agreement)"
        + "</th><td class=\"num\">£150,000.00</td></tr>"), page);
  }

  @Test
  void the_reports_page_headline_says_the_steps_shared_the_overspend_and_shows_the_notice() {
    org.carepool.web.Client viewer = new org.carepool.web.Client(app.base());
    assertEquals(303, viewer.signIn("viewer", RunningCarepool.PASSWORD).statusCode());
    String page = viewer.get("/reports?arrangement=LB2&month=2025-12").body();
    assertTrue(page.contains("<caption>Who carries the overspend (by the agreement&#39;s steps)</caption>"), page);
    assertTrue(page.contains("<th scope=\"row\">ICB</th><td class=\"num\">£330,000.00</td>"), page);
    assertTrue(page.contains("<p class=\"notice\">The pool&#39;s forecast variance is 4.3% of contributions, at or "
        + "above the notify threshold of 4%: the agreement requires the host, LA, to notify the partners.</p>"), page);
    assertTrue(page.contains("<td class=\"num\">4.3% AMBER</td>"), page);
  }

  private static JsonNode ie(String arrangement, String month) throws Exception {
    HttpResponse<String> response = app.get("/api/arrangements/" + arrangement + "/income-expenditure?month="
        + month, "viewer");
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body());
  }

  /** "ICB 330000.00 = STEP 3 SHARES 180000.00 + STEP 4 REST 150000.00" per partner. */
  private static List<String> shares(JsonNode ie) {
    List<String> shares = new ArrayList<>();
    for (JsonNode share : ie.get("riskShare")) {
      List<String> parts = new ArrayList<>();
      share.get("parts").forEach(p -> parts.add(p.get("source").asText() + " " + p.get("amount").asText()));
      shares.add((share.get("organisation").asText() + " " + share.get("amount").asText() + " = "
          + String.join(" + ", parts)).strip());
    }
    return shares;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  private static void assertRow(JsonNode node, String... namesAndValues) {
    for (int i = 0; i < namesAndValues.length; i += 2) {
      JsonNode value = node.get(namesAndValues[i]);
      assertTrue(value != null, namesAndValues[i] + " missing from " + node);
      assertEquals(namesAndValues[i + 1], value.asText(), namesAndValues[i] + " of " + node);
    }
  }
}
