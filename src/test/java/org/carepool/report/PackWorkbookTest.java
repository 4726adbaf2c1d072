package org.carepool.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carepool.finance.IncomeExpenditure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pack's XLSX companion for board B1, June 2025, read back with POI: a sheet per table, figures
 * in numeric cells equal to the I&amp;E figures (as the JSON gives them) and to sums worked by hand.
 */
class PackWorkbookTest {
  private static XSSFWorkbook workbook;
  private static Pack pack;

  @BeforeAll
  static void render() throws IOException {
    pack = PackFixture.pack();
    workbook = new XSSFWorkbook(new ByteArrayInputStream(pack.workbook().orElseThrow().content()));
  }

  @Test
  void one_sheet_per_table_of_each_section_after_the_contents() {
    List<String> names = new ArrayList<>();
    workbook.forEach(sheet -> names.add(sheet.getSheetName()));
    assertEquals(List.of("Contents", "Board summary", "Board partners", "A1 Income", "A1 Schemes", "A1 Pool", "A1 Cover", "A1 Risk share", "A1 Reserves", "A1 Cost split",
        "A1 Notes", "A1 KPIs", "A1 KPI series", "A2 KPIs", "A2 KPI series", "Mapping localities", "Mapping practices",
        "Mapping settings", "Mapping balance of care", "Mapping age and sex", "Mapping bed days"), names);
    assertEquals("board-pack-B1-2025-06.xlsx", pack.workbook().orElseThrow().fileName());
  }

  @Test
  void income_and_expenditure_cells_are_numbers_equal_to_the_figures_and_to_the_hand_worked_sums() {
    IncomeExpenditure f = PackFixture.incomeExpenditure().statement("A1", PackFixture.MONTH).figures();
    Sheet pool = workbook.getSheet("A1 Pool");
    assertEquals(List.of(f.pool().contributions(), f.pool().budget(), f.pool().actualToDate(), f.pool().forecast(),
        f.pool().overspend()), List.of(number(pool, 1, 1), number(pool, 2, 1), number(pool, 3, 1), number(pool, 4, 1),
        number(pool, 5, 1)));
    // by hand: S1 180,000 + S2 75,000 spent in 3 months; S1's run rate 180,000 × 12 / 3 = 720,000
    assertEquals(List.of(money("1000000.00"), money("1000000.00"), money("255000.00"), money("1020000.00"),
        money("20000.00")), List.of(number(pool, 1, 1), number(pool, 2, 1), number(pool, 3, 1), number(pool, 4, 1),
        number(pool, 5, 1)));
    Sheet schemes = workbook.getSheet("A1 Schemes");
    assertEquals("S1", schemes.getRow(1).getCell(0).getStringCellValue());
    assertEquals(List.of(money("700000.00"), money("175000.00"), money("180000.00"), money("720000.00"),
        money("20000.00")), List.of(number(schemes, 1, 5), number(schemes, 1, 6), number(schemes, 1, 7),
        number(schemes, 1, 9), number(schemes, 1, 11)));
    Sheet risk = workbook.getSheet("A1 Risk share");
    // SHARES: the £20,000 overspend 60:40 by contribution; each partner's part, then what it carries in all
    assertEquals(List.of(money("12000.00"), money("12000.00"), money("8000.00"), money("8000.00")),
        List.of(number(risk, 1, 3), number(risk, 2, 3), number(risk, 3, 3), number(risk, 4, 3)));
    assertEquals("Carries in all", risk.getRow(2).getCell(2).getStringCellValue());
    assertEquals(f.riskShare().get(0).amount(), number(risk, 2, 3));
  }

  @Test
  void performance_and_mapping_cells_are_numbers_as_the_reports_round_them() {
    Sheet kpis = workbook.getSheet("A1 KPIs");
    Row nel = find(kpis, "NEL_ADMISSIONS_PER_1000");
    assertEquals(CellType.NUMERIC, nel.getCell(6).getCellType());
    // a derived KPI to one decimal, as the PDF shows it and rates it (not to two)
    assertEquals(new BigDecimal("2.7"), BigDecimal.valueOf(nel.getCell(6).getNumericCellValue()));
    assertEquals("#,##0.0", nel.getCell(6).getCellStyle().getDataFormatString());
    assertEquals("GREEN", nel.getCell(7).getStringCellValue());
    Row dtoc = find(workbook.getSheet("A1 KPI series"), "DTOC");
    assertEquals(List.of(90.0, 104.0, 106.0), List.of(dtoc.getCell(3).getNumericCellValue(),
        dtoc.getCell(4).getNumericCellValue(), dtoc.getCell(5).getNumericCellValue()));
    Row north = find(workbook.getSheet("Mapping localities"), "L1");
    assertEquals(List.of(3000.0, 11500.0, 3.83), List.of(north.getCell(2).getNumericCellValue(),
        north.getCell(3).getNumericCellValue(), north.getCell(4).getNumericCellValue()));
  }

  /**
   * Parity with the PDF (issue 11 item 8): the summary page's figures in pounds (A1's pool as the I&amp;E
   * gives it; A2 not produced; the partners' 60:40 shares of the £20,000 overspend and their total);
   * the KPI month table's month labels and the month each actual is for, as the PDF's text has them.
   */
  @Test
  void the_summary_sheets_and_the_kpi_sheets_say_what_the_pdf_says() throws IOException {
    IncomeExpenditure f = PackFixture.incomeExpenditure().statement("A1", PackFixture.MONTH).figures();
    Sheet summary = workbook.getSheet("Board summary");
    Row a1 = find(summary, "A1");
    assertEquals(List.of(f.pool().contributions(), f.pool().forecast(), f.pool().overspend()),
        List.of(number(summary, a1.getRowNum(), 2), number(summary, a1.getRowNum(), 3), number(summary, a1.getRowNum(), 4)));
    assertEquals(f.pool().rating().name(), a1.getCell(6).getStringCellValue());
    assertEquals("not produced", find(summary, "A2").getCell(6).getStringCellValue());
    Row all = find(summary, "All arrangements");
    assertEquals(money("1000000.00"), number(summary, all.getRowNum(), 2));
    Sheet partners = workbook.getSheet("Board partners");
    assertEquals(List.of(money("12000.00"), money("8000.00"), money("20000.00")), List.of(number(partners, 1, 2),
        number(partners, 2, 2), number(partners, 3, 2)));
    assertEquals("All partners", partners.getRow(3).getCell(0).getStringCellValue());

    // totals, as the PDF's tables end: the sums of the exact pounds (by hand: budgets £1,000,000, forecast £1,020,000)
    Sheet schemes = workbook.getSheet("A1 Schemes");
    Row total = find(schemes, "Total");
    assertEquals(List.of(money("1000000.00"), money("1020000.00"), money("20000.00")), List.of(
        number(schemes, total.getRowNum(), 5), number(schemes, total.getRowNum(), 9),
        number(schemes, total.getRowNum(), 11)));
    Sheet income = workbook.getSheet("A1 Income");
    assertEquals(f.pool().contributions(), number(income, find(income, "Total").getRowNum(), 2));

    String pdf = Rendered.squeezed(Rendered.pdfText(pack.pdf().content()));
    Row months = workbook.getSheet("A1 KPI series").getRow(0);
    List<String> labels = new ArrayList<>();
    for (int c = 3; c < months.getLastCellNum(); c++) {
      labels.add(months.getCell(c).getStringCellValue());
    }
    assertEquals(List.of("Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"), labels);
    assertTrue(pdf.contains(String.join("", labels)), "the PDF's month table is headed otherwise: " + pdf);
    Row nel = find(workbook.getSheet("A1 KPIs"), "NEL_ADMISSIONS_PER_1000");
    assertEquals("Jun 2025", nel.getCell(8).getStringCellValue());
    assertTrue(pdf.contains("2.7Jun2025GREEN"), "the PDF's KPI row differs: " + pdf);
  }

  @Test
  void the_contents_sheet_lists_every_sheet_and_the_section_not_produced() {
    Sheet contents = workbook.getSheet("Contents");
    List<String> text = new ArrayList<>();
    contents.forEach(row -> row.forEach(cell -> text.add(cell.getStringCellValue())));
    assertTrue(text.contains("Month 3 (June 2025)"), text.toString());
    assertTrue(text.stream().anyMatch(t -> t.startsWith("A1 North pool: ") && t.contains(", hosted by ")),
        "the arrangements with their models and hosts, as on the cover: " + text);
    assertTrue(text.contains("Income and expenditure, A2 Whole area pool"), text.toString());
    assertTrue(text.contains(pack.missing().get(0).reason()), text.toString());
    for (int i = 1; i < workbook.getNumberOfSheets(); i++) {
      assertTrue(text.contains(workbook.getSheetName(i)), workbook.getSheetName(i) + " not listed");
    }
  }

  @Test
  void sheet_names_are_safe_short_and_unique_whatever_the_codes() {
    Set<String> taken = new HashSet<>();
    List<String> names = new ArrayList<>();
    String code = "WESTSHIRE-INTEGRATED-CARE-LONGCODE";
    for (String wanted : List.of("Contents", "contents", PackWorkbook.sheetName(code, "KPI series"),
        PackWorkbook.sheetName(code, "KPI series"), PackWorkbook.sheetName(code, "KPIs"),
        PackWorkbook.sheetName("A/B", "[1]: x?*"), PackWorkbook.sheetName("A1", "A very long table name that is too long"))) {
      names.add(PackWorkbook.unique(wanted, taken));
    }
    assertEquals(List.of("Contents", "contents (2)", "WESTSHIRE-INTEGRATE… KPI series", "WESTSHIRE-INTEGRATE… KPI se (2)",
        "WESTSHIRE-INTEGRATED-CARE… KPIs", "A-B -1-- x--", "A… A very long table name that"), names);
    assertEquals(names.size(), names.stream().map(n -> n.toLowerCase(Locale.ROOT)).distinct().count());
    assertTrue(names.stream().allMatch(n -> n.length() <= 31), names.toString());
  }

  private static BigDecimal number(Sheet sheet, int row, int column) {
    Cell cell = sheet.getRow(row).getCell(column);
    assertEquals(CellType.NUMERIC, cell.getCellType(), sheet.getSheetName() + " row " + row + " column " + column);
    return BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2);
  }

  private static BigDecimal money(String amount) {
    return new BigDecimal(amount);
  }

  private static Row find(Sheet sheet, String first) {
    for (Row row : sheet) {
      if (row.getCell(0) != null && first.equals(row.getCell(0).getStringCellValue())) {
        return row;
      }
    }
    throw new AssertionError("no row " + first + " in " + sheet.getSheetName());
  }
}
