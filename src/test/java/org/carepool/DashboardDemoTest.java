package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carepool.demo.DemoStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.carepool.web.Client;
import org.junit.jupiter.api.Test;

/**
 * The home page's dashboard on the demo's finance files: every arrangement's card shows the same
 * pool figures as the JSON API for its month, and every point of its month-by-month line the
 * API's variance for that month. One month of one arrangement is closed first, so a movement shows.
 */
class DashboardDemoTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> ARRANGEMENTS = List.of("BCF", "IC-JV", "ICES", "LDP", "MHA");
  private static final Pattern FIGURE = Pattern.compile("data-figure=\"(\\w+)\"(?: data-value=\"([^\"]*)\")?");
  private static final Pattern TREND = Pattern.compile("data-month=\"(\\d{4}-\\d{2})\" data-variance=\"([^\"]+)\"");
  private static RunningCarepool app;

  @BeforeAll
  static void start() throws IOException {
    app = RunningCarepool.onDemo(DemoStores.Part.FINANCE);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void every_card_shows_the_json_apis_pool_figures_and_monthly_variances() {
    String month = cardMonth(home(), "BCF");
    String earlier = java.time.YearMonth.parse(month).minusMonths(1).toString();
    assertEquals(201, app.send("POST", "/api/arrangements/BCF/closes?month=" + earlier, "analyst", null).statusCode());
    String page = home();
    List<String> differences = new ArrayList<>();
    for (String code : ARRANGEMENTS) {
      String card = card(page, code);
      JsonNode pool = json(code, cardMonth(page, code)).get("pool");
      Map<String, String> shown = figures(card);
      same(differences, code + " variance", pool.get("overspend"), shown.get("variance"));
      same(differences, code + " movement", pool.get("movement"), shown.get("movement"));
      if (!pool.get("rating").asText().equals(shown.get("rating"))) {
        differences.add(code + " rating: API " + pool.get("rating") + ", page " + shown.get("rating"));
      }
      for (String figure : List.of("contributions", "forecast")) {
        String pounds = pounds(pool.get(figure).asText());
        if (!card.contains("data-figure=\"" + figure + "\">" + pounds + "<")) {
          differences.add(code + " " + figure + ": API " + pounds + " not on the card");
        }
      }
      if (pool.get("variancePct") != null && !pool.get("variancePct").isNull()) {
        assertTrue(card.contains("data-pct=\"" + pool.get("variancePct").asText() + "\""), code + " variance %");
      }
      Matcher trend = TREND.matcher(card);
      int points = 0;
      while (trend.find()) {
        points++;
        same(differences, code + " variance at " + trend.group(1), json(code, trend.group(1)).get("pool")
            .get("overspend"), trend.group(2));
      }
      assertTrue(points > 0, code + " has a month-by-month line");
      assertTrue(card.contains("<svg") && card.contains("role=\"img\"") && card.contains("<title"), code + " chart labelled");
    }
    assertEquals(List.of(), differences);
    assertFalse(figures(card(page, "BCF")).get("movement").isEmpty(), "BCF's movement since its close shows");
    assertTrue(card(page, "BCF").contains("since the last closed month"));
  }

  private static void same(List<String> differences, String what, JsonNode api, String page) {
    boolean apiNone = api == null || api.isNull();
    boolean pageNone = page == null || page.isEmpty();
    if (apiNone != pageNone || (!apiNone && new BigDecimal(api.asText()).compareTo(new BigDecimal(page)) != 0)) {
      differences.add(what + ": API " + api + ", page " + page);
    }
  }

  private static Map<String, String> figures(String card) {
    Map<String, String> figures = new LinkedHashMap<>();
    Matcher m = FIGURE.matcher(card);
    while (m.find()) {
      figures.put(m.group(1), m.group(2));
    }
    return figures;
  }

  /** £ with separators, as the page writes them (the API writes plain decimals). */
  private static String pounds(String plain) {
    BigDecimal amount = new BigDecimal(plain);
    String digits = new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(
        java.util.Locale.UK)).format(amount.abs());
    return (amount.signum() < 0 ? "−£" : "£") + digits;
  }

  private static String home() {
    return homeOf(app);
  }

  /** The home page as a signed-in viewer sees it (pages take a session, not Basic). */
  static String homeOf(RunningCarepool app) {
    Client viewer = new Client(app.base());
    assertEquals(303, viewer.signIn("viewer", RunningCarepool.PASSWORD).statusCode());
    HttpResponse<String> response = viewer.get("/");
    assertEquals(200, response.statusCode(), response.body());
    return response.body();
  }

  private static String card(String page, String code) {
    int start = page.indexOf("id=\"card-" + code + "\"");
    assertTrue(start >= 0, "a card for " + code);
    return page.substring(start, page.indexOf("</li>", start));
  }

  private static String cardMonth(String page, String code) {
    Matcher m = Pattern.compile("id=\"card-" + Pattern.quote(code) + "\" data-month=\"([^\"]+)\"").matcher(page);
    assertTrue(m.find(), code + " card has a month");
    assertNotNull(m.group(1));
    return m.group(1);
  }

  private static JsonNode json(String arrangement, String month) {
    HttpResponse<String> response = app.get("/api/arrangements/" + arrangement + "/income-expenditure?month=" + month,
        "viewer");
    assertEquals(200, response.statusCode(), response.body());
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
