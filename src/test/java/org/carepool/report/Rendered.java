package org.carepool.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads rendered files back: the PDF as text, the XLSX as a workbook, the CSV as records. */
final class Rendered {

  /** One renderer for all tests of the package: compiling the templates takes a second or two. */
  static final ReportRenderer RENDERER = new ReportRenderer();

  private Rendered() {
  }

  static String pdfText(ReportData data) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(RENDERER.render(data, Format.PDF))) {
      return new PDFTextStripper().getText(pdf);
    }
  }

  static int pdfPages(ReportData data) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(RENDERER.render(data, Format.PDF))) {
      return pdf.getNumberOfPages();
    }
  }

  static XSSFWorkbook xlsx(ReportData data) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(RENDERER.render(data, Format.XLSX)));
  }

  static List<CSVRecord> csv(ReportData data) throws IOException {
    String text = new String(RENDERER.render(data, Format.CSV), StandardCharsets.UTF_8);
    return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
  }

  /** Without any whitespace, so text wrapped over lines still matches. */
  static String squeezed(String text) {
    return text.replaceAll("\\s+", "");
  }
}
