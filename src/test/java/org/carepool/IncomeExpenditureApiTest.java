package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SPEC §4 worked example, loaded from CSV through the importer and read back over HTTP, to the penny. */
class IncomeExpenditureApiTest {
  private static RunningCarepool app;
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() {
    app = new RunningCarepool(RunningCarepool.tempDir()).load(RunningCarepool.resource("finance/lb1"));
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
    assertTrue(notes.contains("6 spend line(s) totalling £-3,000.00 have no locality"), notes);
  }

  @Test
  void an_unknown_arrangement_is_404() {
    HttpResponse<String> response = app.get("/api/arrangements/NOPE/income-expenditure?month=2025-09", "viewer");
    assertEquals(404, response.statusCode());
    assertTrue(response.body().contains("unknown arrangement 'NOPE'"), response.body());
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

  private static void assertRow(JsonNode node, String... namesAndValues) {
    for (int i = 0; i < namesAndValues.length; i += 2) {
      assertEquals(namesAndValues[i + 1], node.get(namesAndValues[i]).asText(), namesAndValues[i] + " of " + node);
    }
  }
}
