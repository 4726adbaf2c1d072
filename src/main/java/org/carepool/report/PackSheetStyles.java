package org.carepool.report;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook's cell styles (navy header row as in the reports, £ with negatives in brackets as
 * in the PDF) and how a table is laid on a sheet: header, rows, frozen header, filter, widths.
 */
final class PackSheetStyles {
  private static final int MAX_WIDTH = 60;

  private final CellStyle header;
  private final CellStyle title;
  private final CellStyle label;
  private final CellStyle text;
  private final CellStyle money;
  private final CellStyle count;
  private final CellStyle decimal;
  /** A KPI's figure by its decimals (0, 1 or 2), as the performance PDF shows it. */
  private final List<CellStyle> kpi;

  PackSheetStyles(XSSFWorkbook workbook) {
    XSSFFont white = workbook.createFont();
    white.setBold(true);
    white.setColor(IndexedColors.WHITE.getIndex());
    XSSFCellStyle head = workbook.createCellStyle();
    head.setFont(white);
    head.setFillForegroundColor(new XSSFColor(PackPages.NAVY, null));
    head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    head.setBorderBottom(BorderStyle.THIN);
    this.header = head;
    XSSFFont big = workbook.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    big.setColor(new XSSFColor(PackPages.NAVY, null));
    this.title = style(workbook, big, null);
    Font boldFont = workbook.createFont();
    boldFont.setBold(true);
    this.label = style(workbook, boldFont, null);
    this.text = workbook.createCellStyle();
    this.money = style(workbook, null, "#,##0.00;(#,##0.00)");
    this.count = style(workbook, null, "#,##0");
    this.decimal = style(workbook, null, "#,##0.00");
    this.kpi = List.of(count, style(workbook, null, "#,##0.0"), decimal);
  }

  /** The table from the first row: headers, then its rows; the header row frozen and filterable. */
  void table(Sheet sheet, PackTables.Table table) {
    header(sheet.createRow(0), table.columns().stream().map(PackTables.Column::header).toList());
    int[] widths = new int[table.columns().size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = table.columns().get(c).header().length();
    }
    for (int r = 0; r < table.rows().size(); r++) {
      Row row = sheet.createRow(r + 1);
      List<Object> cells = table.rows().get(r);
      for (int c = 0; c < cells.size(); c++) {
        widths[c] = Math.max(widths[c], cell(row, c, table.columns().get(c).kind(), cells.get(c)));
      }
    }
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, table.rows().size()), 0, widths.length - 1));
    widths(sheet, widths);
  }

  /** Writes a cell; returns about how many characters wide it shows. */
  private int cell(Row row, int column, PackTables.Kind kind, Object value) {
    if (value == null) {
      return 0;
    }
    if (value instanceof BigDecimal n) {
      Cell cell = row.createCell(column);
      cell.setCellValue(n.doubleValue()); // Excel holds every number as a double
      cell.setCellStyle(switch (kind) {
        case MONEY -> money;
        case COUNT -> count;
        case KPI -> kpi.get(Math.max(0, Math.min(n.scale(), kpi.size() - 1)));
        default -> decimal;
      });
      return n.toPlainString().length() + n.precision() / 3 + 2;
    }
    return text(row, column, value.toString()).getStringCellValue().length();
  }

  void header(Row row, List<String> headers) {
    for (int c = 0; c < headers.size(); c++) {
      Cell cell = row.createCell(c);
      cell.setCellValue(headers.get(c));
      cell.setCellStyle(header);
    }
  }

  void title(Row row, String value) {
    Cell cell = row.createCell(0);
    cell.setCellValue(value);
    cell.setCellStyle(title);
    row.setHeightInPoints(22);
  }

  void label(Row row, String value) {
    Cell cell = row.createCell(0);
    cell.setCellValue(value);
    cell.setCellStyle(label);
  }

  Cell text(Row row, int column, String value) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(text);
    return cell;
  }

  /** Column widths in characters, within bounds that keep a long note from making a column a screen wide. */
  void widths(Sheet sheet, int[] characters) {
    for (int c = 0; c < characters.length; c++) {
      sheet.setColumnWidth(c, Math.min(Math.max(characters[c] + 2, 8), MAX_WIDTH) * 256);
    }
  }

  private static CellStyle style(XSSFWorkbook workbook, Font font, String format) {
    CellStyle style = workbook.createCellStyle();
    if (font != null) {
      style.setFont(font);
    }
    if (format != null) {
      style.setDataFormat(workbook.createDataFormat().getFormat(format));
    }
    return style;
  }
}
