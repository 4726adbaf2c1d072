package org.carepool.report;

import static org.carepool.report.Rendered.squeezed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carepool.finance.StatementView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The I&amp;E after a close and a late load ({@link ClosedMonthExample}, figures worked by hand there):
 * previous forecast and movement per scheme and for the pool, the key variances with and without
 * commentary, and the restatement note, read back from the real PDF (in £000s and in pounds), CSV and XLSX.
 */
class IncomeExpenditureClosedMonthTest {
  private static ClosedMonthExample example;

  @BeforeAll
  static void closeAndLoadLate() {
    example = ClosedMonthExample.create();
  }

  @Test
  void december_shows_the_previous_forecast_and_the_movement_in_thousands() throws IOException {
    String text = squeezed(Rendered.pdfTextInThousands(example.december()));
    for (String row : List.of(
        "A1 Hospital discharge 5,000 3,750 4,300 550 5,733 run rate 5,600 133 733 14.7 RED",
        "A3 Disabled facilities grant (ring-fenced) 1,200 900 600 (300) 800 run rate 800 0 (400) (33.3) GREEN",
        "Total 10,000 7,500 7,960 460 10,563 10,430 133 563",
        "Previous forecast (Month 8, as reported) 10,430",
        "Movement in the forecast since then 133",
        "Overspend / (underspend) against contributions 563 5.6 RED",
        "Figures are in £000s, each rounded from the exact pounds, so they may not sum because of rounding.")) {
      assertTrue(text.contains(squeezed(row)), row + " missing from:\n" + text);
    }
  }

  @Test
  void in_pounds_the_same_figures_are_to_the_penny() throws IOException {
    String text = squeezed(Rendered.pdfText(example.december()));
    for (String row : List.of(
        "A1 Hospital discharge 5,000,000.00 3,750,000.00 4,300,000.00 550,000.00 5,733,333.33 run rate 5,600,000.04 "
            + "133,333.29 733,333.33 14.7 RED",
        "A4 Equipment (fixed) 800,000.00 600,000.00 660,000.00 60,000.00 880,000.00 run rate 879,999.96 0.04 "
            + "80,000.00 10.0 RED",
        "Previous forecast (Month 8, as reported) 10,430,000.04",
        "Movement in the forecast since then 133,333.29")) {
      assertTrue(text.contains(squeezed(row)), row + " missing from:\n" + text);
    }
    assertFalse(text.contains(squeezed("may not sum because of rounding")), "no rounding note in pounds");
  }

  @Test
  void key_variances_show_the_commentary_or_say_none_was_given() throws IOException {
    String text = squeezed(Rendered.pdfTextInThousands(example.december()));
    for (String row : List.of(
        "Pool as a whole RED, moved 563 133 No commentary given for this month",
        "A1 Hospital discharge RED, moved 733 133 Discharges up a fifth since October Step-down beds review "
            + "J Smith (ICB) 31 Jan 2026",
        "A2 Home care RED 150 0 No commentary given for this month",
        "A4 Equipment RED 80 0 No commentary given for this month",
        "Scheme A2 (Home care) is a key variance (RED) with no commentary for Month 9 (December 2025).")) {
      assertTrue(text.contains(squeezed(row)), row + " missing from:\n" + text);
    }
    assertFalse(text.contains(squeezed("Scheme A1 (Hospital discharge) is a key variance")), "A1 is explained");
    assertFalse(text.contains(squeezed("A3 Disabled facilities grant GREEN")), "A3 is green and did not move");
  }

  @Test
  void a_restated_month_says_so_as_now_and_keeps_its_figures_as_reported() throws IOException {
    String now = squeezed(Rendered.pdfTextInThousands(example.november(StatementView.NOW)));
    assertTrue(now.contains(squeezed("Restated: Month 8 (November 2025) was closed on 7 Oct 2025 at 09:15 by analyst. "
        + "These are the figures as worked out now. Data loaded since has changed them: the pool forecast was "
        + "£10,430,000.04 as reported and is £10,580,000.04 now (import batches")), now);
    assertTrue(now.contains(squeezed("A1 Hospital discharge 5,000 3,333 3,833 500 5,750 run rate – – 750 15.0 RED")),
        now);
    String reported = squeezed(Rendered.pdfTextInThousands(example.november(StatementView.REPORTED)));
    assertTrue(reported.contains(squeezed("These are the figures as reported. Data loaded since has changed them")),
        reported);
    assertTrue(reported.contains(squeezed("A1 Hospital discharge 5,000 3,333 3,733 400 5,600 run rate")), reported);
    assertTrue(reported.contains(squeezed("Forecast outturn 10,430")), reported);
  }

  @Test
  void the_csv_carries_the_pdfs_figures_in_pounds_and_in_thousands() throws IOException {
    IncomeExpenditureReport december = example.december();
    List<CSVRecord> pounds = csv(december, Units.POUNDS);
    assertEquals(List.of("5600000.04", "133333.29"), tail(row(pounds, "A1", "Hospital discharge"), 2));
    assertEquals(List.of("10430000.04", "133333.29"), tail(row(pounds, "10000000.00", "10000000.00"), 2));
    assertEquals(List.of("RED MOVEMENT", "RED", "733333.33", "14.7", "133333.29", "Discharges up a fifth since October",
        "Step-down beds review", "J Smith (ICB)", "2026-01-31"),
        row(pounds, "A1", "Hospital discharge", "RED MOVEMENT").subList(2, 11));
    List<CSVRecord> thousands = csv(december, Units.THOUSANDS);
    List<String> a1 = row(thousands, "A1", "Hospital discharge");
    assertEquals(List.of("5000", "3750", "4300", "550", "5733"), a1.subList(5, 10));
    assertEquals(List.of("5600", "133"), tail(a1, 2));
    assertEquals("thousands", row(thousands, "units").get(1));
    String pdf = squeezed(Rendered.pdfTextInThousands(december));
    assertTrue(pdf.contains(squeezed("5,000 3,750 4,300 550 5,733 run rate 5,600 133 733")), pdf);
  }

  @Test
  void the_xlsx_carries_previous_forecast_movement_and_commentary() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
        Rendered.RENDERER.render(example.december(), Format.XLSX)))) {
      List<Double> numbers = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      for (Row row : workbook.getSheetAt(0)) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.NUMERIC) {
            numbers.add(cell.getNumericCellValue());
          } else if (cell.getCellType() == CellType.STRING) {
            texts.add(cell.getStringCellValue());
          }
        }
      }
      assertTrue(numbers.containsAll(List.of(5600000.04, 133333.29, 10430000.04, 879999.96, 0.04)), numbers.toString());
      assertTrue(texts.containsAll(List.of("Discharges up a fifth since October", "Step-down beds review",
          "No commentary given for this month", "Previous forecast (Month 8, as reported)")), texts.toString());
    }
  }

  private static List<CSVRecord> csv(IncomeExpenditureReport report, Units units) throws IOException {
    String text = new String(Rendered.RENDERER.render(report, Format.CSV, units), StandardCharsets.UTF_8).substring(1);
    return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
  }

  /** The first record starting with these values, as a list. */
  private static List<String> row(List<CSVRecord> records, String... start) {
    return records.stream().map(CSVRecord::toList)
        .filter(r -> r.size() >= start.length && r.subList(0, start.length).equals(List.of(start)))
        .findFirst().orElseThrow(() -> new AssertionError("no row " + List.of(start)));
  }

  private static List<String> tail(List<String> row, int n) {
    return row.subList(row.size() - n, row.size());
  }
}
