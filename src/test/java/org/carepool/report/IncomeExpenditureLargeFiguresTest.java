package org.carepool.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carepool.finance.IncomeExpenditure;
import org.junit.jupiter.api.Test;

/**
 * Big Better Care Funds run to hundreds of millions: no figure may lose a digit or a bracket, in
 * the PDF (read back with PDFBox) or the XLSX (where Excel would show "#####").
 */
class IncomeExpenditureLargeFiguresTest {
  private static final DecimalFormat MONEY = new DecimalFormat("#,##0.00;(#,##0.00)",
      DecimalFormatSymbols.getInstance(Locale.UK));

  @Test
  void a_pool_over_100_million_shows_every_figure_whole() throws IOException {
    IncomeExpenditureReport big = Examples.big();
    String text = Rendered.pdfText(big);
    for (String figure : List.of("123,456,789.01", "(12,345,678.90)", "100,000,000.00", "23,456,789.01",
        "111,111,110.11", "(10,000,000.00)", "(2,345,678.90)", "90,000,000.00", "21,111,110.11")) {
      assertTrue(text.contains(" " + figure + "\n") || text.contains(" " + figure + " "), figure + " in:\n" + text);
    }
    List<String> missing = amounts(big.figures()).map(MONEY::format)
        .filter(figure -> !text.contains(figure)).toList();
    assertEquals(List.of(), missing, text);
  }

  /**
   * In £000s (the PDF's default) a £123m pool's figures, (12,346) and 123,457 included, fit their columns
   * at the tables' 8.5 pt: nothing shrinks. £999,999,999.99 is (1,000,000) in £000s and shows whole.
   */
  @Test
  void figures_in_thousands_fit_at_full_size_and_the_largest_shows_whole() throws IOException {
    byte[] big = Rendered.RENDERER.render(Examples.big(), Format.PDF, Units.THOUSANDS);
    // the tables' figures; the chart above them labels its bars with some of the same figures in its own small text
    List<Rendered.Run> runs = Rendered.pdfRuns(big).stream().filter(r -> !r.inChart())
        .filter(r -> r.text().matches(".*\\(?123,457\\)?.*|.*\\(12,346\\).*")).toList();
    assertTrue(runs.size() >= 4, "runs: " + runs);
    for (Rendered.Run run : runs) {
      assertEquals(8.5f, run.fontSize(), 0.01f, "shrunk to fit: " + run);
    }
    String max = Rendered.pdfText(Rendered.RENDERER.render(Examples.max(), Format.PDF, Units.THOUSANDS));
    assertTrue(max.contains("(1,000,000)"), max);
  }

  @Test
  void xlsx_columns_hold_the_largest_figures_as_excel_measures_them() throws IOException, FontFormatException {
    for (IncomeExpenditureReport report : List.of(Examples.max(), Examples.big(), Examples.lb1(), Examples.lb2())) {
      try (XSSFWorkbook workbook = Rendered.xlsx(report)) {
        XSSFSheet sheet = workbook.getSheetAt(0);
        List<String> tooNarrow = new ArrayList<>();
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.NUMERIC) {
              String shown = MONEY.format(BigDecimal.valueOf(cell.getNumericCellValue()));
              double needed = textPixels(shown, (XSSFCell) cell) + 2 * EXCEL_CELL_MARGIN_PX;
              int available = columnPixels(sheet, cell);
              if (needed > available) {
                tooNarrow.add(cell.getAddress() + " " + shown + " needs " + needed + " px, has " + available);
              }
            }
          }
        }
        assertEquals(List.of(), tooNarrow, report.context().arrangement());
      }
    }
  }

  /** Excel keeps about 3 px clear on each side of a number before it gives up and shows "#####". */
  private static final int EXCEL_CELL_MARGIN_PX = 3;

  /** Excel's pixels for a column of width w (in widths of the default font's digit, 7 px for Calibri 11). */
  private static int columnPixels(XSSFSheet sheet, Cell cell) {
    int first = cell.getColumnIndex();
    int last = first;
    for (CellRangeAddress merged : sheet.getMergedRegions()) {
      if (merged.isInRange(cell)) {
        first = merged.getFirstColumn();
        last = merged.getLastColumn();
      }
    }
    int pixels = 0;
    for (int column = first; column <= last; column++) {
      double width = sheet.getColumnWidth(column) / 256.0;
      pixels += (int) Math.floor((256 * width + Math.floor(128 / 7.0)) / 256 * 7);
    }
    return pixels;
  }

  private static double textPixels(String text, XSSFCell cell) throws IOException, FontFormatException {
    var font = cell.getCellStyle().getFont();
    String file = font.getBold() ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf";
    try (InputStream in = IncomeExpenditureLargeFiguresTest.class
        .getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/" + file)) {
      Font dejaVu = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(font.getFontHeight() / 20f);
      double points = dejaVu.getStringBounds(text, new FontRenderContext(null, true, true)).getWidth();
      return points * 96 / 72;
    }
  }

  private static Stream<BigDecimal> amounts(IncomeExpenditure f) {
    List<BigDecimal> all = new ArrayList<>();
    f.income().forEach(i -> all.addAll(List.of(i.contribution(), i.toDate())));
    f.schemes().forEach(s -> all.addAll(List.of(s.budget(), s.budgetToDate(), s.actualToDate(), s.forecast(),
        s.variance())));
    all.addAll(List.of(f.pool().contributions(), f.pool().budget(), f.pool().actualToDate(), f.pool().forecast(),
        f.pool().overspend()));
    f.riskShare().forEach(r -> all.add(r.amount()));
    f.costSplit().forEach(c -> all.addAll(List.of(c.amount(), c.incomeToDate(), c.owedToHost())));
    return all.stream();
  }
}
