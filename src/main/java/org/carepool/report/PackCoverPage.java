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
 * The cover: a navy band with the board's name, "Board pack", the meeting when known, the period
 * and the status (DRAFT or FINAL); under it the arrangements with their models and hosts and any
 * sections not produced; above the foot who prepared it, why it is draft or final, and its data
 * sources in words; at the foot when it was produced and the import batches (a footnote). Always
 * one page: lists too long for it end in "… and n more", and the contents have them all.
 */
final class PackCoverPage {
  private static final Color PALE = new Color(0xC9, 0xD3, 0xE6);
  private static final Color DRAFT = new Color(0xE6, 0x9F, 0x00);
  private static final float BAND = 300;
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
      List<Run> about = drawing.about(cover);
      float aboutHeight = about.stream().map(Run::height).reduce(0f, Float::sum);
      drawing.lists(s, cover, LISTS_BOTTOM + aboutHeight + GAP_BETWEEN);
      drawing.y = LISTS_BOTTOM + aboutHeight;
      for (Run run : about) {
        drawing.y = PackPages.lines(s, run.font(), run.size(), run.colour(), drawing.y, run.lines(), run.leading());
      }
      drawing.foot(s, cover);
    }
  }

  /** Who prepared the pack, why it is draft or final, and the data sources in words (at most two lines each). */
  private List<Run> about(PackCover cover) {
    List<Run> runs = new ArrayList<>();
    if (cover.meeting().author() != null) {
      runs.add(run(pages.bold, 10, PackPages.INK, "Prepared by " + cover.meeting().author(), 14));
    }
    runs.add(run(pages.regular, 9, cover.allClosed() ? PackPages.INK : PackPages.RED,
        cover.status() + ": " + cover.statusReason(), 13));
    if (!cover.sources().isEmpty()) {
      runs.add(new Run(pages.bold, 10, PackPages.NAVY, List.of("DATA SOURCES"), 16));
      for (String source : cover.sources()) {
        runs.add(new Run(pages.regular, 9, PackPages.INK, PackText.truncate(pages.regular, 9,
            PackText.wrap(pages.regular, 9, source, width), width, 2), 12));
      }
    }
    return runs;
  }

  private void band(PDPageContentStream s, PDPage page, PackCover cover) throws IOException {
    float top = page.getMediaBox().getHeight();
    s.setNonStrokingColor(PackPages.NAVY);
    s.addRect(0, top - BAND, page.getMediaBox().getWidth(), BAND);
    s.fill();
    PackText.Fitted name = PackText.fit(pages.bold, 30, 15, cover.boardName(), width, 2);
    float line = top - 96;
    line = PackPages.lines(s, pages.bold, name.size(), Color.WHITE, line, name.lines(), name.size() * 1.2f);
    line = PackPages.lines(s, pages.regular, 17, PALE, line - 4, List.of("Board pack"), 20);
    if (cover.meetingLabel() != null) {
      PackPages.lines(s, pages.regular, 12, Color.WHITE, line - 6, PackText.truncate(pages.regular, 12,
          PackText.wrap(pages.regular, 12, cover.meetingLabel(), width), width, 2), 16);
    }
    status(s, top, cover);
    PackPages.lines(s, pages.bold, 24, Color.WHITE, top - BAND + 62, List.of(cover.monthLabel()), 28);
    PackPages.lines(s, pages.regular, 12, PALE, top - BAND + 36, List.of(cover.financialYear()), 16);
  }

  /** DRAFT (orange, Okabe–Ito, black text) or FINAL (white, navy text) in a box at the band's top right. */
  private void status(PDPageContentStream s, float top, PackCover cover) throws IOException {
    float size = 14;
    float textWidth = PackText.width(pages.bold, size, cover.status());
    float boxWidth = textWidth + 20;
    float x = PackPages.MARGIN + width - boxWidth;
    s.setNonStrokingColor(cover.allClosed() ? Color.WHITE : DRAFT);
    s.addRect(x, top - 62, boxWidth, 24);
    s.fill();
    PackPages.linesAt(s, pages.bold, size, cover.allClosed() ? PackPages.NAVY : Color.BLACK, x + 10, top - 55,
        List.of(cover.status()), 16);
  }

  /**
   * The arrangements, then the sections not produced with their reasons. When both do not fit, the
   * sections are listed by title alone (the reasons are in the contents and on their pages), and
   * keep at least half the room: a reader must not miss them.
   */
  private void lists(PDPageContentStream s, PackCover cover, float bottom) throws IOException {
    List<List<Run>> arrangements = cover.arrangements().stream().map(this::arrangement).toList();
    List<List<Run>> missing = cover.missing().stream().map(m -> List.of(
        run(pages.bold, 9.5f, PackPages.INK, m.title(), 12.5f),
        run(pages.regular, 9, PackPages.RED, "not produced: " + m.reason(), 12))).toList();
    float room = LISTS_TOP - bottom;
    String heading = "Sections not produced";
    if (!missing.isEmpty() && needs(arrangements) + GAP_BETWEEN + needs(missing) > room) {
      missing = cover.missing().stream().map(m -> List.of(run(pages.regular, 9.5f, PackPages.RED, m.title(), 12.5f)))
          .toList();
      heading = "Sections not produced (see the contents for why)";
    }
    float forMissing = missing.isEmpty() ? 0
        : Math.max(room - needs(arrangements), Math.min(GAP_BETWEEN + needs(missing), room / 2));
    list(s, "Arrangements in this pack", PackPages.NAVY, arrangements, "arrangements", bottom + forMissing);
    if (!missing.isEmpty()) {
      y -= GAP_BETWEEN;
      list(s, heading, PackPages.RED, missing, "sections not produced", bottom);
    }
  }

  private List<Run> arrangement(PackCover.Arrangement a) {
    Run name = run(pages.bold, 10.5f, PackPages.INK, a.code() + "  " + a.name(), 14);
    String terms = PackCover.terms(a);
    return terms.isEmpty() ? List.of(name) : List.of(name, run(pages.regular, 9.5f, PackPages.GREY, terms, 12.5f));
  }

  /** The height of a list with its heading. */
  private static float needs(List<List<Run>> items) {
    return HEADING + height(items);
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
        PackText.wrap(pages.regular, 9.5f, "Import batches (for audit): " + batches, width), width, 2), 13);
    PackPages.lines(s, pages.regular, 8.5f, PackPages.GREY, line, List.of("Board " + cover.board()
        + " · produced by carepool"), 12);
  }

  private Run run(PDFont font, float size, Color colour, String text, float leading) {
    return new Run(font, size, colour, PackText.wrap(font, size, text, width), leading);
  }
}
