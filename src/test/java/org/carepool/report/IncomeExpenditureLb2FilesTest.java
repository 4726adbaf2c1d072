package org.carepool.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** LB2's XLSX holds every figure of its PDF, as numbers, with the same breakdown; its CSV the same tables. */
class IncomeExpenditureLb2FilesTest {
  private static final String MONEY_FORMAT = "#,##0.00;(#,##0.00)";
  private static final DecimalFormat MONEY = new DecimalFormat(MONEY_FORMAT, DecimalFormatSymbols.getInstance(Locale.UK));
  /** A table's figure: not one inside a sentence, where it follows "£". */
  private static final Pattern FIGURE = Pattern.compile("(?<![£\\d,.(])\\(?\\d{1,3}(,\\d{3})*\\.\\d{2}\\)?");

  @Test
  void the_xlsx_has_every_figure_of_the_pdf_and_no_other() throws IOException {
    String pdf = Rendered.pdfText(Examples.lb2());
    TreeSet<String> inPdf = new TreeSet<>();
    Matcher m = FIGURE.matcher(pdf);
    while (m.find()) {
      inPdf.add(m.group());
    }
    try (XSSFWorkbook workbook = Rendered.xlsx(Examples.lb2())) {
      TreeSet<String> inXlsx = new TreeSet<>();
      for (Cell cell : cells(workbook.getSheetAt(0))) {
        if (cell.getCellType() == CellType.NUMERIC && cell.getCellStyle().getDataFormatString().equals(MONEY_FORMAT)) {
          inXlsx.add(MONEY.format(BigDecimal.valueOf(cell.getNumericCellValue())));
        }
      }
      assertEquals(inPdf, inXlsx);
      for (String figure : List.of("430,000.00", "750,000.00", "200,000.00", "100,000.00", "180,000.00", "120,000.00",
          "150,000.00", "330,000.00", "300,000.00", "630,000.00", "0.00", "400,000.00", "(400,000.00)",
          "4,716,000.00", "3,144,000.00", "216,000.00", "144,000.00")) {
        assertTrue(inXlsx.contains(figure), figure + " not in " + inXlsx);
      }
    }
  }

  @Test
  void the_xlsx_writes_bases_ratings_the_notice_and_the_steps_as_text() throws IOException {
    try (XSSFWorkbook workbook = Rendered.xlsx(Examples.lb2())) {
      List<String> texts = new ArrayList<>();
      for (Cell cell : cells(workbook.getSheetAt(0))) {
        if (cell.getCellType() == CellType.STRING) {
          texts.add(cell.getStringCellValue());
        }
      }
      for (String text : List.of("carried forward from Month 6", "run rate", "RED", "AMBER", "GREEN", "LA carries",
          "ICB carries", "Carried by the partners", "Left unallocated", "the pool reserve",
          "LA — Example Council (host): cost carried", "Pool reserve, forecast closing balance")) {
        assertTrue(texts.contains(text), text + " not in " + texts);
      }
      assertTrue(texts.stream().anyMatch(t -> t.contains("the agreement requires the host, LA, to notify the partners")),
          texts.toString());
    }
  }

  @Test
  void the_csv_has_the_steps_the_partners_parts_the_reserves_and_the_cost_split() throws IOException {
    List<String> lines = Rendered.csv(Examples.lb2()).stream().map(r -> String.join("|", r.toList())).toList();
    for (String line : List.of(
        "A2|Home care|HOME_CARE|LA|VARIABLE|3000000.00|2250000.00|2400000.00|150000.00|3150000.00|carried forward from "
            + "Month 6|2025-09|150000.00|5.0|RED||",
        "10000000.00|10000000.00|7860000.00|10430000.00|430000.00|4.3|AMBER|750000.00||",
        "1|Reserve: drawn from the pool reserve, up to £200,000.00 (the reserve available)|the pool reserve|200000.00|"
            + "550000.00|TAKEN",
        "4|Rest: all that remains, to ICB — Example Integrated Care Board|ICB — Example Integrated Care Board|150000.00|"
            + "0.00|TAKEN",
        "ICB|Example Integrated Care Board|STEP 3 SHARES|180000.00", "ICB|Example Integrated Care Board|TOTAL|330000.00",
        "LA|Example Council|FIXED|80000.00", "LA|Example Council|TOTAL|300000.00",
        "200000.00|200000.00|0.00|0.00|400000.00",
        "LA|Example Council|40.0|3144000.00|3000000.00|144000.00|true")) {
      assertTrue(lines.contains(line), line + " missing from:\n" + String.join("\n", lines));
    }
  }

  private static List<Cell> cells(XSSFSheet sheet) {
    List<Cell> cells = new ArrayList<>();
    for (Row row : sheet) {
      row.forEach(cells::add);
    }
    return cells;
  }
}
