package org.carepool.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Draws the pack's own pages (cover, contents, a note for a missing section) in embedded DejaVu Sans. */
final class PackPages {
  static final float MARGIN = 56;
  static final int CONTENTS_LINES_PER_PAGE = 36;

  private final PDDocument doc;
  final PDFont regular;
  final PDFont bold;

  PackPages(PDDocument doc) {
    this.doc = doc;
    this.regular = font(doc, "DejaVuSans.ttf");
    this.bold = font(doc, "DejaVuSans-Bold.ttf");
  }

  PDPage cover(String title, List<String> lines) throws IOException {
    PDPage page = newPage();
    try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
      float y = page.getMediaBox().getHeight() - 200;
      text(s, bold, 24, MARGIN, y, title);
      for (String line : lines) {
        y -= 28;
        text(s, regular, 13, MARGIN, y, line);
      }
    }
    return page;
  }

  /** One page of the contents: titles and their page numbers. */
  PDPage contents(List<String> titles, List<Integer> pageNumbers, boolean first) throws IOException {
    PDPage page = newPage();
    float width = page.getMediaBox().getWidth();
    try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
      float y = page.getMediaBox().getHeight() - 90;
      text(s, bold, 18, MARGIN, y, first ? "Contents" : "Contents (continued)");
      y -= 34;
      for (int i = 0; i < titles.size(); i++) {
        text(s, regular, 10.5f, MARGIN, y, titles.get(i));
        String number = String.valueOf(pageNumbers.get(i));
        text(s, regular, 10.5f, width - MARGIN - regular.getStringWidth(number) / 1000 * 10.5f, y, number);
        y -= 18;
      }
    }
    return page;
  }

  PDPage note(String title, String why) throws IOException {
    PDPage page = newPage();
    try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
      float y = page.getMediaBox().getHeight() - 90;
      text(s, bold, 16, MARGIN, y, title);
      text(s, regular, 11, MARGIN, y - 30, "This report could not be produced for this pack:");
      text(s, regular, 11, MARGIN, y - 48, why);
    }
    return page;
  }

  /**
   * "Page x of y" in the bottom right corner, {@code right} points from the page's right edge: the
   * pack's own pages keep their margin, a report's page takes the place of the number it left out.
   */
  void footer(PDPage page, String label, float right) throws IOException {
    try (PDPageContentStream s = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
      float width = page.getMediaBox().getWidth();
      s.setNonStrokingColor(0.376f, 0.376f, 0.376f);
      text(s, regular, 8, width - right - regular.getStringWidth(label) / 1000 * 8, 36, label);
    }
  }

  static void text(PDPageContentStream s, PDFont font, float size, float x, float y, String text) throws IOException {
    s.beginText();
    s.setFont(font, size);
    s.newLineAtOffset(x, y);
    s.showText(text);
    s.endText();
  }

  private PDPage newPage() {
    PDPage page = new PDPage(PDRectangle.A4);
    return page;
  }

  private static PDFont font(PDDocument doc, String file) {
    String resource = "net/sf/jasperreports/fonts/dejavu/" + file;
    try (InputStream in = PackPages.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new ReportException(resource + " (jasperreports-fonts) is not on the class path", null);
      }
      return PDType0Font.load(doc, in);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }
}
