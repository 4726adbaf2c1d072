package org.carepool.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads rendered files back: the PDF as text, the XLSX as a workbook, the CSV as records. */
final class Rendered {

  /** One renderer for all tests of the package: compiling the templates takes a second or two. */
  static final ReportRenderer RENDERER = new ReportRenderer();

  private Rendered() {
  }

  /** The PDF's text, money in pounds and pence (the tests' hand-worked figures are to the penny). */
  static String pdfText(ReportData data) throws IOException {
    return pdfText(RENDERER.render(data, Format.PDF, Units.POUNDS));
  }

  /** The PDF's text, money in £000s as a board reads it (the PDF's default). */
  static String pdfTextInThousands(ReportData data) throws IOException {
    return pdfText(RENDERER.render(data, Format.PDF, Units.THOUSANDS));
  }

  static String pdfText(byte[] pdf) throws IOException {
    return PdfText.of(pdf);
  }

  static int pdfPages(ReportData data) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(RENDERER.render(data, Format.PDF, Units.POUNDS))) {
      return pdf.getNumberOfPages();
    }
  }

  /** The text of each page, one string per page. */
  static List<String> pdfPageTexts(byte[] pdf) throws IOException {
    return PdfText.pages(pdf);
  }

  /**
   * A run of text as the PDF draws it, with the smallest font size (in points, from the text matrix) among its
   * glyphs, and whether it lies in a chart (drawn inside a form XObject, as charts are) rather than on the page.
   */
  record Run(String text, float fontSize, boolean inChart) {}

  static List<Run> pdfRuns(byte[] pdf) throws IOException {
    List<Run> runs = new ArrayList<>();
    Set<TextPosition> inForms = Collections.newSetFromMap(new IdentityHashMap<>());
    PDFTextStripper stripper = new PDFTextStripper() {
      private int formDepth;

      @Override
      public void showForm(PDFormXObject form) throws IOException {
        formDepth++;
        try {
          super.showForm(form);
        } finally {
          formDepth--;
        }
      }

      @Override
      protected void processTextPosition(TextPosition text) {
        if (formDepth > 0) {
          inForms.add(text);
        }
        super.processTextPosition(text);
      }

      @Override
      protected void writeString(String text, List<TextPosition> positions) throws IOException {
        float size = (float) positions.stream().mapToDouble(TextPosition::getXScale).min().orElse(0);
        runs.add(new Run(text, size, !positions.isEmpty() && positions.stream().allMatch(inForms::contains)));
        super.writeString(text, positions);
      }
    };
    try (PDDocument document = Loader.loadPDF(pdf)) {
      stripper.getText(document);
    }
    return runs;
  }

  /** The colours (0xRRGGBB) that paths are filled with on a page (0-based): how a test sees a chart's bars. */
  static Set<Integer> pdfFillColours(byte[] pdf, int page) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return PdfFills.of(document.getPage(page));
    }
  }

  static XSSFWorkbook xlsx(ReportData data) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(RENDERER.render(data, Format.XLSX)));
  }

  /** The CSV's records; the byte-order mark Excel needs is checked and taken off first. */
  static List<CSVRecord> csv(ReportData data) throws IOException {
    String text = new String(RENDERER.render(data, Format.CSV), StandardCharsets.UTF_8);
    if (!text.startsWith("\uFEFF")) {
      throw new AssertionError("the " + data.getClass().getSimpleName() + " CSV does not start with a UTF-8 byte-order mark");
    }
    text = text.substring(1);
    return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
  }

  /** Without any whitespace, so text wrapped over lines still matches. */
  static String squeezed(String text) {
    return text.replaceAll("\\s+", "");
  }
}
