package org.carepool.report;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The pack's own pages (cover, contents, a note for a section not produced) drawn into the pack
 * document itself in DejaVu Sans, so the fonts are subset and embedded when the pack is saved. The
 * pack document starts as the sections' PDF, so new pages go in before a given page of it
 * ({@link #before}), or at the end.
 */
final class PackPages {
  static final float MARGIN = 56;
  /** The reports' navy (carepool-styles.jrtx). */
  static final Color NAVY = new Color(0x1F, 0x38, 0x64);
  static final Color GREY = new Color(0x60, 0x60, 0x60);
  static final Color RED = new Color(0xA3, 0x1B, 0x1B);
  static final Color INK = new Color(0x22, 0x22, 0x22);

  private final PDDocument doc;
  final PDFont regular;
  final PDFont bold;
  private PDPage before;

  PackPages(PDDocument doc) {
    this.doc = doc;
    this.regular = font(doc, "DejaVuSans.ttf");
    this.bold = font(doc, "DejaVuSans-Bold.ttf");
  }

  /** A new A4 page, before the page {@link #before} set, or at the end of the pack. */
  PDPage addPage() {
    PDPage page = new PDPage(PDRectangle.A4);
    if (before == null) {
      doc.addPage(page);
    } else {
      doc.getPages().insertBefore(page, before);
    }
    return page;
  }

  /** Pages added from now on go before {@code next} (a section's first page), or at the end when null. */
  void before(PDPage next) {
    this.before = next;
  }

  PDPageContentStream draw(PDPage page) throws IOException {
    return new PDPageContentStream(doc, page);
  }

  /** Text width between the margins of a pack page. */
  static float textWidth(PDPage page) {
    return page.getMediaBox().getWidth() - 2 * MARGIN;
  }

  /** A page, in place of a section, saying that it could not be produced and why. */
  PDPage note(String title, String why) throws IOException {
    PDPage page = addPage();
    float width = textWidth(page);
    float top = page.getMediaBox().getHeight();
    try (PDPageContentStream s = draw(page)) {
      s.setNonStrokingColor(NAVY);
      s.addRect(0, top - 12, page.getMediaBox().getWidth(), 12);
      s.fill();
      float y = top - 90;
      y = lines(s, bold, 16, NAVY, y, PackText.wrap(bold, 16, title, width), 21);
      y = lines(s, bold, 12, RED, y - 14, List.of("Not produced for this pack"), 16);
      y = lines(s, regular, 11, INK, y - 4, PackText.wrap(regular, 11, "Reason: " + why, width), 15);
      lines(s, regular, 10, GREY, y - 10, PackText.wrap(regular, 10, "The other sections of the pack are not "
          + "affected. Once the figures this section needs are loaded, the pack can be produced again.", width), 14);
    }
    return page;
  }

  /** Draws lines from {@code y} down, {@code leading} apart, at the left margin; returns the y below them. */
  static float lines(PDPageContentStream s, PDFont font, float size, Color colour, float y, List<String> lines,
      float leading) throws IOException {
    return linesAt(s, font, size, colour, MARGIN, y, lines, leading);
  }

  /** As {@link #lines}, from {@code x}. */
  static float linesAt(PDPageContentStream s, PDFont font, float size, Color colour, float x, float y,
      List<String> lines, float leading) throws IOException {
    s.setNonStrokingColor(colour);
    for (String line : lines) {
      PackText.show(s, font, size, x, y, line);
      y -= leading;
    }
    return y;
  }

  /**
   * "Page x of y" in the bottom right corner, {@code right} points from the page's right edge: the
   * pack's own pages keep their margin, a report's page takes the place of the number it left out.
   * An artifact for the structure tree, as a running footer is (PDF/UA-1 §7.8): readers announce
   * pages themselves.
   */
  void footer(PDPage page, String label, float right) throws IOException {
    try (PDPageContentStream s = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
      float width = page.getMediaBox().getWidth();
      s.beginMarkedContent(COSName.ARTIFACT);
      s.setNonStrokingColor(GREY);
      PackText.show(s, regular, 8, width - right - PackText.width(regular, 8, label), 36, label);
      s.endMarkedContent();
    }
  }

  /**
   * Without glyph substitution: PDFBox would otherwise draw "ff", "fi" as ligatures, which text
   * extraction and search then read as U+FB00, U+FB01 rather than the letters (the reports have none).
   */
  private static PDFont font(PDDocument doc, String file) {
    String resource = "net/sf/jasperreports/fonts/dejavu/" + file;
    try (InputStream in = PackPages.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new ReportException(resource + " (jasperreports-fonts) is not on the class path", null);
      }
      TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
      ttf.setEnableGsub(false);
      return PDType0Font.load(doc, ttf, true);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }
}
