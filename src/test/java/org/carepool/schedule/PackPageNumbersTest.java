package org.carepool.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.carepool.db.Database;
import org.carepool.report.PackChecks;
import org.carepool.report.PackRequest;
import org.carepool.report.ReportId;
import org.carepool.report.ReportService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Page x of y" across the demo board's pack of every report, as a reader of the PDF's text
 * (search, screen readers, copy) sees it, and every bookmark on the page its contents line gives.
 */
class PackPageNumbersTest {

  @TempDir
  Path work;

  @Test
  void every_page_of_a_pack_of_every_report_reads_one_pack_wide_page_x_of_y_and_bookmarks_match_the_contents()
      throws Exception {
    Database db = PackStore.demo();
    ReportService reports = PackStore.delivery(db, work, 25).reports();
    PackRequest request = reports.boardPack("HWB", YearMonth.now(ZoneId.of("Europe/London")).minusMonths(1),
        List.of(ReportId.values()), false);
    byte[] pdf = reports.pack(request).pdf().content();
    try (PDDocument pack = Loader.loadPDF(pdf)) {
      assertTrue(pack.getNumberOfPages() > 2 + request.arrangements().size() * 2,
          "a pack of " + pack.getNumberOfPages() + " pages is too short to hold multi-page reports");
      assertPagedAcrossPack(pack);
      assertEquals(List.of(), PackChecks.bookmarkProblems(pack));
      List<String> bookmarks = titles(pack);
      assertEquals(2 + request.arrangements().size() * 2 + 1, bookmarks.size(), "summary, glossary, reports, mapping: " + bookmarks);
      for (String report : List.of("Income and expenditure, ", "Performance, ", "Spend mapping, ")) {
        assertTrue(bookmarks.stream().anyMatch(t -> t.startsWith(report)), report + " in " + bookmarks);
      }
      assertEquals(List.of(), PackChecks.fontProblems(pack));
    }
  }

  /** Every page's text holds exactly one page number, "Page x of y" with its place x and the pack's total y. */
  static void assertPagedAcrossPack(PDDocument pack) throws Exception {
    assertEquals(List.of(), PackChecks.pageNumberProblems(pack), pack.getNumberOfPages() + " pages");
  }

  private static List<String> titles(PDDocument pack) throws IOException {
    return new ArrayList<>(PackChecks.sectionBookmarks(pack).keySet());
  }

}
