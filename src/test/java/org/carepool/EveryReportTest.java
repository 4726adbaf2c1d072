package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carepool.demo.DemoStores;
import org.carepool.report.PdfText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * With the demo data loaded, every report of SPEC §6 downloads in every format it comes in, as a
 * viewer would fetch it; and the performance and mapping JSON answer with plausible figures.
 */
class EveryReportTest {
  private static RunningCarepool app;
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    app = RunningCarepool.onDemo(DemoStores.Part.WHOLE);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @ParameterizedTest(name = "{0} {1} as {2}")
  @CsvSource({
      "income-expenditure, arrangement=BCF, pdf, Westshire Better Care Fund",
      "income-expenditure, arrangement=MHA, xlsx, ",
      "income-expenditure, arrangement=ICES, csv, Pool position",
      "performance, arrangement=BCF, pdf, Non-elective admissions",
      "performance, arrangement=IC-JV, xlsx, ",
      "performance, arrangement=LDP, csv, NEL_ADMISSIONS_PER_1000",
      "spend-mapping, board=HWB, pdf, standardised",
      "spend-mapping, board=HWB, xlsx, ",
      "spend-mapping, board=HWB, csv, LOC-",
      "board-pack, board=HWB, pdf, Contents"})
  void every_report_downloads_in_every_format(String report, String scope, String format, String expected)
      throws Exception {
    HttpResponse<byte[]> file = app.getBytes("/api/reports/" + report + "?" + scope + "&month=2025-09&format=" + format,
        "viewer");
    assertEquals(200, file.statusCode(), () -> new String(file.body()));
    String text = switch (format) {
      case "pdf" -> PdfText.of(file.body());
      case "xlsx" -> xlsxCellCount(file.body()) > 10 ? "" : "too few cells";
      default -> new String(file.body(), java.nio.charset.StandardCharsets.UTF_8);
    };
    if (expected != null) {
      assertTrue(text.toLowerCase().contains(expected.toLowerCase()), report + " " + format + " lacks " + expected);
    } else {
      assertEquals("", text);
    }
  }

  @Test
  void performance_json_rates_every_kpi_with_a_target() throws Exception {
    HttpResponse<String> response = app.get("/api/arrangements/BCF/performance?month=2025-09", "viewer");
    assertEquals(200, response.statusCode(), response.body());
    JsonNode kpis = JSON.readTree(response.body()).get("kpis");
    assertTrue(kpis.size() >= 4, kpis.toString());
    for (JsonNode kpi : kpis) {
      if (!kpi.get("target").isNull()) {
        assertTrue(kpi.get("rating").asText().matches("GREEN|AMBER|RED"), kpi.toString());
      }
      assertEquals(6, kpi.get("series").size(), "April to September: " + kpi);
    }
    JsonNode nel = find(kpis, "NEL_ADMISSIONS_PER_1000");
    double rate = nel.get("actual").asDouble();
    assertTrue(rate > 60 && rate < 200, "NEL admissions per 1,000 in a plausible range: " + rate);
  }

  @Test
  void mapping_json_gives_standardised_ratios_around_100() throws Exception {
    HttpResponse<String> response = app.get("/api/boards/HWB/mapping?year=2025-26", "viewer");
    assertEquals(200, response.statusCode(), response.body());
    JsonNode localities = JSON.readTree(response.body()).get("byLocality");
    assertEquals(5, localities.size());
    for (JsonNode locality : localities) {
      double ratio = locality.get("standardisedRatio").asDouble();
      assertTrue(ratio > 70 && ratio < 130, locality.toString());
    }
  }

  @Test
  void the_demo_packs_rate_a_mix_of_green_amber_and_red_across_the_arrangements() throws Exception {
    Set<String> ratings = new TreeSet<>();
    for (String arrangement : List.of("BCF", "ICES", "IC-JV", "MHA", "LDP")) {
      for (JsonNode kpi : JSON.readTree(app.get("/api/arrangements/" + arrangement + "/performance?month=2025-12",
          "viewer").body()).get("kpis")) {
        ratings.add(kpi.get("rating").asText());
      }
    }
    assertEquals(Set.of("AMBER", "GREEN", "RED"), ratings);
  }

  @Test
  void the_mapping_api_takes_a_month_for_april_to_that_month_and_says_which_months_it_covers() throws Exception {
    JsonNode part = JSON.readTree(app.get("/api/boards/HWB/mapping?month=2025-09", "viewer").body());
    assertEquals(6, part.get("monthsLoaded").asInt());
    assertEquals(false, part.get("complete").asBoolean());
    assertEquals("2025-09", part.get("to").asText());
    JsonNode year = JSON.readTree(app.get("/api/boards/HWB/mapping?year=2025-26", "viewer").body());
    assertEquals(true, year.get("complete").asBoolean());
    assertTrue(year.get("population").asText().matches("\\d+"), year.get("population").asText());
    assertEquals(400, app.get("/api/boards/HWB/mapping", "viewer").statusCode());
    assertEquals(400, app.get("/api/boards/HWB/mapping?year=2025-26&month=2025-09", "viewer").statusCode());
    assertEquals(400, app.get("/api/boards/HWB/mapping?year=2025-27", "viewer").statusCode());
  }

  @Test
  void unknown_codes_are_404_and_bad_periods_400() {
    assertEquals(404, app.get("/api/arrangements/NOPE/performance?month=2025-09", "viewer").statusCode());
    assertEquals(404, app.get("/api/boards/NOPE/mapping?year=2025-26", "viewer").statusCode());
    assertEquals(400, app.get("/api/boards/HWB/mapping?year=2025", "viewer").statusCode());
    assertEquals(400, app.get("/api/arrangements/BCF/performance?month=September", "viewer").statusCode());
  }

  private static JsonNode find(JsonNode kpis, String code) {
    for (JsonNode kpi : kpis) {
      if (kpi.get("code").asText().equals(code)) {
        return kpi;
      }
    }
    throw new AssertionError("no KPI " + code + " in " + kpis);
  }


  private static int xlsxCellCount(byte[] xlsx) throws Exception {
    int cells = 0;
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (var sheet : workbook) {
        for (var row : sheet) {
          cells += row.getPhysicalNumberOfCells();
        }
      }
    }
    return cells;
  }
}
