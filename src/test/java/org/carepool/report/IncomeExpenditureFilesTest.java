package org.carepool.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The XLSX holds money as numbers, the CSV holds the tables, the names are as the API serves them. */
class IncomeExpenditureFilesTest {

  @Test
  void xlsx_money_is_in_numeric_cells_with_a_bracketed_format() throws IOException {
    try (XSSFWorkbook workbook = Rendered.xlsx(Examples.lb1())) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      List<Double> numbers = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.NUMERIC) {
            numbers.add(cell.getNumericCellValue());
            assertEquals("#,##0.00;(#,##0.00)", cell.getCellStyle().getDataFormatString());
          } else if (cell.getCellType() == CellType.STRING) {
            texts.add(cell.getStringCellValue());
          }
        }
      }
      assertTrue(numbers.containsAll(List.of(312000.0, 208000.0, -20000.0, 40000.0, 1040000.0)), numbers.toString());
      assertTrue(texts.stream().noneMatch(t -> t.matches("\\(?[0-9,]+\\.[0-9]{2}\\)?")), "money as text: " + texts);
      assertEquals("I&E LB1 2025-09", workbook.getSheetName(0));
    }
  }

  @Test
  void xlsx_columns_are_wide_enough_for_the_figures() throws IOException {
    try (XSSFWorkbook workbook = Rendered.xlsx(Examples.lb1())) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      for (int column = 2; column <= 6; column++) {
        int characters = sheet.getColumnWidth(column) / 256;
        assertTrue(characters >= 11, "column " + column + " is " + characters + " characters wide");
      }
    }
  }

  @Test
  void csv_holds_each_table_with_a_title_and_a_header_row() throws IOException {
    List<String> lines = Rendered.csv(Examples.lb1()).stream().map(r -> String.join(",", r.toList())).toList();
    assertContainsInOrder(lines,
        "Income by partner", "organisation,name,contribution,income_to_date",
        "CCG,NHS Westshire Integrated Care Board,600000.00,300000.00",
        "Schemes", "scheme,name,care_type,funder,budget,budget_to_date,actual_to_date,forecast,forecast_basis,variance",
        "S2,Reablement,REABLEMENT,LA,300000.00,150000.00,140000.00,280000.00,run rate,-20000.00",
        "Pool position", "contributions,budget,actual_to_date,forecast,overspend",
        "1000000.00,1000000.00,520000.00,1040000.00,40000.00",
        "Risk share (SHARES)", "organisation,name,amount", "CCG,NHS Westshire Integrated Care Board,24000.00",
        "Cost split", "organisation,name,amount,income_to_date,owed_to_host",
        "LA,Westshire County Council,208000.00,200000.00,8000.00",
        "Data-quality notes", "note", "Scheme S2 Reablement has no spend loaded for 2025-07.");
    assertTrue(lines.contains("month,2025-09") && lines.contains("import_batches,\"17, 18\"".replace("\"", "")));
  }

  @Test
  void csv_of_an_aligned_arrangement_has_no_cost_split() throws IOException {
    List<CSVRecord> records = Rendered.csv(Examples.aligned());
    assertTrue(records.stream().noneMatch(r -> r.get(0).equals("Cost split")));
    assertTrue(records.stream().anyMatch(r -> r.get(0).equals("A3") && r.get(8).equals("analyst")));
  }

  @Test
  void file_names_carry_report_arrangement_and_month() {
    assertEquals("income-expenditure-LB1-2025-09.pdf", ReportRenderer.fileName(Examples.lb1(), Format.PDF));
    assertEquals("income-expenditure-AL1-2025-12.csv", ReportRenderer.fileName(Examples.aligned(), Format.CSV));
    assertEquals(Format.XLSX, Format.parse("xlsx"));
    assertEquals(ReportId.INCOME_EXPENDITURE, ReportId.parse("income-expenditure"));
  }

  private static void assertContainsInOrder(List<String> lines, String... expected) {
    int from = 0;
    for (String line : expected) {
      int at = lines.subList(from, lines.size()).indexOf(line);
      assertTrue(at >= 0, "'" + line + "' missing after line " + from + " in:\n" + String.join("\n", lines));
      from += at + 1;
    }
  }
}
