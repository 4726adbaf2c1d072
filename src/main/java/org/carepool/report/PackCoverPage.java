package org.carepool.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The cover: a navy band with the board's name, "Board pack" and the period; under it the
 * arrangements with their models and hosts and any sections not produced; at the foot when it was
 * produced and the import batches it rests on. Always one page: lists too long for it end in
 * "… and n more", and the contents have them all.
 */
final class PackCoverPage {
  private static final Color PALE = new Color(0xC9, 0xD3, 0xE6);
  private static final float BAND = 330;
  private static final float LISTS_TOP = 842 - BAND - 48;
  private static final float LISTS_BOTTOM = 150;
  private static final float HEADING = 18;
  private static final float ITEM_GAP = 5;
  private static final float GAP_BETWEEN = 10;
  /** The "… and n more" line. */
  private static final float MORE = 14;

  /** A few lines of one font, size and colour; a list item is one or more of them. */
  private record Run(PDFont font, float size, Color colour, List<String> lines, float leading) {
    float height() {
      return lines.size() * leading;
    }
  }

  private final PackPages pages;
  private final float width;
  private float y = LISTS_TOP;

  private PackCoverPage(PackPages pages, float width) {
    this.pages = pages;
    this.width = width;
  }

  static void draw(PackPages pages, PackCover cover) throws IOException {
    PDPage page = pages.addPage();
    PackCoverPage drawing = new PackCoverPage(pages, PackPages.textWidth(page));
    try (PDPageContentStream s = pages.draw(page)) {
      drawing.band(s, page, cover);
      drawing.lists(s, cover);
      drawing.foot(s, cover);
    }
  }

  private void band(PDPageContentStream s, PDPage page, PackCover cover) throws IOException {
    float top = page.getMediaBox().getHeight();
    s.setNonStrokingColor(PackPages.NAVY);
    s.addRect(0, top - BAND, page.getMediaBox().getWidth(), BAND);
    s.fill();
    PackText.Fitted name = PackText.fit(pages.bold, 30, 15, cover.boardName(), width, 2);
    float line = top - 96;
    line = PackPages.lines(s, pages.bold, name.size(), Color.WHITE, line, name.lines(), name.size() * 1.2f);
    PackPages.lines(s, pages.regular, 17, PALE, line - 4, List.of("Board pack"), 20);
    PackPages.lines(s, pages.bold, 24, Color.WHITE, top - BAND + 62, List.of(cover.monthLabel()), 28);
    PackPages.lines(s, pages.regular, 12, PALE, top - BAND + 36, List.of(cover.financialYear()), 16);
  }

  /**
   * The arrangements, then the sections not produced; when both do not fit, the sections not
   * produced keep at least half the room, as a reader must not miss them.
   */
  private void lists(PDPageContentStream s, PackCover cover) throws IOException {
    List<List<Run>> arrangements = new ArrayList<>();
    for (PackCover.Arrangement a : cover.arrangements()) {
      List<Run> item = new ArrayList<>();
      item.add(run(pages.bold, 10.5f, PackPages.INK, a.code() + "  " + a.name(), 14));
      String terms = PackCover.terms(a);
      if (!terms.isEmpty()) {
        item.add(run(pages.regular, 9.5f, PackPages.GREY, terms, 12.5f));
      }
      arrangements.add(item);
    }
    List<List<Run>> missing = new ArrayList<>();
    for (MissingSection m : cover.missing()) {
      missing.add(List.of(run(pages.bold, 9.5f, PackPages.INK, m.title(), 12.5f),
          run(pages.regular, 9, PackPages.RED, "not produced: " + m.reason(), 12)));
    }
    float room = LISTS_TOP - LISTS_BOTTOM;
    float forMissing = missing.isEmpty() ? 0 : Math.min(HEADING + GAP_BETWEEN + height(missing), room / 2);
    list(s, "Arrangements in this pack", PackPages.NAVY, arrangements, "arrangements", LISTS_BOTTOM + forMissing);
    if (!missing.isEmpty()) {
      y -= GAP_BETWEEN;
      list(s, "Sections not produced", PackPages.RED, missing, "sections not produced", LISTS_BOTTOM);
    }
  }

  /** A heading and the items that fit above {@code bottom}; the rest counted in one line. */
  private void list(PDPageContentStream s, String heading, Color colour, List<List<Run>> items, String what,
      float bottom) throws IOException {
    y = PackPages.lines(s, pages.bold, 11, colour, y, List.of(heading.toUpperCase(Locale.UK)), HEADING);
    for (int i = 0; i < items.size(); i++) {
      boolean last = i == items.size() - 1;
      if (y - height(items.subList(i, i + 1)) - (last ? 0 : MORE) < bottom) {
        PackPages.lines(s, pages.regular, 9.5f, PackPages.GREY, y,
            List.of("… and " + (items.size() - i) + " more " + what + " (see the contents)"), MORE);
        y -= MORE;
        return;
      }
      for (Run run : items.get(i)) {
        y = PackPages.lines(s, run.font(), run.size(), run.colour(), y, run.lines(), run.leading());
      }
      y -= ITEM_GAP;
    }
  }

  private static float height(List<List<Run>> items) {
    float height = 0;
    for (List<Run> item : items) {
      for (Run run : item) {
        height += run.height();
      }
      height += ITEM_GAP;
    }
    return height;
  }

  private void foot(PDPageContentStream s, PackCover cover) throws IOException {
    s.setStrokingColor(PackPages.NAVY);
    s.setLineWidth(1.2f);
    s.moveTo(PackPages.MARGIN, 128);
    s.lineTo(PackPages.MARGIN + width, 128);
    s.stroke();
    String batches = cover.importBatches().isEmpty() ? "none"
        : cover.importBatches().stream().map(String::valueOf).collect(Collectors.joining(", "));
    float line = PackPages.lines(s, pages.regular, 9.5f, PackPages.INK, 110,
        List.of("Produced " + cover.producedLabel()), 13);
    line = PackPages.lines(s, pages.regular, 9.5f, PackPages.INK, line, PackText.truncate(pages.regular, 9.5f,
        PackText.wrap(pages.regular, 9.5f, "Figures from import batches " + batches, width), width, 2), 13);
    PackPages.lines(s, pages.regular, 8.5f, PackPages.GREY, line, List.of("Board " + cover.board()
        + " · produced by carepool"), 12);
  }

  private Run run(PDFont font, float size, Color colour, String text, float leading) {
    return new Run(font, size, colour, PackText.wrap(font, size, text, width), leading);
  }
}
