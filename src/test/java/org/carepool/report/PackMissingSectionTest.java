package org.carepool.report;

import static org.carepool.report.PackChecks.pageText;
import static org.carepool.report.PackChecks.squeezed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Board B1 as at June 2025: A2 has no contributions, so its income and expenditure cannot be
 * produced. The pack still goes out, says so where a reader looks, and tells its caller.
 */
class PackMissingSectionTest {
  private static final String MISSING = "Income and expenditure, A2 Whole area pool";
  private static final String WHY = "arrangement A2 has no contributions for 2025-26, so there is no pool income to "
      + "report against";
  private static Pack pack;

  @BeforeAll
  static void render() {
    pack = PackFixture.pack();
  }

  @Test
  void the_section_is_returned_as_missing_with_its_reason() {
    assertEquals(List.of(new MissingSection(MISSING, WHY)), pack.missing());
    assertEquals("board-pack-B1-2025-06.pdf", pack.pdf().fileName());
  }

  @Test
  void its_note_page_reads_as_text_in_embedded_fonts() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(pack.pdf().content())) {
      int note = bookmarkPage(pdf, MISSING + " (not produced)");
      String text = pageText(pdf, note);
      assertTrue(text.contains(MISSING), text);
      assertTrue(text.contains("Not produced for this pack"), text);
      assertTrue(squeezed(text).contains(squeezed("Reason: " + WHY)), text);
      assertEquals(List.of(), PackChecks.fontProblems(pdf));
      // "affected", "figures" as letters: a ligature glyph would be found by no search for the word
      assertEquals(List.of(), PackChecks.glyphs(pdf, note).stream().map(PackChecks.Glyph::text)
          .filter(g -> g.matches(".*[\uFB00-\uFB06].*")).toList());
    }
  }

  @Test
  void the_cover_and_the_contents_list_it_as_not_produced() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(pack.pdf().content())) {
      String cover = squeezed(pageText(pdf, 1));
      assertTrue(cover.contains("SECTIONSNOTPRODUCED" + squeezed(MISSING + "not produced: " + WHY)), cover);
      String contents = squeezed(PackChecks.contentsText(pdf));
      int note = bookmarkPage(pdf, MISSING + " (not produced)");
      assertTrue(contents.contains(squeezed(MISSING) + note + squeezed("not produced: " + WHY)), contents);
    }
  }

  @Test
  void bookmarks_contents_and_page_numbers_agree_around_the_note() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(pack.pdf().content())) {
      assertEquals(List.of(), PackChecks.bookmarkProblems(pdf));
      assertEquals(List.of(), PackChecks.pageNumberProblems(pdf));
      assertEquals(7, countBookmarks(pdf), "summary, glossary, A1 I&E, A1 performance, A2 I&E (note), A2 performance, mapping");
    }
  }

  @Test
  void the_cover_names_board_period_arrangements_with_model_and_host_and_the_import_batches() throws IOException {
    SortedSet<Long> batches = new TreeSet<>();
    for (ReportRequest request : List.of(
        ReportRequest.forArrangement(ReportId.INCOME_EXPENDITURE, "A1", PackFixture.MONTH, Format.PDF),
        ReportRequest.forArrangement(ReportId.PERFORMANCE, "A1", PackFixture.MONTH, Format.PDF),
        ReportRequest.forArrangement(ReportId.PERFORMANCE, "A2", PackFixture.MONTH, Format.PDF),
        new ReportRequest(ReportId.SPEND_MAPPING, null, "B1", PackFixture.MONTH, Format.PDF))) {
      batches.addAll(PackFixture.reports().data(request).context().importBatches());
    }
    try (PDDocument pdf = Loader.loadPDF(pack.pdf().content())) {
      String cover = squeezed(pageText(pdf, 1));
      for (String expected : List.of("Test Health and Wellbeing Board", "Board pack", "Month 3 (June 2025)",
          "Financial year 2025-26", "A1 North pool", "Lead body, hosted by Test ICB", "A2 Whole area pool",
          "Lead body, hosted by Test Council", "Produced 8 July 2025 at 10:30 UK time (BST)",
          "Import batches (for audit): " + batches.stream().map(String::valueOf).collect(Collectors.joining(", ")),
          "Board B1")) {
        assertTrue(cover.contains(squeezed(expected)), "cover lacks '" + expected + "': " + cover);
      }
    }
  }

  private static int countBookmarks(PDDocument pdf) throws IOException {
    return PackChecks.sectionBookmarks(pdf).size();
  }

  private static int bookmarkPage(PDDocument pdf, String title) throws IOException {
    Integer page = PackChecks.sectionBookmarks(pdf).get(title);
    if (page == null) {
      throw new AssertionError("no bookmark '" + title + "' in " + PackChecks.sectionBookmarks(pdf).keySet());
    }
    return page;
  }

}
