package org.carepool.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;

/**
 * The pack's navigation read back with PDFBox: every contents entry is a link to the page the
 * contents give (the page its bookmark goes to), and the file names its language and shows its title.
 */
class PackNavigationTest {

  @Test
  void every_contents_entry_links_to_the_page_its_bookmark_goes_to() throws IOException {
    try (PDDocument pack = Loader.loadPDF(PackFixture.pack().pdf().content())) {
      List<Integer> links = new ArrayList<>();
      for (int page = 1; page <= 1 + PackChecks.contentsPages(pack); page++) {
        for (PDAnnotation annotation : pack.getPage(page - 1).getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link) {
            links.add(((PDPageDestination) link.getDestination()).retrievePageNumber() + 1);
            assertTrue(link.getRectangle().getLowerLeftX() >= PackPages.MARGIN, "link inside the margins");
          }
        }
      }
      assertEquals(new ArrayList<>(PackChecks.sectionBookmarks(pack).values()), links);
      assertEquals(List.of(), PackChecks.bookmarkProblems(pack));
    }
  }

  @Test
  void each_arrangements_reports_are_bookmarked_under_it() throws IOException {
    try (PDDocument pack = Loader.loadPDF(PackFixture.pack().pdf().content())) {
      List<String> top = new ArrayList<>();
      for (PDOutlineItem item : pack.getDocumentCatalog().getDocumentOutline().children()) {
        top.add(item.getTitle());
        if (item.hasChildren()) {
          List<String> reports = new ArrayList<>();
          item.children().forEach(child -> reports.add(child.getTitle()));
          assertEquals(item.getTitle().startsWith("A2") ? List.of("Income and expenditure (not produced)",
              "Performance") : List.of("Income and expenditure", "Performance"), reports, item.getTitle());
        }
      }
      assertEquals(List.of("Board summary", "Glossary and sign-off", "A1 North pool", "A2 Whole area pool",
          "Spend mapping, " + PackFixture.BOARD_NAME), top);
    }
  }

  @Test
  void the_pack_is_in_british_english_and_readers_show_its_title() throws IOException {
    try (PDDocument pack = Loader.loadPDF(PackFixture.pack().pdf().content())) {
      assertEquals("en-GB", pack.getDocumentCatalog().getLanguage());
      assertTrue(pack.getDocumentCatalog().getViewerPreferences().displayDocTitle());
      assertTrue(pack.getDocumentInformation().getTitle().contains(PackFixture.BOARD_NAME),
          pack.getDocumentInformation().getTitle());
    }
  }
}
