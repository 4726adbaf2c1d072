package org.carepool.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The XLSX holds money as numbers and no page furniture, the CSV holds the tables, the names are as the API serves them. */
class IncomeExpenditureFilesTest {

  @Test
  void xlsx_money_is_in_numeric_cells_with_a_bracketed_format() throws IOException {
    try (XSSFWorkbook workbook = Rendered.xlsx(Examples.lb1())) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      List<Double> numbers = new ArrayList<>();
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.NUMERIC) {
            numbers.add(cell.getNumericCellValue());
            // money, or a variance % / contribution ratio to one decimal
            assertTrue(List.of("#,##0.00;(#,##0.00)", "#,##0.0;(#,##0.0)", "#0.0")
                .contains(cell.getCellStyle().getDataFormatString()), cell.getCellStyle().getDataFormatString());
          }
        }
      }
      assertTrue(numbers.containsAll(List.of(312000.0, 208000.0, -20000.0, 40000.0, 1040000.0)), numbers.toString());
      assertTrue(texts(sheet).stream().noneMatch(t -> t.matches("\\(?[0-9,]+\\.[0-9]{2}\\)?")), "money as text");
      assertEquals("I&E LB1 2025-09", workbook.getSheetName(0));
    }
  }

  /** The PDF of LB1 has several pages; the sheet must not show where they break. */
  @Test
  void xlsx_has_one_header_no_page_footers_and_print_margins() throws IOException {
    assertTrue(Rendered.pdfPages(Examples.lb1()) > 1);
    try (XSSFWorkbook workbook = Rendered.xlsx(Examples.lb1())) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      List<String> texts = texts(sheet);
      assertEquals(1, texts.stream().filter(t -> t.startsWith("Produced ")).count(), texts.toString());
      assertTrue(texts.stream().noneMatch(t -> t.contains("Page ") || t.startsWith("LB1 — Worked example pooled "
          + "budget: income")), texts.toString());
      for (String header : List.of("Scheme", "Share of actual to date (£)", "Annual contribution (£)", "Partner and part", "Borne by")) {
        assertEquals(1, texts.stream().filter(header::equals).count(), header + " in " + texts);
      }
      assertEquals(0.5, sheet.getMargin(PageMargin.LEFT), 1e-9);
      assertEquals(0.5, sheet.getMargin(PageMargin.TOP), 1e-9);
      assertTrue(sheet.getFooter().getLeft().startsWith("Produced 7 October 2025 at 09:15 BST"),
          sheet.getFooter().getLeft());
      assertEquals("Page &P of &N", sheet.getFooter().getRight());
      assertTrue(sheet.getFitToPage() && sheet.getPrintSetup().getFitWidth() == 1);
    }
  }

  @Test
  void csv_holds_each_table_with_a_title_and_a_header_row() throws IOException {
    List<String> lines = Rendered.csv(Examples.lb1()).stream().map(r -> String.join(",", r.toList())).toList();
    assertContainsInOrder(lines,
        "Income by partner", "organisation,name,contribution,income_to_date",
        "CCG,Example Clinical Commissioning Group,600000.00,300000.00",
        "Schemes", "scheme,name,care_type,funder,risk_class,budget,budget_to_date,actual_to_date,variance_to_date,"
            + "forecast,forecast_basis,carried_from,variance,variance_pct,rating,previous_forecast,movement",
        "S2,Home care,HOME_CARE,LA,VARIABLE,300000.00,150000.00,140000.00,-10000.00,280000.00,run rate,,-20000.00,"
            + "-6.7,GREEN,,",
        "Pool position", "contributions,budget,actual_to_date,forecast,overspend,variance_pct,rating,shareable,"
            + "previous_forecast,movement",
        "1000000.00,1000000.00,520000.00,1040000.00,40000.00,4.0,AMBER,40000.00,,",
        "Notices", "notice",
        "How the overspend is covered", "step,rule,borne_by,taken,remaining,kind",
        ",Rule SHARES: by share,CCG — Example Clinical Commissioning Group,24000.00,16000.00,TAKEN",
        "What each partner carries (SHARES)", "organisation,name,source,amount",
        "CCG,Example Clinical Commissioning Group,RULE,24000.00", "CCG,Example Clinical Commissioning Group,TOTAL,24000.00",
        "Reserves", "opening,drawn,underspend_added,closing,ring_fenced_carried_forward",
        "0.00,0.00,0.00,0.00,0.00",
        "Cost split", "organisation,name,contribution_ratio_pct,amount,income_to_date,owed_to_host,is_host",
        "CCG,Example Clinical Commissioning Group,60.0,312000.00,300000.00,12000.00,true",
        "LA,Example Council,40.0,208000.00,200000.00,8000.00,false",
        "Data-quality notes", "note",
        "6 spend lines of the year to date, (£3,000.00) in all, have no locality, so they are not mapped to a population.");
    assertTrue(lines.contains("month,2025-09"), lines.toString());
    assertTrue(lines.contains("warning,"), lines.toString());
  }

  @Test
  void csv_states_when_it_was_produced_to_the_second_with_the_london_offset() throws IOException {
    List<CSVRecord> records = Rendered.csv(Examples.lb1());
    CSVRecord produced = records.stream().filter(r -> r.get(0).equals("produced_at")).findFirst().orElseThrow();
    assertEquals("2025-10-07T09:15:00+01:00", produced.get(1));
  }

  @Test
  void csv_of_an_own_risk_share_carries_both_parts() throws IOException {
    List<String> lines = Rendered.csv(Examples.aligned()).stream().map(r -> String.join(",", r.toList())).toList();
    assertContainsInOrder(lines, "What each partner carries (OWN)", "organisation,name,source,amount",
        "CCG,Example Clinical Commissioning Group,OWN_SCHEMES,-6500.00",
        "CCG,Example Clinical Commissioning Group,OWN_GAP,0.00", "CCG,Example Clinical Commissioning Group,TOTAL,-6500.00",
        "LA,Example Council,OWN_SCHEMES,10333.33", "LA,Example Council,OWN_GAP,0.00",
        "LA,Example Council,TOTAL,10333.33", ",Carried by the partners,TOTAL,3833.33");
  }

  @Test
  void csv_of_an_aligned_arrangement_has_no_cost_split() throws IOException {
    List<CSVRecord> records = Rendered.csv(Examples.aligned());
    assertTrue(records.stream().noneMatch(r -> r.get(0).equals("Cost split")));
    assertTrue(records.stream().anyMatch(r -> r.get(0).equals("A3") && r.get(10).equals("analyst")));
  }

  @Test
  void file_names_carry_report_arrangement_and_month() {
    assertEquals("income-expenditure-LB1-2025-09.pdf", ReportRenderer.fileName(Examples.lb1(), Format.PDF));
    assertEquals("income-expenditure-AL1-2025-12.csv", ReportRenderer.fileName(Examples.aligned(), Format.CSV));
    assertEquals(Format.XLSX, Format.parse("xlsx"));
    assertEquals(ReportId.INCOME_EXPENDITURE, ReportId.parse("income-expenditure"));
  }

  private static List<String> texts(XSSFSheet sheet) {
    List<String> texts = new ArrayList<>();
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isEmpty()) {
          texts.add(cell.getStringCellValue());
        }
      }
    }
    return texts;
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
