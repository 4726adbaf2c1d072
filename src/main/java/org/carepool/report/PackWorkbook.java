package org.carepool.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The pack's XLSX companion: a Contents sheet (board, period, produced, import batches, a link to
 * every sheet, the sections not produced), then one sheet per table of each section, each a header
 * row and its rows, figures in numeric cells. Sheet names are Excel-safe, at most 31 characters and
 * unique.
 */
final class PackWorkbook {
  /** Excel's longest sheet name. */
  static final int MAX_SHEET_NAME = 31;

  private record Listed(String sheet, String section, String table) {}

  private PackWorkbook() {}

  static byte[] write(PackCover cover, PackSummary summary, List<PackSection> sections) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      PackSheetStyles styles = new PackSheetStyles(workbook);
      Set<String> taken = new HashSet<>();
      Sheet contents = workbook.createSheet(unique("Contents", taken));
      List<Listed> listed = new ArrayList<>();
      for (PackTables.Table table : PackSummaryTables.of(summary)) {
        Sheet sheet = workbook.createSheet(unique(sheetName(table.prefix(), table.name()), taken));
        styles.table(sheet, table);
        listed.add(new Listed(sheet.getSheetName(), "Board summary", table.title()));
      }
      for (PackSection section : sections) {
        if (!section.produced()) {
          continue;
        }
        for (PackTables.Table table : PackTables.of(section.data())) {
          Sheet sheet = workbook.createSheet(unique(sheetName(table.prefix(), table.name()), taken));
          styles.table(sheet, table);
          listed.add(new Listed(sheet.getSheetName(), section.title(), table.title()));
        }
      }
      contents(contents, cover, listed, styles);
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new ReportException("writing the pack workbook failed: " + e.getMessage(), e);
    }
  }

  /** "A1 Schemes"; a prefix too long for the table's name to fit is shortened: "WESTSHIRE-INTEGRA… KPI series". */
  static String sheetName(String prefix, String name) {
    String full = prefix + " " + name;
    if (full.length() <= MAX_SHEET_NAME) {
      return full;
    }
    int keep = Math.max(1, MAX_SHEET_NAME - name.length() - 2);
    return prefix.substring(0, Math.min(prefix.length(), keep)) + "… " + name;
  }

  /** Excel-safe, at most 31 characters, and unlike every name taken (Excel compares them ignoring case). */
  static String unique(String wanted, Set<String> taken) {
    String safe = WorkbookUtil.createSafeSheetName(wanted.strip(), '-').strip();
    String name = safe;
    for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
      String suffix = " (" + n + ")";
      name = safe.substring(0, Math.min(safe.length(), MAX_SHEET_NAME - suffix.length())).strip() + suffix;
    }
    taken.add(name.toLowerCase(Locale.ROOT));
    return name;
  }

  private static void contents(Sheet sheet, PackCover cover, List<Listed> listed, PackSheetStyles styles) {
    int r = about(sheet, cover, styles) + 1;
    styles.header(sheet.createRow(r++), List.of("Sheet", "Section", "Table"));
    for (Listed l : listed) {
      Row row = sheet.createRow(r++);
      Cell link = styles.text(row, 0, l.sheet());
      Hyperlink to = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
      to.setAddress("'" + l.sheet().replace("'", "''") + "'!A1");
      link.setHyperlink(to);
      styles.text(row, 1, l.section());
      styles.text(row, 2, l.table());
    }
    r++;
    styles.header(sheet.createRow(r++), List.of("Section not produced", "Reason"));
    if (cover.missing().isEmpty()) {
      styles.text(sheet.createRow(r), 0, "none: every section was produced");
    }
    for (MissingSection m : cover.missing()) {
      Row row = sheet.createRow(r++);
      styles.text(row, 0, m.title());
      styles.text(row, 1, m.reason());
    }
    styles.widths(sheet, new int[] {30, 60, 50});
  }

  /**
   * The pack's title, board, period, status, meeting, the arrangements with their models and hosts (as
   * the cover lists them), data sources and import batches; returns the next free row.
   */
  private static int about(Sheet sheet, PackCover cover, PackSheetStyles styles) {
    styles.title(sheet.createRow(0), cover.title());
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
    String batches = cover.importBatches().stream().map(String::valueOf).collect(Collectors.joining(", "));
    int r = pair(sheet, 1, "Board", cover.board(), styles);
    r = pair(sheet, r, "Period", cover.monthLabel(), styles);
    r = pair(sheet, r, "Financial year", cover.financialYear().replace("Financial year ", ""), styles);
    r = pair(sheet, r, "Produced", cover.producedLabel(), styles);
    r = pair(sheet, r, "Status", cover.status() + ": " + cover.statusReason(), styles);
    if (cover.meetingLabel() != null) {
      r = pair(sheet, r, "Meeting", cover.meetingLabel(), styles);
    }
    if (cover.meeting().author() != null) {
      r = pair(sheet, r, "Prepared by", cover.meeting().author(), styles);
    }
    for (PackCover.Arrangement a : cover.arrangements()) {
      String terms = PackCover.terms(a);
      r = pair(sheet, r, "Arrangement", a.code() + " " + a.name() + (terms.isEmpty() ? "" : ": " + terms), styles);
    }
    for (String source : cover.sources()) {
      r = pair(sheet, r, "Data source", source, styles);
    }
    return pair(sheet, r, "Import batches", batches.isEmpty() ? "none" : batches, styles);
  }

  private static int pair(Sheet sheet, int r, String label, String value, PackSheetStyles styles) {
    Row row = sheet.createRow(r);
    styles.label(row, label);
    styles.text(row, 1, value);
    return r + 1;
  }
}
