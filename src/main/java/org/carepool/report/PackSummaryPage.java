package org.carepool.report;

import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The board summary page, straight after the contents: a table of the arrangements (money in
 * £000s, RAG written and marked in a colour-blind-safe palette, KPI ratings counted), a table of
 * what each partner carries across them, and the rounding note. One A4 page for a board of ten
 * arrangements and four partners: names wrap to two lines at most.
 */
final class PackSummaryPage {
  static final float SIZE = 8.5f;
  private static final float LEADING = 11;
  private static final float ROW_GAP = 4;
  private static final float MONEY = 46;
  private static final float PCT = 38;
  private static final float RAG = 56;
  private static final float COUNT = 36;
  /** Above the "Page x of y" footer. */
  private static final float FOOT = 66;

  private final PackPages pages;
  private final PDPageContentStream s;
  private final float left = PackPages.MARGIN;
  private final float width;
  private float y;

  private PackSummaryPage(PackPages pages, PDPageContentStream s, float width, float top) {
    this.pages = pages;
    this.s = s;
    this.width = width;
    this.y = top;
  }

  static void draw(PackPages pages, PackSummary summary, String monthLabel) throws IOException {
    PDPage page = pages.addPage();
    float top = page.getMediaBox().getHeight();
    try (PDPageContentStream s = pages.draw(page)) {
      PackSummaryPage drawing = new PackSummaryPage(pages, s, PackPages.textWidth(page), top - 90);
      drawing.heading(monthLabel);
      drawing.arrangements(summary);
      drawing.partners(summary);
      drawing.note();
    }
  }

  private void heading(String monthLabel) throws IOException {
    y = PackPages.lines(s, pages.bold, 18, PackPages.NAVY, y, List.of("Board summary"), 24);
    y = PackPages.lines(s, pages.regular, 10, PackPages.GREY, y, List.of(monthLabel
        + " · forecast outturn for the year · money in " + Thousands.LABEL), 22);
  }

  private void arrangements(PackSummary summary) throws IOException {
    boolean movement = summary.hasMovement();
    List<Float> widths = new ArrayList<>(List.of(0f, MONEY, MONEY, MONEY, PCT, RAG));
    List<String> headers = new ArrayList<>(List.of("Arrangement", "Budget", "Forecast", "Variance", "Var %", "RAG"));
    if (movement) {
      widths.add(RAG);
      headers.add("Movement");
    }
    List.of("Green", "Amber", "Red", "None").forEach(h -> {
      widths.add(COUNT);
      headers.add(h);
    });
    widths.set(0, width - widths.stream().reduce(0f, Float::sum));
    section("ARRANGEMENTS (" + Thousands.LABEL + "; variance: overspend positive, underspend in brackets)");
    kpiHeading(widths);
    row(widths, headers, null, pages.bold, PackPages.NAVY);
    rule();
    float floor = FOOT + (summary.partners().size() + 4) * (LEADING + ROW_GAP) + 80 + 2 * LEADING;
    List<PackSummary.Row> rows = summary.arrangements();
    for (int i = 0; i < rows.size(); i++) {
      if (y - 2 * LEADING - ROW_GAP < floor) {
        y = PackPages.lines(s, pages.regular, SIZE, PackPages.GREY, y, List.of("… and " + (rows.size() - i)
            + " more arrangements (see their reports); the totals include them"), LEADING + ROW_GAP);
        break;
      }
      row(widths, cells(rows.get(i), movement), rows.get(i).rating(), pages.regular, PackPages.INK);
    }
    rule();
    row(widths, cells(summary.total(), movement), null, pages.bold, PackPages.INK);
    y -= 14;
  }

  /** "KPI ratings" over the four count columns. */
  private void kpiHeading(List<Float> widths) throws IOException {
    float x = left + widths.subList(0, widths.size() - 4).stream().reduce(0f, Float::sum);
    s.setNonStrokingColor(PackPages.NAVY);
    PackText.show(s, pages.bold, SIZE, x + 4 * COUNT - PackText.width(pages.bold, SIZE, "KPI ratings"), y,
        "KPI ratings");
    y -= LEADING;
  }

  private static List<String> cells(PackSummary.Row r, boolean movement) {
    String name = r.code().isEmpty() ? r.name() : r.code() + " " + r.name();
    List<String> cells = new ArrayList<>(List.of(name));
    if (r.hasFigures()) {
      cells.addAll(List.of(Thousands.format(r.budget()), Thousands.format(r.forecast()),
          Thousands.format(r.variance()), percent(r.variancePct()), r.rating() == null ? "" : r.rating()));
    } else {
      cells.addAll(List.of("", "", "", "", "not produced"));
    }
    if (movement) {
      cells.add(r.movement() == null ? "–" : Thousands.format(r.movement()));
    }
    PackSummary.KpiCounts k = r.kpis();
    cells.addAll(k == null ? List.of("", "", "", "")
        : List.of(count(k.green()), count(k.amber()), count(k.red()), count(k.noRating())));
    return cells;
  }

  private void partners(PackSummary summary) throws IOException {
    section("WHAT EACH PARTNER CARRIES ACROSS THE BOARD'S ARRANGEMENTS (" + Thousands.LABEL + ")");
    List<Float> widths = List.of(width - 2 * MONEY - 40, 40f, 2 * MONEY);
    row(widths, List.of("Partner", "Code", "Carries"), null, pages.bold, PackPages.NAVY);
    rule();
    BigDecimal total = BigDecimal.ZERO;
    for (PackSummary.Partner p : summary.partners()) {
      row(widths, List.of(p.name(), p.organisation(), Thousands.format(p.carries())), null, pages.regular,
          PackPages.INK);
      total = total.add(p.carries());
    }
    rule();
    row(widths, List.of("All partners", "", Thousands.format(total)), null, pages.bold, PackPages.INK);
    y = PackPages.lines(s, pages.regular, 8, PackPages.GREY, y - 2, PackText.wrap(pages.regular, 8,
        "What a partner carries is the sum of its risk share in each arrangement: a share of a forecast overspend "
            + "it bears is positive; a share of an underspend, in brackets.", width), 10) - 12;
  }

  private void note() throws IOException {
    PackPages.lines(s, pages.regular, 8, PackPages.GREY, y, PackText.wrap(pages.regular, 8, Thousands.ROUNDING_NOTE
        + " RAG is written as well as marked: GREEN, AMBER, RED. KPI ratings count each arrangement's indicators "
        + "by rating; None is an indicator without a target or an actual.", width), 10);
  }

  private void section(String title) throws IOException {
    y = PackPages.lines(s, pages.bold, 9.5f, PackPages.NAVY, y, List.of(title), 15);
  }

  /**
   * One row: the first cell wrapped to two lines at most and left aligned, the others right
   * aligned; a RAG cell gets a swatch of its colour before the word.
   */
  private void row(List<Float> widths, List<String> cells, String rating, PDFont font, Color colour)
      throws IOException {
    List<String> first = PackText.truncate(font, SIZE, PackText.wrap(font, SIZE, cells.get(0), widths.get(0) - 6),
        widths.get(0) - 6, 2);
    PackPages.linesAt(s, font, SIZE, colour, left, y, first.subList(0, 1), LEADING);
    float x = left + widths.get(0);
    for (int i = 1; i < cells.size(); i++) {
      x += widths.get(i);
      String text = cells.get(i);
      float at = x - PackText.width(font, SIZE, text);
      if (rating != null && text.equals(rating)) {
        swatch(at - 11, rating);
      }
      s.setNonStrokingColor(colour);
      PackText.show(s, font, SIZE, at, y, text);
    }
    // after the cells, so that text read back gives a row's name and figures on one line
    PackPages.linesAt(s, font, SIZE, colour, left, y - LEADING, first.subList(1, first.size()), LEADING);
    y -= first.size() * LEADING + ROW_GAP;
  }

  /** Okabe–Ito colours, told apart by readers with the common colour-vision deficiencies. */
  private void swatch(float x, String rating) throws IOException {
    s.setNonStrokingColor(switch (rating) {
      case "GREEN" -> new Color(0x00, 0x9E, 0x73);
      case "AMBER" -> new Color(0xE6, 0x9F, 0x00);
      default -> new Color(0xD5, 0x5E, 0x00);
    });
    s.addRect(x, y - 1, 8, 8);
    s.fill();
  }

  private void rule() throws IOException {
    s.setStrokingColor(PackPages.GREY);
    s.setLineWidth(0.5f);
    s.moveTo(left, y + LEADING - 3);
    s.lineTo(left + width, y + LEADING - 3);
    s.stroke();
    y -= 2;
  }

  private static String percent(BigDecimal pct) {
    if (pct == null) {
      return "–";
    }
    String text = pct.setScale(1, java.math.RoundingMode.HALF_UP).abs().toPlainString() + "%";
    return pct.signum() < 0 ? "(" + text + ")" : text;
  }

  private static String count(int n) {
    return String.valueOf(n);
  }
}
