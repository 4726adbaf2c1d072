package org.carepool.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A pack too big for one contents page, with long titles, long reasons and a long board name: every
 * bookmark still lands on the page its contents line gives, every page reads "Page x of y", and no
 * text of the pack's own pages runs off the page or into a page number.
 */
class PackLayoutTest {
  private static final String LONG_BOARD = "Greater Westshire, Eastshire and Coastal Boroughs Health, Wellbeing and "
      + "Integrated Care Board";
  private static final int SECTIONS = 44;
  private static final float WIDTH = 595.27563f;
  private static byte[] pdf;
  private static int reportPages;

  @BeforeAll
  static void assemble() throws IOException {
    IncomeExpenditureReport report = Examples.lb1();
    SectionPrint section = Rendered.RENDERER.fillForPack(report);
    reportPages = section.pages();
    List<PackSection> sections = new ArrayList<>();
    List<PackCover.Arrangement> arrangements = new ArrayList<>();
    List<MissingSection> missing = new ArrayList<>();
    for (int i = 1; i <= SECTIONS; i++) {
      String name = i % 5 == 0 ? "Integrated community equipment, reablement and intermediate care pooled budget "
          + "for older people and adults with long-term conditions, number " + i : "Pooled budget " + i;
      String title = "Income and expenditure, P" + i + " " + name;
      if (i % 4 == 0) {
        String why = "arrangement P" + i + " has no contributions for 2025-26, so there is no pool income to report "
            + "against; load contributions.csv for the year and produce the pack again (" + "x".repeat(i) + ")";
        sections.add(PackSection.missing(title, why));
        missing.add(new MissingSection(title, why));
      } else {
        sections.add(PackSection.of(title, report, section));
      }
      arrangements.add(new PackCover.Arrangement("P" + i, name, "Lead body", "NHS Westshire Integrated Care Board"));
    }
    PackCover cover = new PackCover("JHWB", LONG_BOARD, YearMonth.parse("2025-09"), ZonedDateTime.now(Examples.PRODUCED), arrangements,
        new TreeSet<>(Set.of(17L, 18L)), missing);
    pdf = new PackAssembler().assemble(cover, summary(arrangements, sections), sections);
  }

  @Test
  void the_contents_run_over_pages_and_every_bookmark_lands_where_the_contents_say() throws IOException {
    try (PDDocument pack = Loader.loadPDF(pdf)) {
      int contents = PackChecks.contentsPages(pack);
      assertTrue(contents >= 2, contents + " contents page(s)");
      int notes = SECTIONS / 4;
      assertEquals(1 + contents + 2 + (SECTIONS - notes) * reportPages + notes, pack.getNumberOfPages());
      // every section is the same report here, so only the numbers can tell sections apart
      assertEquals(List.of(), PackChecks.bookmarkNumberProblems(pack));
      assertEquals(List.of(), PackChecks.pageNumberProblems(pack));
      assertEquals(List.of(), PackChecks.fontProblems(pack));
    }
  }

  @Test
  void no_text_of_the_cover_contents_or_notes_leaves_the_margins_and_titles_stay_clear_of_page_numbers()
      throws IOException {
    try (PDDocument pack = Loader.loadPDF(pdf)) {
      int contents = PackChecks.contentsPages(pack);
      List<String> problems = new ArrayList<>();
      for (int page = 1; page <= 1 + contents; page++) {
        problems.addAll(PackChecks.outside(pack, page, PackPages.MARGIN, WIDTH - PackPages.MARGIN));
      }
      float numbers = WIDTH - PackPages.MARGIN - 40;
      for (int page = 2; page <= 1 + contents; page++) {
        for (PackChecks.Glyph g : PackChecks.glyphs(pack, page)) {
          if (g.x() + g.width() > numbers && !g.text().matches("[0-9]") && !isFooter(g)) {
            problems.add("page " + page + ": '" + g.text() + "' at " + g.x() + " runs into the page numbers");
          }
        }
      }
      assertEquals(List.of(), problems);
    }
  }

  @Test
  void the_cover_is_one_page_with_the_long_board_name_whole_and_the_lists_cut_short() throws IOException {
    try (PDDocument pack = Loader.loadPDF(pdf)) {
      String cover = PackChecks.squeezed(PackChecks.pageText(pack, 1));
      assertTrue(cover.contains(PackChecks.squeezed(LONG_BOARD)), cover);
      assertTrue(cover.contains("morearrangements(seethecontents)"), cover);
      assertTrue(cover.contains("moresectionsnotproduced(seethecontents)"), cover);
      assertTrue(cover.contains("SECTIONSNOTPRODUCED(SEETHECONTENTSFORWHY)Incomeandexpenditure,P4Pooledbudget4"
          + "Incomeandexpenditure,P8Pooledbudget8"), "too many to give reasons: titles alone " + cover);
      assertTrue(PackChecks.pageText(pack, 2).startsWith("Contents"), "contents follow the one cover page");
    }
  }

  private static PackSummary summary(List<PackCover.Arrangement> arrangements, List<PackSection> sections) {
    return PackSummary.of(arrangements.stream().map(a -> new PackRequest.Arrangement(a.code(), a.name())).toList(),
        sections);
  }

  /** The footer's "Page x of y" sits right-aligned at the margin, under the numbers. */
  private static boolean isFooter(PackChecks.Glyph g) {
    return "Page of".contains(g.text().trim()) || g.text().isBlank();
  }
}
