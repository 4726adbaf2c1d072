package org.carepool.report;

import static org.carepool.report.Rendered.pdfText;
import static org.carepool.report.Rendered.squeezed;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.carepool.finance.Model;
import org.junit.jupiter.api.Test;

/** The I&E PDF read back as text (PDFBox) shows SPEC §4's worked example and what it rests on. */
class IncomeExpenditurePdfTest {

  @Test
  void the_worked_example_shows_its_key_figures() throws IOException {
    String text = pdfText(Examples.lb1());
    for (String figure : List.of("600,000.00", "300,000.00", "1,000,000.00", "760,000.00", "280,000.00",
        "60,000.00", "(20,000.00)", "1,040,000.00", "40,000.00", "24,000.00", "16,000.00", "520,000.00",
        "312,000.00", "208,000.00", "8,000.00")) {
      assertTrue(text.contains(figure), figure + " missing from:\n" + text);
    }
  }

  @Test
  void the_header_names_the_arrangement_board_model_host_basis_and_month() throws IOException {
    String text = pdfText(Examples.lb1());
    for (String expected : List.of("LB1 — Westshire Better Care Fund", "Westshire Health and Wellbeing Board",
        "Lead body", "CCG — NHS Westshire Integrated Care Board", "NHS Act 2006 s75", "Month 6 (September 2025)",
        "2025-26")) {
      assertTrue(text.contains(expected), expected + " missing from:\n" + text);
    }
  }

  @Test
  void the_governance_line_of_the_model_is_shown() throws IOException {
    String text = squeezed(pdfText(Examples.lb1()));
    assertTrue(text.contains(squeezed(Model.LEAD_BODY.governanceLine())), text);
  }

  @Test
  void the_footer_states_when_produced_the_month_the_batches_and_the_page() throws IOException {
    String text = squeezed(pdfText(Examples.lb1()));
    assertTrue(text.contains(squeezed("Produced 7 October 2025 at 09:15 BST")), text);
    assertTrue(text.contains(squeezed("as at Month 6 (September 2025) · import batches 17, 18")), text);
    assertTrue(text.contains("Page1of" + Rendered.pdfPages(Examples.lb1())), text);
  }

  @Test
  void data_quality_notes_are_listed() throws IOException {
    String text = pdfText(Examples.lb1());
    assertTrue(text.contains("Scheme S2 Reablement has no spend loaded for 2025-07."), text);
    assertTrue(text.contains("Last month loaded: CCG 2025-09, LA 2025-08."), text);
  }

  @Test
  void an_aligned_arrangement_is_shown_partner_by_partner_without_a_cost_split() throws IOException {
    String text = pdfText(Examples.aligned());
    int ccg = text.indexOf("Funded by CCG — NHS Westshire Integrated Care Board");
    int ccgTotal = text.indexOf("Subtotal, CCG");
    int la = text.indexOf("Funded by LA — Westshire County Council");
    int laTotal = text.indexOf("Subtotal, LA");
    assertTrue(0 <= ccg && ccg < ccgTotal && ccgTotal < la && la < laTotal, text);
    assertTrue(text.indexOf("A3 Community nursing ‡") > ccg && text.indexOf("A3 Community nursing") < ccgTotal, text);
    assertTrue(text.indexOf("A1 Care homes") > la, text);
    assertTrue(squeezed(text).contains(squeezed(Model.ALIGNED.governanceLine())), text);
    assertTrue(text.contains("Nothing is transferred between partners"), text);
    assertTrue(text.contains("No data-quality issues"), text);
    assertFalse(text.contains("Cost split"), text);
  }
}
