package org.carepool.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.carepool.db.Database;
import org.carepool.report.PackRequest;
import org.carepool.report.ReportId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Page x of y" across a pack, as a reader of the PDF's text (search, screen readers, copy) sees it. */
class PackPageNumbersTest {
  /** Anything that reads as a page number, however its glyphs run together or repeat (e.g. "Page31ofof12"). */
  private static final Pattern PAGE_NUMBER = Pattern.compile("Page\\s*\\d+(\\s*of)+\\s*\\d+");
  private static final Pattern PAGE_WORD = Pattern.compile("\\bPage\\b");

  @TempDir
  Path work;

  @Test
  void every_page_of_a_pack_of_every_report_reads_one_pack_wide_page_x_of_y() throws Exception {
    Database db = PackStore.demo();
    BoardRepository boards = new BoardRepository(db.dsl());
    PackRequest request = new PackRequest("HWB", boards.name("HWB").orElseThrow(),
        YearMonth.now(ZoneId.of("Europe/London")).minusMonths(1), List.of(ReportId.values()),
        boards.arrangements("HWB"));
    byte[] pdf = PackStore.delivery(db, work, 25).reports().pack(request).pdf().content();
    try (PDDocument pack = Loader.loadPDF(pdf)) {
      assertTrue(pack.getNumberOfPages() > 2 + request.arrangements().size() * 2,
          "a pack of " + pack.getNumberOfPages() + " pages is too short to hold multi-page reports");
      assertPagedAcrossPack(pack);
    }
  }

  /** Every page's text holds exactly one page number, "Page x of y" with its place x and the pack's total y. */
  static void assertPagedAcrossPack(PDDocument pack) throws Exception {
    int total = pack.getNumberOfPages();
    List<String> problems = new ArrayList<>();
    for (int page = 1; page <= total; page++) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      String text = stripper.getText(pack);
      List<String> numbers = all(PAGE_NUMBER.matcher(text));
      List<String> words = all(PAGE_WORD.matcher(text));
      String expected = "Page " + page + " of " + total;
      if (!numbers.equals(List.of(expected)) || words.size() != 1) {
        problems.add("page " + page + ": expected only '" + expected + "', found " + numbers + " and "
            + words.size() + " × 'Page'");
      }
    }
    assertEquals(List.of(), problems, total + " pages");
  }

  private static List<String> all(Matcher m) {
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }
}
