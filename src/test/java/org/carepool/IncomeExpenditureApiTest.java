package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carepool.web.Client;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SPEC §4 worked example, loaded from CSV through the importer and read back over HTTP, to the
 * penny; and {@code YR1} ({@code finance/years}: two financial years of spend, a gap, a credit
 * without locality, analyst forecasts for 2025-08 and 2025-10, LA's spend stopping at 2026-02 and
 * spend in 2026-04), worked by hand below, so that the store's choice of rows is checked: which
 * months feed a year to date, and which forecast is the month's.
 */
class IncomeExpenditureApiTest {
  private static RunningCarepool app;
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() {
    app = new RunningCarepool(RunningCarepool.tempDir()).load(RunningCarepool.resource("finance/lb1"))
        .load(RunningCarepool.resource("finance/years"));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void the_worked_example_comes_back_to_the_penny() throws Exception {
    HttpResponse<String> response = app.get("/api/arrangements/LB1/income-expenditure?month=2025-09", "viewer");
    assertEquals(200, response.statusCode(), response.body());
    JsonNode ie = JSON.readTree(response.body());

    assertEquals("LB1", ie.get("arrangement").asText());
    assertEquals("LEAD_BODY", ie.get("model").asText());
    assertEquals("CCG", ie.get("host").asText());
    assertEquals("2025-26", ie.get("financialYear").asText());
    assertEquals("2025-09", ie.get("month").asText());
    assertEquals(6, ie.get("monthOrdinal").asInt());

    assertRow(ie.get("income").get(0), "organisation", "CCG", "contribution", "600000.00", "toDate", "300000.00");
    assertRow(ie.get("income").get(1), "organisation", "LA", "contribution", "400000.00", "toDate", "200000.00");
    assertRow(ie.get("schemes").get(0), "code", "S1", "funder", "CCG", "budget", "700000.00",
        "budgetToDate", "350000.00", "actualToDate", "380000.00", "forecast", "760000.00", "variance", "60000.00");
    assertRow(ie.get("schemes").get(1), "code", "S2", "funder", "LA", "budget", "300000.00",
        "budgetToDate", "150000.00", "actualToDate", "140000.00", "forecast", "280000.00", "variance", "-20000.00");
    assertRow(ie.get("pool"), "contributions", "1000000.00", "budget", "1000000.00", "actualToDate", "520000.00",
        "forecast", "1040000.00", "overspend", "40000.00");
    assertRow(ie.get("riskShare").get(0), "organisation", "CCG", "amount", "24000.00");
    assertRow(ie.get("riskShare").get(1), "organisation", "LA", "amount", "16000.00");
    assertRow(ie.get("costSplit").get(0), "organisation", "CCG", "amount", "312000.00", "incomeToDate", "300000.00",
        "owedToHost", "12000.00");
    assertRow(ie.get("costSplit").get(1), "organisation", "LA", "amount", "208000.00", "incomeToDate", "200000.00",
        "owedToHost", "8000.00");
    assertTrue(ie.get("importBatches").size() >= 5, "names the batches it rests on: " + ie.get("importBatches"));
  }

  @Test
  void spend_without_a_locality_is_noted_as_unmapped() throws Exception {
    JsonNode ie = JSON.readTree(app.get("/api/arrangements/LB1/income-expenditure?month=2025-09", "viewer").body());
    String notes = ie.get("dataQualityNotes").toString();
    assertTrue(notes.contains("6 spend lines of the year to date, (£3,000.00) in all, have no locality"), notes);
  }

  @Test
  void an_unknown_arrangement_is_404() {
    HttpResponse<String> response = app.get("/api/arrangements/NOPE/income-expenditure?month=2025-09", "viewer");
    assertEquals(404, response.statusCode());
    assertTrue(response.body().contains("There is no arrangement 'NOPE'"), response.body());
  }

  @Test
  void a_month_before_the_arrangement_started_is_a_clear_422() {
    HttpResponse<String> response = app.get("/api/arrangements/LB1/income-expenditure?month=2025-03", "viewer");
    assertEquals(422, response.statusCode());
    assertTrue(response.body().contains("was not running in 2025-03"), response.body());
  }

  @Test
  void a_year_without_contributions_is_a_clear_422() {
    HttpResponse<String> response = app.get("/api/arrangements/LB1/income-expenditure?month=2026-04", "viewer");
    assertEquals(422, response.statusCode());
    assertTrue(response.body().contains("no contributions"), response.body());
  }

  @Test
  void a_malformed_month_is_400_naming_the_parameter() {
    HttpResponse<String> response = app.get("/api/arrangements/LB1/income-expenditure?month=2025-13", "viewer");
    assertEquals(400, response.statusCode());
    assertTrue(response.body().contains("month"), response.body());
  }

  @Test
  void without_signing_in_the_figures_are_refused() {
    assertEquals(401, app.get("/api/arrangements/LB1/income-expenditure?month=2025-09", null).statusCode());
  }

  @Test
  void the_pdf_download_shows_the_same_figures() throws Exception {
    HttpResponse<byte[]> response = app.getBytes(
        "/api/reports/income-expenditure?arrangement=LB1&month=2025-09&format=pdf", "viewer");
    assertEquals(200, response.statusCode());
    assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
    assertTrue(response.headers().firstValue("Content-Disposition").orElse("")
        .contains("income-expenditure-LB1-2025-09.pdf"));
    try (var pdf = Loader.loadPDF(response.body())) {
      String text = new PDFTextStripper().getText(pdf);
      for (String figure : new String[] {"Month 6 (September 2025)", "760,000.00", "(20,000.00)", "40,000.00",
          "24,000.00", "16,000.00", "312,000.00", "208,000.00", "8,000.00"}) {
        assertTrue(text.contains(figure), "PDF lacks " + figure);
      }
    }
  }

  @Test
  void the_xlsx_download_holds_money_as_numbers() throws Exception {
    HttpResponse<byte[]> response = app.getBytes(
        "/api/reports/income-expenditure?arrangement=LB1&month=2025-09&format=xlsx", "viewer");
    assertEquals(200, response.statusCode());
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
      boolean found = false;
      for (var row : workbook.getSheetAt(0)) {
        for (var cell : row) {
          if (cell.getCellType() == CellType.NUMERIC && cell.getNumericCellValue() == 312000.00) {
            found = true;
          }
        }
      }
      assertTrue(found, "no numeric cell holding 312,000.00");
    }
  }

  @Test
  void the_csv_download_agrees_with_the_json() {
    HttpResponse<String> response = app.get(
        "/api/reports/income-expenditure?arrangement=LB1&month=2025-09&format=csv", "viewer");
    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("S1,"), response.body());
    assertTrue(response.body().contains("760000.00"), response.body());
    assertTrue(response.body().contains("312000.00"), response.body());
  }

  @Test
  void an_unknown_report_or_format_is_400() {
    assertEquals(400, app.get("/api/reports/nonsense?arrangement=LB1&month=2025-09&format=pdf", "viewer").statusCode());
    assertEquals(400, app.get("/api/reports/income-expenditure?arrangement=LB1&month=2025-09&format=doc", "viewer")
        .statusCode());
  }

  @Test
  void month_12_takes_the_whole_financial_year_and_nothing_else() throws Exception {
    JsonNode ie = yr1("2025-03");
    assertEquals("2024-25", ie.get("financialYear").asText());
    assertEquals(12, ie.get("monthOrdinal").asInt());
    assertRow(ie.get("income").get(1), "organisation", "LA", "contribution", "240000.00", "toDate", "240000.00");
    // 12 × 41,000.00 and 12 × 18,500.00; at the year end the forecast is the actual (revised SPEC §4.1: OUTTURN)
    assertRow(ie.get("schemes").get(0), "code", "S1", "budget", "500000.00", "budgetToDate", "500000.00",
        "actualToDate", "492000.00", "forecast", "492000.00", "basis", "OUTTURN", "variance", "-8000.00");
    assertRow(ie.get("schemes").get(1), "code", "S2", "actualToDate", "222000.00", "variance", "2000.00");
    assertRow(ie.get("pool"), "contributions", "720000.00", "actualToDate", "714000.00", "overspend", "-6000.00");
    // shares 480/720 and 240/720
    assertRow(ie.get("riskShare").get(0), "organisation", "CCG", "amount", "-4000.00");
    assertRow(ie.get("riskShare").get(1), "organisation", "LA", "amount", "-2000.00");
    assertRow(ie.get("costSplit").get(0), "organisation", "CCG", "amount", "476000.00", "owedToHost", "-4000.00",
        "isHost", "true");
    assertRow(ie.get("costSplit").get(1), "organisation", "LA", "amount", "238000.00", "owedToHost", "-2000.00",
        "isHost", "false");
  }

  @Test
  void month_1_of_a_new_year_leaves_out_march_and_every_earlier_month() throws Exception {
    JsonNode ie = yr1("2025-04");
    assertEquals("2025-26", ie.get("financialYear").asText());
    assertEquals(1, ie.get("monthOrdinal").asInt());
    assertRow(ie.get("income").get(1), "organisation", "LA", "contribution", "400000.00", "toDate", "33333.33");
    // April 2025 alone: 61,000.00 × 12 and 24,500.00 × 12
    assertRow(ie.get("schemes").get(0), "code", "S1", "budgetToDate", "58333.33", "actualToDate", "61000.00",
        "forecast", "732000.00", "variance", "32000.00");
    assertRow(ie.get("schemes").get(1), "code", "S2", "budgetToDate", "25000.00", "actualToDate", "24500.00",
        "forecast", "294000.00", "variance", "-6000.00");
    assertRow(ie.get("pool"), "actualToDate", "85500.00", "forecast", "1026000.00", "overspend", "26000.00");
    assertRow(ie.get("riskShare").get(0), "organisation", "CCG", "amount", "15600.00");
    assertRow(ie.get("costSplit").get(0), "organisation", "CCG", "amount", "51300.00", "incomeToDate", "50000.00",
        "owedToHost", "1300.00");
    assertRow(ie.get("costSplit").get(1), "organisation", "LA", "amount", "34200.00", "incomeToDate", "33333.33",
        "owedToHost", "866.67");
  }

  @Test
  void an_analysts_forecast_carries_forward_until_the_next_one_is_loaded() throws Exception {
    JsonNode august = yr1("2025-08");
    assertEquals(2, august.get("schemes").size());
    assertRow(august.get("schemes").get(0), "code", "S1", "actualToDate", "305000.00", "forecast", "770000.00",
        "forecastBasis", "ANALYST", "variance", "70000.00");
    // S2: April, May (24,500.00 less a 500.00 credit), July and August; June has none
    assertRow(august.get("schemes").get(1), "code", "S2", "actualToDate", "97500.00", "forecast", "234000.00",
        "forecastBasis", "RUN_RATE", "variance", "-66000.00");
    assertRow(august.get("pool"), "forecast", "1004000.00", "overspend", "4000.00");

    // Revised SPEC §4.1: August's forecast is carried forward to September, no longer the run rate
    JsonNode september = yr1("2025-09");
    assertRow(september.get("schemes").get(0), "code", "S1", "actualToDate", "366000.00", "forecast", "770000.00",
        "basis", "CARRIED_FORWARD", "carriedFrom", "2025-08", "variance", "70000.00");
    assertRow(september.get("pool"), "actualToDate", "488000.00", "forecast", "1014000.00", "overspend", "14000.00");
    assertEquals(august.get("importBatches"), september.get("importBatches"),
        "the forecasts' batch backs September too");

    JsonNode october = yr1("2025-10");
    assertEquals(2, october.get("schemes").size());
    assertRow(october.get("schemes").get(0), "code", "S1", "forecast", "745000.00", "forecastBasis", "ANALYST");
    assertRow(october.get("schemes").get(1), "code", "S2", "actualToDate", "146500.00", "forecast", "251142.86",
        "variance", "-48857.14");
    assertRow(october.get("pool"), "forecast", "996142.86", "overspend", "-3857.14");
    assertRow(october.get("riskShare").get(0), "organisation", "CCG", "amount", "-2314.28");
    assertRow(october.get("riskShare").get(1), "organisation", "LA", "amount", "-1542.86");
  }

  @Test
  void month_12_leaves_out_spend_of_the_next_year() throws Exception {
    JsonNode ie = yr1("2026-03");
    assertRow(ie.get("schemes").get(0), "code", "S1", "actualToDate", "732000.00", "forecast", "732000.00",
        "variance", "32000.00");
    assertRow(ie.get("schemes").get(1), "code", "S2", "actualToDate", "244500.00", "variance", "-55500.00");
    assertRow(ie.get("pool"), "actualToDate", "976500.00", "overspend", "-23500.00");
    assertRow(ie.get("costSplit").get(1), "organisation", "LA", "amount", "390600.00", "owedToHost", "-9400.00");
  }

  @Test
  void the_notes_name_the_missing_months_and_the_partner_whose_spend_is_behind() throws Exception {
    JsonNode ie = yr1("2026-03");
    assertEquals(List.of(
        "Scheme S2 Home care: no spend recorded for June 2025 and March 2026 (2 of the 12 months to date).",
        "1 spend line of the year to date, (£500.00) in all, has no locality, so it is not mapped to a population.",
        "Spend is loaded to the report month, Month 12 (March 2026), for CCG.",
        "Spend recorded by LA is loaded only to Month 11 (February 2026), 1 month behind the report month.",
        // S1 rated AMBER is a key variance (SPEC §6), and nobody has explained it
        "Scheme S1 (Intermediate care) is a key variance (AMBER) with no commentary for Month 12 (March 2026)."),
        texts(ie.get("dataQualityNotes")));
    assertEquals(List.of("Spend for Month 12 (March 2026) is not loaded for every recording organisation. Spend is "
        + "loaded for LA only to Month 11 (February 2026). Forecasts made from the run rate count the missing months "
        + "as no spend, so they understate the outturn and overstate any underspend."), texts(ie.get("warnings")));
    assertEquals("[{\"scheme\":\"S2\",\"months\":[\"2025-06\",\"2026-03\"]}]",
        ie.get("dataQuality").get("schemesWithoutSpend").toString());
    assertEquals(List.of(), texts(yr1("2025-08").get("warnings")));
  }

  @Test
  void the_pdf_warns_on_its_first_page_when_spend_for_the_month_is_missing() throws Exception {
    HttpResponse<byte[]> response = app.getBytes(
        "/api/reports/income-expenditure?arrangement=YR1&month=2026-03&format=pdf", "viewer");
    assertEquals(200, response.statusCode());
    try (var pdf = Loader.loadPDF(response.body())) {
      PDFTextStripper firstPage = new PDFTextStripper();
      firstPage.setEndPage(1);
      String text = firstPage.getText(pdf).replaceAll("\\s+", " ");
      int warning = text.indexOf("Warning: Spend for Month 12 (March 2026) is not loaded for every recording "
          + "organisation. Spend is loaded for LA only to Month 11 (February 2026).");
      assertTrue(warning > 0 && warning < text.indexOf("Income by partner"), text);
    }
  }

  @Test
  void the_reports_page_headline_carries_the_same_warning_and_none_when_spend_is_complete() {
    Client viewer = new Client(app.base());
    assertEquals(303, viewer.signIn("viewer", RunningCarepool.PASSWORD).statusCode());
    String page = viewer.get("/reports?arrangement=YR1&month=2026-03").body();
    assertTrue(page.contains("<p class=\"error\" role=\"alert\" id=\"headline-warning\">Warning: Spend for Month 12 "
        + "(March 2026) is not loaded for every recording organisation."), page);
    assertFalse(viewer.get("/reports?arrangement=YR1&month=2025-08").body().contains("headline-warning"));
  }

  @Test
  void a_month_long_before_any_data_is_refused_as_outside_the_arrangement() {
    HttpResponse<String> response = app.get("/api/arrangements/YR1/income-expenditure?month=1999-04", "viewer");
    assertEquals(422, response.statusCode(), response.body());
    assertTrue(response.body().contains("was not running in 1999-04"), response.body());
  }

  @Test
  void an_own_risk_share_is_not_split_into_parts_for_other_rules() throws Exception {
    JsonNode share = yr1("2025-09").get("riskShare").get(0);
    assertTrue(share.has("amount") && !share.has("ownSchemesVariance") && !share.has("shareOfBudgetGap"),
        share.toString());
  }

  private static JsonNode yr1(String month) throws Exception {
    HttpResponse<String> response = app.get("/api/arrangements/YR1/income-expenditure?month=" + month, "viewer");
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body());
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new java.util.ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  private static void assertRow(JsonNode node, String... namesAndValues) {
    for (int i = 0; i < namesAndValues.length; i += 2) {
      assertEquals(namesAndValues[i + 1], node.get(namesAndValues[i]).asText(), namesAndValues[i] + " of " + node);
    }
  }
}
