package org.carepool.report;

import java.io.IOException;
import java.util.function.IntPredicate;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * "Page x of y" across a whole pack, written once on every page: the reports are rendered for the
 * pack without their own page numbers ({@link ReportRenderer#renderForPack}), so nothing is painted
 * over and the text layer holds one page number per page.
 */
final class PageNumbers {
  /** The templates' right margin: a report's page gets the pack's number where its own would be. */
  private static final float REPORT_RIGHT_MARGIN = 36;

  private PageNumbers() {}

  /** @param ownPage whether the page at a (0-based) index is one the pack drew (cover, contents, notes) */
  static void stamp(PDDocument pack, PackPages pages, IntPredicate ownPage) throws IOException {
    int total = pack.getNumberOfPages();
    for (int i = 0; i < total; i++) {
      float right = ownPage.test(i) ? PackPages.MARGIN : REPORT_RIGHT_MARGIN;
      pages.footer(pack.getPage(i), "Page " + (i + 1) + " of " + total, right);
    }
  }
}
