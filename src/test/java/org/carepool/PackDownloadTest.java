package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carepool.report.PackChecks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The board pack downloaded over HTTP as a viewer would, as PDF and as its XLSX companion, for a
 * board whose second arrangement has no contributions: the workbook's figures are the JSON's.
 */
class PackDownloadTest {
  private static final String PACK = "/api/reports/board-pack?board=B1&month=2025-06&format=";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static RunningCarepool app;

  @BeforeAll
  static void start() {
    app = new RunningCarepool(RunningCarepool.tempDir())
        .load(RunningCarepool.resource("indicators/area"), RunningCarepool.resource("pack/a1-finance"));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void the_xlsx_pack_holds_the_json_figures_in_numeric_cells() throws Exception {
    HttpResponse<byte[]> file = app.getBytes(PACK + "xlsx", "viewer");
    assertEquals(200, file.statusCode(), () -> new String(file.body()));
    assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), file.headers().toString());
    JsonNode ie = JSON.readTree(app.get("/api/arrangements/A1/income-expenditure?month=2025-06", "viewer").body());
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
      Sheet pool = workbook.getSheet("A1 Pool");
      List<String> keys = List.of("contributions", "budget", "actualToDate", "forecast", "overspend");
      for (int i = 0; i < keys.size(); i++) {
        assertEquals(new BigDecimal(ie.get("pool").get(keys.get(i)).asText()),
            BigDecimal.valueOf(pool.getRow(i + 1).getCell(1).getNumericCellValue()).setScale(2), keys.get(i));
      }
      Sheet schemes = workbook.getSheet("A1 Schemes");
      assertEquals(new BigDecimal(ie.get("schemes").get(0).get("variance").asText()),
          BigDecimal.valueOf(schemes.getRow(1).getCell(column(schemes, "Variance (£)")).getNumericCellValue()).setScale(2));
      assertEquals(null, workbook.getSheet("A2 Pool"), "A2 has no contributions: no I&E tables");
    }
  }

  @Test
  void the_pdf_pack_notes_the_section_it_could_not_produce() throws Exception {
    HttpResponse<byte[]> file = app.getBytes(PACK + "pdf", "viewer");
    assertEquals(200, file.statusCode(), () -> new String(file.body()));
    try (PDDocument pdf = Loader.loadPDF(file.body())) {
      assertTrue(PackChecks.squeezed(PackChecks.contentsText(pdf)).contains("notproduced:arrangementA2hasnocontributions"));
      assertEquals(List.of(), PackChecks.fontProblems(pdf));
      assertEquals(List.of(), PackChecks.bookmarkProblems(pdf));
    }
  }

  /** The sheet's column headed {@code title}: the workbook's columns follow the PDF's, which grow. */
  private static int column(Sheet sheet, String title) {
    for (org.apache.poi.ss.usermodel.Cell cell : sheet.getRow(0)) {
      if (title.equals(cell.getStringCellValue())) {
        return cell.getColumnIndex();
      }
    }
    throw new AssertionError("no column headed " + title + " in " + sheet.getSheetName());
  }
}
