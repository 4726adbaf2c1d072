package org.carepool.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The contents pages: each section's title, wrapped, with its first page number on the title's
 * last line, and under a section that was not produced, why. Laid out before the pages are drawn,
 * as the number of contents pages decides every section's page number.
 */
final class PackContents {
  private static final float TITLE_SIZE = 10.5f;
  private static final float TITLE_LEADING = 14;
  private static final float REASON_SIZE = 9;
  private static final float REASON_LEADING = 12;
  private static final float GAP = 7;
  private static final float NUMBER_COLUMN = 44;
  private static final float FIRST_LINE = PDRectangle.A4.getHeight() - 128;
  /** Above the "Page x of y" footer. */
  private static final float LAST_LINE = 66;

  /** @param notProduced why the section is missing, or {@code null} */
  record Entry(String title, String notProduced) {}

  private record Placed(List<String> title, List<String> reason) {
    float height() {
      return title.size() * TITLE_LEADING + reason.size() * REASON_LEADING + GAP;
    }
  }

  private final PackPages pages;
  private final List<List<Placed>> layout = new ArrayList<>();

  PackContents(PackPages pages, List<Entry> entries) {
    this.pages = pages;
    float width = PDRectangle.A4.getWidth() - 2 * PackPages.MARGIN - NUMBER_COLUMN;
    List<Placed> page = new ArrayList<>();
    float y = FIRST_LINE;
    for (Entry entry : entries) {
      Placed placed = new Placed(PackText.wrap(pages.regular, TITLE_SIZE, entry.title(), width),
          entry.notProduced() == null ? List.of()
              : PackText.wrap(pages.regular, REASON_SIZE, "not produced: " + entry.notProduced(), width));
      if (!page.isEmpty() && y - placed.height() < LAST_LINE) {
        layout.add(page);
        page = new ArrayList<>();
        y = FIRST_LINE;
      }
      page.add(placed);
      y -= placed.height();
    }
    layout.add(page);
  }

  int pageCount() {
    return layout.size();
  }

  /** Where an entry's lines are on a contents page: the area a link to its first page covers. */
  record Area(PDPage page, PDRectangle rectangle) {}

  /**
   * Adds the contents pages to the pack; {@code startPages} holds each entry's first page, in entry
   * order. Returns each entry's area, in entry order, for links once the pages they go to exist.
   */
  List<Area> draw(List<Integer> startPages) throws IOException {
    List<Area> areas = new ArrayList<>();
    int entry = 0;
    for (int p = 0; p < layout.size(); p++) {
      PDPage page = pages.addPage();
      try (PDPageContentStream s = pages.draw(page)) {
        float right = page.getMediaBox().getWidth() - PackPages.MARGIN;
        s.setNonStrokingColor(PackPages.NAVY);
        PackText.show(s, pages.bold, 18, PackPages.MARGIN, page.getMediaBox().getHeight() - 90,
            p == 0 ? "Contents" : "Contents (continued)");
        float y = FIRST_LINE;
        for (Placed placed : layout.get(p)) {
          float top = y + TITLE_SIZE + 2;
          areas.add(new Area(page, new PDRectangle(PackPages.MARGIN, top - placed.title().size() * TITLE_LEADING,
              right - PackPages.MARGIN, placed.title().size() * TITLE_LEADING)));
          y = PackPages.lines(s, pages.regular, TITLE_SIZE, PackPages.INK, y, placed.title(), TITLE_LEADING);
          String number = String.valueOf(startPages.get(entry++));
          PackText.show(s, pages.regular, TITLE_SIZE, right - PackText.width(pages.regular, TITLE_SIZE, number),
              y + TITLE_LEADING, number);
          y = PackPages.lines(s, pages.regular, REASON_SIZE, PackPages.RED, y, placed.reason(), REASON_LEADING) - GAP;
        }
      }
    }
    return areas;
  }
}
