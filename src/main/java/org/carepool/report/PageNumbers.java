package org.carepool.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * "Page x of y" across a whole pack: on a section's page its own "Page a of b" is found by its glyph
 * positions, painted over and written again with the pack's numbers at the same place; the pack's
 * own pages (cover, contents) get a footer.
 */
final class PageNumbers {
  private static final Pattern PAGE_OF = Pattern.compile("Page(\\d+)of(\\d+)");

  private PageNumbers() {}

  static void stamp(PDDocument pack, PackPages pages, int ownPages) throws IOException {
    int total = pack.getNumberOfPages();
    for (int i = 0; i < total; i++) {
      PDPage page = pack.getPage(i);
      String label = "Page " + (i + 1) + " of " + total;
      if (i < ownPages) {
        pages.footer(page, label);
        continue;
      }
      for (Found found : find(pack, i + 1)) {
        replace(pack, page, pages, found, label);
      }
    }
  }

  private record Found(float left, float right, float baseline, float height, float fontSize) {}

  private static List<Found> find(PDDocument pack, int pageNumber) throws IOException {
    List<TextPosition> glyphs = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void writeString(String text, List<TextPosition> positions) {
        glyphs.addAll(positions);
      }
    };
    stripper.setStartPage(pageNumber);
    stripper.setEndPage(pageNumber);
    stripper.getText(pack);
    StringBuilder text = new StringBuilder();
    List<TextPosition> at = new ArrayList<>();
    for (TextPosition g : glyphs) {
      String u = g.getUnicode();
      if (u != null && !u.isBlank()) {
        text.append(u);
        for (int k = 0; k < u.length(); k++) {
          at.add(g);
        }
      }
    }
    List<Found> found = new ArrayList<>();
    Matcher m = PAGE_OF.matcher(text);
    while (m.find()) {
      TextPosition first = at.get(m.start());
      TextPosition last = at.get(m.end() - 1);
      found.add(new Found(first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(), last.getYDirAdj(),
          Math.max(first.getHeightDir(), first.getFontSizeInPt() * 0.8f), first.getFontSizeInPt()));
    }
    return found;
  }

  private static void replace(PDDocument pack, PDPage page, PackPages pages, Found f, String label)
      throws IOException {
    float pageHeight = page.getMediaBox().getHeight();
    float baseline = pageHeight - f.baseline();
    float size = f.fontSize() > 0 ? f.fontSize() : 8;
    float width = pages.regular.getStringWidth(label) / 1000 * size;
    float left = Math.min(f.left(), f.right() - width);
    try (PDPageContentStream s = new PDPageContentStream(pack, page, PDPageContentStream.AppendMode.APPEND, true,
        true)) {
      s.setNonStrokingColor(1f, 1f, 1f);
      s.addRect(left - 2, baseline - size * 0.3f, f.right() - left + 4, size * 1.3f);
      s.fill();
      s.setNonStrokingColor(0.33f, 0.33f, 0.33f);
      PackPages.text(s, pages.regular, size, f.right() - width, baseline, label);
    }
  }
}
