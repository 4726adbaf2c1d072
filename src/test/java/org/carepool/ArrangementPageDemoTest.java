package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carepool.demo.DemoStores;
import org.carepool.web.Client;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An arrangement's page (/arrangements/{code}) and the dashboard cards' KPIs on the whole demo data set
 * (finance, activity, KPIs, benchmarks, arrangement_kpis.csv). Every figure the page shows carries the
 * JSON pointer of the same figure in the I&amp;E JSON ({@code data-ie}) or the performance JSON
 * ({@code data-perf}) and its value as that JSON writes it: each must equal the API's, and every figure
 * the API gives for the headline, the tables and the KPIs must be on the page. One month of BCF is
 * closed first, so that previous forecasts and movements are figures, not dashes.
 */
class ArrangementPageDemoTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> ARRANGEMENTS = List.of("BCF", "IC-JV", "ICES", "LDP", "MHA");
  private static final Pattern FIGURE = Pattern.compile(
      "data-(ie|perf)=\"([^\"]*)\" data-value=\"([^\"]*)\">([^<]*)");
  private static final Pattern KPI_ON_CARD = Pattern.compile("<li class=\"kpi\" data-kpi=\"([^\"]+)\" data-rating=\""
      + "([^\"]*)\" data-direction-month=\"([^\"]*)\" data-direction-year=\"([^\"]*)\">(.*?)</li>", Pattern.DOTALL);
  private static RunningCarepool app;
  private static Client viewer;
  private static String home;

  @BeforeAll
  static void start() throws IOException {
    app = RunningCarepool.onDemo(DemoStores.Part.WHOLE);
    assertEquals(201, app.send("POST", "/api/arrangements/BCF/closes?month=2026-09", "analyst", null).statusCode());
    viewer = new Client(app.base());
    assertEquals(303, viewer.signIn("viewer", RunningCarepool.PASSWORD).statusCode());
    home = page("/");
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void every_arrangements_page_shows_the_json_apis_figures_and_all_of_them() {
    List<String> differences = new ArrayList<>();
    for (String code : ARRANGEMENTS) {
      String page = page("/arrangements/" + code);
      String month = find(page, "id=\"detail-about\" data-month=\"([^\"]+)\"");
      assertEquals(cardMonth(code), month, code + ": the page's month is its card's");
      compare(differences, code + " " + month, page, month);
    }
    String september = page("/arrangements/BCF?month=2025-09");
    compare(differences, "BCF 2025-09", september, "2025-09");
    assertEquals(List.of(), differences);
  }

  @Test
  void every_kpi_on_every_card_has_the_performance_jsons_rating_and_direction_in_words_too() {
    List<String> differences = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    for (String code : ARRANGEMENTS) {
      String card = card(home, code);
      JsonNode kpis = api("/api/arrangements/" + code + "/performance?month=" + cardMonth(code)).get("kpis");
      Matcher shown = KPI_ON_CARD.matcher(card);
      int i = 0;
      while (shown.find()) {
        JsonNode kpi = kpis.get(i++);
        String what = code + " " + shown.group(1);
        if (kpi == null || !kpi.get("code").asText().equals(shown.group(1))) {
          differences.add(what + ": not the API's KPI " + i + " (" + kpi + ")");
          continue;
        }
        same(differences, what + " rating", kpi.get("rating"), shown.group(2));
        same(differences, what + " direction against the month before", kpi.at("/direction/previousMonth"),
            shown.group(3));
        same(differences, what + " direction against last year", kpi.at("/direction/lastYear"), shown.group(4));
        String words = shown.group(5);
        if (!words.contains(ratingWords(kpi.get("rating")))) {
          differences.add(what + ": rating not in words");
        }
        for (String direction : List.of(shown.group(3), shown.group(4))) {
          if (!direction.isEmpty() && !words.contains(directionWords(direction))) {
            differences.add(what + ": " + direction + " not in words");
          }
          seen.add(direction);
        }
        seen.add(shown.group(2));
      }
      if (i != kpis.size()) {
        differences.add(code + ": " + i + " KPIs on the card, " + kpis.size() + " in the API");
      }
    }
    assertEquals(List.of(), differences);
    assertTrue(seen.containsAll(List.of("GREEN", "RED", "IMPROVED", "WORSENED")), "the demo shows a mix: " + seen);
    assertEquals(3, KPI_ON_CARD.matcher(card(home, "ICES")).results().count(),
        "ICES is rated on the three KPIs arrangement_kpis.csv lists");
  }

  @Test
  void every_card_links_to_its_page_and_the_page_to_every_download() {
    for (String code : ARRANGEMENTS) {
      assertTrue(card(home, code).contains("href=\"/arrangements/" + code + "\""), code + " card links to its page");
    }
    String page = page("/arrangements/ICES");
    List<String> links = Pattern.compile("class=\"button-link\" href=\"([^\"]+)\"").matcher(page).results()
        .map(m -> m.group(1).replace("&amp;", "&")).toList();
    assertEquals(8, links.size(), links.toString());
    for (String report : List.of("income-expenditure", "performance")) {
      for (String format : List.of("pdf", "xlsx", "csv")) {
        assertTrue(links.contains("/reports/file?report=" + report + "&arrangement=ICES&month=" + cardMonth("ICES")
            + "&format=" + format), report + " " + format);
      }
    }
    for (String link : links) {
      HttpResponse<String> file = viewer.get(link);
      assertEquals(200, file.statusCode(), link);
      assertFalse(file.body().isEmpty(), link);
    }
  }

  @Test
  void an_unknown_arrangement_is_the_404_page_and_a_month_outside_it_the_refusal() {
    HttpResponse<String> unknown = viewer.get("/arrangements/NOPE");
    assertEquals(404, unknown.statusCode());
    assertTrue(unescape(unknown.body()).contains("There is no arrangement 'NOPE'"), unknown.body());
    HttpResponse<String> early = viewer.get("/arrangements/BCF?month=2019-04");
    String api = api("/api/arrangements/BCF/income-expenditure?month=2019-04", 422).get("error").asText();
    assertEquals(422, early.statusCode());
    assertTrue(unescape(early.body()).contains(Character.toUpperCase(api.charAt(0)) + api.substring(1)),
        api + " in " + early.body());
    assertEquals(400, viewer.get("/arrangements/BCF?month=2025-13").statusCode());
  }

  @Test
  @Tag("alone") // an absolute time bound: run with no other test JVM beside it
  void the_home_page_and_an_arrangements_page_render_quickly() {
    Map<String, Long> medians = new LinkedHashMap<>();
    for (String path : List.of("/", "/arrangements/BCF")) {
      viewer.get(path); // warm
      List<Long> millis = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        long start = System.nanoTime();
        assertEquals(200, viewer.get(path).statusCode());
        millis.add((System.nanoTime() - start) / 1_000_000);
      }
      millis.sort(null);
      System.out.println("PAGE " + path + " on the whole demo store: median " + millis.get(2) + " ms of " + millis);
      medians.put(path, millis.get(2));
    }
    assertTrue(medians.values().stream().allMatch(ms -> ms < 5_000), medians.toString());
  }

  /** Every figure on the page equals the API's, and every figure the API gives is on the page. */
  private static void compare(List<String> differences, String what, String page, String month) {
    String code = what.substring(0, what.indexOf(' '));
    Map<String, JsonNode> apis = Map.of(
        "ie", api("/api/arrangements/" + code + "/income-expenditure?month=" + month),
        "perf", api("/api/arrangements/" + code + "/performance?month=" + month));
    Set<String> shown = new TreeSet<>();
    Matcher m = FIGURE.matcher(page);
    while (m.find()) {
      String pointer = m.group(2);
      String value = unescape(m.group(3));
      shown.add(m.group(1) + pointer);
      JsonNode api = apis.get(m.group(1)).at(pointer);
      if (api.isMissingNode()) {
        differences.add(what + " " + m.group(1) + pointer + ": not in the API");
        continue;
      }
      same(differences, what + " " + m.group(1) + pointer, api, value);
      String text = unescape(m.group(4)).strip().replace('\u2212', '-');
      boolean inWords = new BigDecimal(isNumber(value) ? value : "1").signum() == 0
          && (text.equals("No change") || text.equals("On budget") || text.equals("on budget to date"));
      if (!value.isEmpty() && isNumber(value) && !inWords && !text.contains(shownAs(pointer, value))) {
        differences.add(what + " " + m.group(1) + pointer + ": shows '" + text + "' for " + value);
      }
    }
    Set<String> expected = expected(apis.get("ie"), apis.get("perf"));
    expected.removeAll(shown);
    if (!expected.isEmpty()) {
      differences.add(what + ": not on the page: " + expected);
    }
  }

  /** The pointers of every figure the page must show. */
  private static Set<String> expected(JsonNode ie, JsonNode perf) {
    Set<String> pointers = new TreeSet<>();
    for (String f : List.of("contributions", "budget", "actualToDate", "forecast", "overspend", "variancePct", "rating",
        "previousForecast", "movement")) {
      pointers.add("ie/pool/" + f);
    }
    each(pointers, ie, "income", "contribution", "toDate");
    each(pointers, ie, "schemes", "budget", "budgetToDate", "actualToDate", "varianceToDate", "forecast", "basis", "previousForecast",
        "movement", "variance", "variancePct", "rating");
    each(pointers, ie, "riskShare", "amount");
    each(pointers, ie, "steps", "remainingBefore", "limit", "taken", "remainingAfter");
    each(pointers, ie, "costSplit", "amount", "incomeToDate", "owedToHost");
    each(pointers, ie, "keyVariances", "rating", "variance", "variancePct", "movement", "commentary");
    JsonNode reserves = ie.get("reserves");
    boolean anyReserve = false;
    for (var f : reserves.properties()) {
      anyReserve |= new BigDecimal(f.getValue().asText()).signum() != 0;
    }
    if (anyReserve) {
      reserves.fieldNames().forEachRemaining(f -> pointers.add("ie/reserves/" + f));
    }
    if (new BigDecimal(ie.get("unallocated").asText()).signum() != 0) {
      pointers.add("ie/unallocated");
    }
    JsonNode kpis = perf.get("kpis");
    for (int i = 0; i < kpis.size(); i++) {
      for (String f : List.of("actual", "inMonth", "target", "rating", "direction/previousMonth", "direction/lastYear",
          "lastYear")) {
        pointers.add("perf/kpis/" + i + "/" + f);
      }
      for (String series : List.of("series", "lastYearSeries", "benchmarks")) {
        for (int j = 0; j < kpis.get(i).get(series).size(); j++) {
          pointers.add("perf/kpis/" + i + "/" + series + "/" + j + "/value");
        }
      }
    }
    return pointers;
  }

  private static void each(Set<String> pointers, JsonNode json, String list, String... fields) {
    for (int i = 0; i < json.get(list).size(); i++) {
      for (String f : fields) {
        pointers.add("ie/" + list + "/" + i + "/" + f);
      }
    }
  }

  /** How the page writes a figure: money as £ with separators (its sign in words), a % with its sign, a KPI as is. */
  private static String shownAs(String pointer, String value) {
    BigDecimal v = new BigDecimal(value);
    if (pointer.endsWith("Pct")) {
      return value + "%";
    }
    if (pointer.startsWith("/kpis/")) {
      return value;
    }
    return "£" + new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(
        java.util.Locale.UK)).format(v.abs());
  }

  private static void same(List<String> differences, String what, JsonNode api, String page) {
    boolean apiNone = api == null || api.isNull() || api.asText().isBlank();
    boolean pageNone = page == null || page.isEmpty();
    boolean equal = apiNone || pageNone ? apiNone == pageNone
        : isNumber(page) && isNumber(api.asText()) ? new BigDecimal(api.asText()).compareTo(new BigDecimal(page)) == 0
        : api.asText().equals(page);
    if (!equal) {
      differences.add(what + ": API " + api + ", page '" + page + "'");
    }
  }

  private static boolean isNumber(String s) {
    return s.matches("-?\\d+(\\.\\d+)?");
  }

  private static String ratingWords(JsonNode rating) {
    return rating == null || rating.isNull() ? "Not rated" : switch (rating.asText()) {
      case "GREEN" -> "Green";
      case "AMBER" -> "Amber";
      default -> "Red";
    };
  }

  private static String directionWords(String direction) {
    return switch (direction) {
      case "IMPROVED" -> "better";
      case "WORSENED" -> "worse";
      default -> "no change";
    };
  }

  private static String unescape(String html) {
    return Pattern.compile("&#(\\d+);").matcher(html.replace("&quot;", "\"").replace("&lt;", "<")
        .replace("&gt;", ">")).replaceAll(r -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(r.group(1)))))
        .replace("&amp;", "&");
  }

  private static String page(String path) {
    HttpResponse<String> response = viewer.get(path);
    assertEquals(200, response.statusCode(), path + ": " + response.body());
    return response.body();
  }

  private static String cardMonth(String code) {
    return find(home, "id=\"card-" + Pattern.quote(code) + "\" data-month=\"([^\"]+)\"");
  }

  /** A card runs to the next card or the end of its board's list (its KPIs are list items inside it). */
  private static String card(String page, String code) {
    int start = page.indexOf("id=\"card-" + code + "\"");
    assertTrue(start >= 0, "a card for " + code);
    int next = page.indexOf("class=\"dashboard-card\"", start);
    int listEnd = page.indexOf("</ul></section>", start);
    return page.substring(start, next < 0 ? listEnd : Math.min(next, listEnd));
  }

  private static String find(String page, String regex) {
    Matcher m = Pattern.compile(regex).matcher(page);
    assertTrue(m.find(), regex);
    return m.group(1);
  }

  private static JsonNode api(String path) {
    return api(path, 200);
  }

  private static JsonNode api(String path, int status) {
    HttpResponse<String> response = app.get(path, "viewer");
    assertEquals(status, response.statusCode(), response.body());
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
