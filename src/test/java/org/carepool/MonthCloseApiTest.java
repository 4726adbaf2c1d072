package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SPEC §4.9 through the importer and the JSON API on {@code finance/lb1} (SPEC §4.8's LB1, with
 * spend to October 2025). Hand-worked RUN_RATE forecasts: to August (k = 5) S1 314,000.00 × 12 / 5 =
 * 753,600.00 and S2 117,500.00 × 12 / 5 = 282,000.00 (pool 1,035,600.00); to September SPEC §4.8's
 * 760,000.00 and 280,000.00 (pool 1,040,000.00); to October (k = 7) S1 479,999.99 × 12 / 7 =
 * 822,857.13 and S2 140,000.00 × 12 / 7 = 240,000.00 (pool 1,062,857.13).
 */
class MonthCloseApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private RunningCarepool app;

  @BeforeEach
  void start() {
    app = new RunningCarepool(RunningCarepool.tempDir()).load(RunningCarepool.resource("finance/lb1"));
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void movement_is_measured_from_the_latest_closed_month_before_the_report_month() throws Exception {
    JsonNode before = ie("LB1", "2025-09", "now");
    assertTrue(before.get("pool").get("previousForecast").isNull(), "no close yet");
    assertTrue(before.get("schemes").get(0).get("movement").isNull());
    assertTrue(before.get("reported").isNull(), "September is not closed");

    assertEquals(201, close("LB1", "2025-08", "analyst").statusCode());
    JsonNode sep = ie("LB1", "2025-09", "now");
    assertScheme(sep, 0, "S1", "760000.00", "753600.00", "6400.00");
    assertScheme(sep, 1, "S2", "280000.00", "282000.00", "-2000.00");
    assertEquals("1035600.00", sep.get("pool").get("previousForecast").asText());
    assertEquals("4400.00", sep.get("pool").get("movement").asText());

    assertEquals(201, close("LB1", "2025-09", "analyst").statusCode());
    JsonNode oct = ie("LB1", "2025-10", "now");
    assertScheme(oct, 0, "S1", "822857.13", "760000.00", "62857.13");
    assertScheme(oct, 1, "S2", "240000.00", "280000.00", "-40000.00");
    assertEquals("1040000.00", oct.get("pool").get("previousForecast").asText());
    assertEquals("22857.13", oct.get("pool").get("movement").asText());

    JsonNode aug = ie("LB1", "2025-08", "now");
    assertTrue(aug.get("pool").get("previousForecast").isNull(), "nothing closed before August");
    JsonNode list = JSON.readTree(app.get("/api/arrangements/LB1/closes", "viewer").body()).get("closes");
    assertEquals(List.of("2025-08 ANALYST analyst 1035600.00", "2025-09 ANALYST analyst 1040000.00"), closes(list));
  }

  @Test
  void a_month_closes_once_for_an_analyst_and_only_inside_the_arrangement_with_contributions() throws Exception {
    assertEquals(403, close("LB1", "2025-08", "viewer").statusCode());
    assertEquals(201, close("LB1", "2025-08", "analyst").statusCode());
    var again = close("LB1", "2025-08", "admin");
    assertEquals(409, again.statusCode());
    assertTrue(again.body().contains("already closed"), again.body());
    var before = close("LB1", "2025-03", "analyst");
    assertEquals(422, before.statusCode());
    assertTrue(before.body().contains("was not running in 2025-03"), before.body());
    var noYear = close("LB1", "2026-04", "analyst");
    assertEquals(422, noYear.statusCode());
    assertTrue(noYear.body().contains("no contributions for 2026-27"), noYear.body());
    assertEquals(404, close("NOPE", "2025-08", "analyst").statusCode());
    assertEquals(409, app.get("/api/arrangements/LB1/income-expenditure?month=2025-09&as=reported", "viewer")
        .statusCode(), "September is not closed, so it has no statement as reported");
    assertEquals(400, app.get("/api/arrangements/LB1/income-expenditure?month=2025-08&as=then", "viewer")
        .statusCode());
    assertTrue(audit().contains("actor analyst action MONTH_CLOSED detail LB1 2025-08 by ANALYST, pool forecast 1035600.00"),
        audit());
  }

  @Test
  void spend_loaded_after_a_close_restates_the_month_and_the_reported_statement_stays_as_it_was() throws Exception {
    close("LB1", "2025-08", "analyst");
    close("LB1", "2025-09", "analyst");
    String keptAug = app.get("/api/arrangements/LB1/income-expenditure?month=2025-08&as=reported", "viewer").body();
    JsonNode unchanged = ie("LB1", "2025-08", "now");
    assertFalse(unchanged.get("reported").get("restated").asBoolean(), "nothing loaded since the close");
    assertEquals("NOW", unchanged.get("reported").get("view").asText());

    // August's S1 spend goes from 64,000.00 to 74,000.00: S1 to August 324,000.00 × 12 / 5 = 777,600.00
    app.load(august(74000));
    JsonNode now = ie("LB1", "2025-08", "now");
    JsonNode reported = now.get("reported");
    assertEquals("2025-08", reported.get("closedMonth").asText());
    assertTrue(reported.get("restated").asBoolean());
    assertEquals("1035600.00", reported.get("reportedPoolForecast").asText());
    assertEquals("1059600.00", reported.get("currentPoolForecast").asText());
    assertEquals("1059600.00", now.get("pool").get("forecast").asText());
    assertEquals(1, reported.get("changedBy").size());
    assertEquals("spend.csv", reported.get("changedBy").get(0).get("fileName").asText());
    assertTrue(reported.get("text").asText().contains("£1,035,600.00 as reported and is £1,059,600.00 now"),
        reported.get("text").asText());

    String asReported = app.get("/api/arrangements/LB1/income-expenditure?month=2025-08&as=reported", "viewer").body();
    JsonNode kept = JSON.readTree(asReported);
    assertEquals("753600.00", kept.get("schemes").get(0).get("forecast").asText());
    assertEquals("1035600.00", kept.get("pool").get("forecast").asText());
    assertEquals("REPORTED", kept.get("reported").get("view").asText());
    assertTrue(kept.get("reported").get("restated").asBoolean());
    assertEquals(withoutReported(keptAug), withoutReported(asReported), "the kept statement does not move");

    String file = "/api/reports/income-expenditure?arrangement=LB1&month=2025-08&format=csv&as=";
    String reportedCsv = app.get(file + "reported", "viewer").body();
    String nowCsv = app.get(file + "now", "viewer").body();
    assertTrue(reportedCsv.contains("753600.00") && !reportedCsv.contains("777600.00"), reportedCsv);
    assertTrue(nowCsv.contains("777600.00") && !nowCsv.contains("753600.00"), nowCsv);
    assertTrue(audit().contains("income-expenditure LB1 2025-08 csv as reported"), audit());

    // September moves from what August reported, not from August worked out again
    JsonNode sep = ie("LB1", "2025-09", "now");
    assertScheme(sep, 0, "S1", "780000.00", "753600.00", "26400.00");
    assertTrue(sep.get("reported").get("restated").asBoolean(), "September rests on August's spend too");
  }

  @Test
  void reopening_needs_an_administrator_and_a_reason_and_is_audited() throws Exception {
    close("LB1", "2025-08", "analyst");
    assertEquals(403, reopen("LB1", "2025-08", "analyst", "late invoices").statusCode());
    assertEquals(400, reopen("LB1", "2025-08", "admin", "").statusCode());
    assertEquals(409, reopen("LB1", "2025-07", "admin", "late invoices").statusCode());
    assertEquals(200, reopen("LB1", "2025-08", "admin", "late invoices").statusCode());
    assertTrue(ie("LB1", "2025-09", "now").get("pool").get("previousForecast").isNull(), "August is open again");
    assertEquals(0, JSON.readTree(app.get("/api/arrangements/LB1/closes", "viewer").body()).get("closes").size());
    assertTrue(audit().matches("(?s).*actor admin action MONTH_REOPENED detail LB1 2025-08 \\(closed [^)]+ by analyst\\): "
        + "late invoices.*"), audit());
    assertEquals(201, close("LB1", "2025-08", "analyst").statusCode(), "a reopened month can be closed again");
  }

  @Test
  void key_variances_carry_their_commentary_and_without_it_are_a_data_quality_note() throws Exception {
    close("LB1", "2025-08", "analyst");
    JsonNode sep = ie("LB1", "2025-09", "now");
    // pool 4.0% AMBER and S1 8.6% RED; S2 (GREEN, moved 2,000.00 < 1% of 300,000.00) is not key
    assertEquals(List.of("null AMBER", "S1 RED"), keys(sep));
    assertTrue(notes(sep).contains("Scheme S1 (Intermediate care) is a key variance (RED) with no commentary for "
        + "Month 6 (September 2025)."), notes(sep).toString());

    var put = app.send("PUT", "/api/arrangements/LB1/commentary?month=2025-09&scheme=S1", "analyst",
        "{\"commentary\":\"Winter discharge surge\",\"action\":\"Review packages\",\"owner\":\"Head of finance\","
            + "\"due\":\"2025-11-30\"}");
    assertEquals(200, put.statusCode(), put.body());
    JsonNode explained = ie("LB1", "2025-09", "now");
    JsonNode s1 = explained.get("keyVariances").get(1);
    assertEquals("Winter discharge surge", s1.get("commentary").asText());
    assertEquals("Review packages", s1.get("action").asText());
    assertEquals("Head of finance", s1.get("owner").asText());
    assertEquals("2025-11-30", s1.get("due").asText());
    assertFalse(notes(explained).stream().anyMatch(n -> n.startsWith("Scheme S1")), notes(explained).toString());
    assertTrue(notes(explained).stream().anyMatch(n -> n.startsWith("The pool's variance")));

    // September's S1 spend up to 76,000.00: S1 to September 390,000.00 × 2 = 780,000.00, moved 26,400.00 ≥ 7,000.00
    // (1% of its budget); the pool 1,060,000.00 is 6.0% over (RED), moved 24,400.00 ≥ 10,000.00
    app.load(september(76000));
    assertEquals(List.of("null RED,MOVEMENT", "S1 RED,MOVEMENT"), keys(ie("LB1", "2025-09", "now")));
  }

  @Test
  void commentary_entered_by_hand_is_checked() throws Exception {
    assertEquals(403, app.send("PUT", "/api/arrangements/LB1/commentary?month=2025-09&scheme=S1", "viewer",
        "{\"commentary\":\"x\"}").statusCode());
    var unknown = app.send("PUT", "/api/arrangements/LB1/commentary?month=2025-09&scheme=S9", "analyst",
        "{\"commentary\":\"x\"}");
    assertEquals(422, unknown.statusCode());
    assertTrue(unknown.body().contains("no scheme 'S9'"), unknown.body());
    var badDue = app.send("PUT", "/api/arrangements/LB1/commentary?month=2025-09", "analyst",
        "{\"commentary\":\"x\",\"due\":\"2025-02-30\"}");
    assertEquals(400, badDue.statusCode());
    assertTrue(badDue.body().contains("due"), badDue.body());
    var empty = app.send("PUT", "/api/arrangements/LB1/commentary?month=2025-09", "analyst", "{\"commentary\":\" \"}");
    assertEquals(422, empty.statusCode());
  }

  @Test
  void an_analyst_closes_a_month_from_the_reports_page_and_a_viewer_has_no_button() throws Exception {
    String page = "/reports?arrangement=LB1&month=2025-08";
    org.carepool.web.Client viewer = signedIn("viewer");
    assertFalse(viewer.get(page).body().contains("id=\"close-month\""), "a viewer cannot close a month");
    org.carepool.web.Client analyst = signedIn("analyst");
    String form = analyst.get(page).body();
    assertTrue(form.contains("action=\"/reports/close\""), form);
    assertTrue(form.contains("is not closed: the figures may still change."), "the headline says the month is open");
    assertEquals(403, analyst.postForm("/reports/close", java.util.Map.of("arrangement", "LB1", "month", "2025-08"))
        .statusCode(), "without the session's CSRF token");
    var closed = analyst.postForm("/reports/close", java.util.Map.of("csrf", analyst.csrf(), "arrangement", "LB1",
        "month", "2025-08"));
    assertEquals(303, closed.statusCode(), closed.body());
    String location = closed.headers().firstValue("Location").orElseThrow();
    assertTrue(analyst.get(location).body().contains("2025-08 is closed for LB1"), location);
    assertEquals(List.of("2025-08 ANALYST analyst 1035600.00"),
        closes(JSON.readTree(app.get("/api/arrangements/LB1/closes", "viewer").body()).get("closes")));
    var again = analyst.postForm("/reports/close", java.util.Map.of("csrf", analyst.csrf(), "arrangement", "LB1",
        "month", "2025-08"));
    assertEquals(409, again.statusCode());
    assertTrue(again.body().contains("already closed"), again.body());
    String closedPage = viewer.get(page).body();
    assertTrue(closedPage.contains("Closed. Month 5 (August 2025) was closed on ")
        && closedPage.contains("They have not changed since."), closedPage);
    app.load(august(74000));
    String restatedPage = viewer.get(page).body();
    assertTrue(restatedPage.contains("Closed. Restated since: Month 5 (August 2025) was closed on ")
        && restatedPage.contains("as reported and is £1,059,600.00 now"), restatedPage);
  }

  private org.carepool.web.Client signedIn(String name) {
    org.carepool.web.Client client = new org.carepool.web.Client(app.base());
    assertEquals(303, client.signIn(name, RunningCarepool.PASSWORD).statusCode());
    return client;
  }

  private java.net.http.HttpResponse<String> close(String code, String month, String user) {
    return app.send("POST", "/api/arrangements/" + code + "/closes?month=" + month, user, null);
  }

  private java.net.http.HttpResponse<String> reopen(String code, String month, String user, String reason) {
    return app.send("POST", "/api/arrangements/" + code + "/closes/" + month + "/reopen?reason="
        + URLEncoder.encode(reason, StandardCharsets.UTF_8), user, null);
  }

  private JsonNode ie(String code, String month, String as) throws IOException {
    var response = app.get("/api/arrangements/" + code + "/income-expenditure?month=" + month + "&as=" + as, "viewer");
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body());
  }

  private String audit() {
    return app.get("/api/audit?limit=1000", "admin").body().replace("\",\"", " ").replace("\":\"", " ");
  }

  private static void assertScheme(JsonNode ie, int row, String code, String forecast, String previous,
      String movement) {
    JsonNode s = ie.get("schemes").get(row);
    assertEquals(List.of(code, forecast, previous, movement), List.of(s.get("code").asText(),
        s.get("forecast").asText(), s.get("previousForecast").asText(), s.get("movement").asText()));
  }

  private static List<String> closes(JsonNode list) {
    List<String> rows = new ArrayList<>();
    list.forEach(c -> rows.add(c.get("month").asText() + " " + c.get("how").asText() + " " + c.get("closedBy").asText()
        + " " + c.get("poolForecast").asText()));
    return rows;
  }

  private static List<String> keys(JsonNode ie) {
    List<String> rows = new ArrayList<>();
    ie.get("keyVariances").forEach(k -> {
      List<String> reasons = new ArrayList<>();
      k.get("reasons").forEach(r -> reasons.add(r.asText()));
      rows.add(k.get("scheme").asText() + " " + String.join(",", reasons));
    });
    return rows;
  }

  private static List<String> notes(JsonNode ie) {
    List<String> notes = new ArrayList<>();
    ie.get("dataQualityNotes").forEach(n -> notes.add(n.asText()));
    return notes;
  }

  private static String withoutReported(String json) throws IOException {
    var node = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(json);
    node.remove("reported");
    return node.toString();
  }

  private static Path august(int s1) throws IOException {
    return spend("LB1,S1,2025-08," + s1 + ".00,CCG,L1\nLB1,S2,2025-08,24000.00,LA,L1\nLB1,S2,2025-08,-500.00,LA,\n");
  }

  private static Path september(int s1) throws IOException {
    return spend("LB1,S1,2025-09," + s1 + ".00,CCG,L1\nLB1,S2,2025-09,23000.00,LA,L1\nLB1,S2,2025-09,-500.00,LA,\n");
  }

  private static Path spend(String rows) throws IOException {
    Path dir = Files.createTempDirectory("carepool-spend");
    Path file = dir.resolve("spend.csv");
    Files.writeString(file, "arrangement,scheme,month,amount,organisation,locality\n" + rows);
    return file;
  }
}
