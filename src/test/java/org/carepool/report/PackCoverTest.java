package org.carepool.report;

import static org.carepool.report.Rendered.squeezed;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pack's cover (read back from the real PDF): the meeting and author a schedule names, FINAL only
 * when every arrangement's month is closed, and the data sources in words with the batches as a footnote.
 */
class PackCoverTest {
  private static ClosedMonthExample example;

  @BeforeAll
  static void closeAndLoadLate() {
    example = ClosedMonthExample.create();
  }

  @Test
  void a_pack_whose_every_month_is_closed_is_final_and_names_its_meeting_and_author() throws IOException {
    String cover = squeezed(Rendered.pdfPageTexts(example.pack(ClosedMonthExample.NOVEMBER, new PackRequest.Meeting(
        "Example Joint Board, public meeting", LocalDate.parse("2026-01-15"), "J Smith, Head of Pooled Finance"), "LB2")
        .pdf().content()).get(0));
    for (String text : new String[] {"FINAL", "Example Joint Board, public meeting, Thursday 15 January 2026",
        "Prepared by J Smith, Head of Pooled Finance",
        "FINAL: Every arrangement's Month 8 (November 2025) is closed: these figures are as reported.",
        "Spend: ICB to November 2025, LA to November 2025; last loaded 7 Oct 2025.",
        "Budgets and contributions: last loaded 7 Oct 2025.", "Import batches (for audit): "}) {
      assertTrue(cover.contains(squeezed(text)), text + " missing from " + cover);
    }
    assertFalse(cover.contains("DRAFT"), cover);
  }

  @Test
  void a_pack_with_a_month_not_closed_is_a_draft() throws IOException {
    String both = squeezed(Rendered.pdfPageTexts(example.pack(ClosedMonthExample.NOVEMBER, PackRequest.Meeting.NONE,
        "LB1", "LB2").pdf().content()).get(0));
    assertTrue(both.contains(squeezed("DRAFT: Not every arrangement's Month 8 (November 2025) is closed")), both);
    assertFalse(both.contains("FINAL"), both);
    assertFalse(both.contains("Preparedby"), "no author named: " + both);
    String december = squeezed(Rendered.pdfPageTexts(example.pack(ClosedMonthExample.DECEMBER, PackRequest.Meeting.NONE,
        "LB2").pdf().content()).get(0));
    assertTrue(december.contains("DRAFT"), december);
  }
}
