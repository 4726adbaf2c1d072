package org.carepool.report;

import static org.carepool.report.Rendered.squeezed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * SPEC §4.8's LB2, worked out by the finance service from a real store and rendered to PDF (read
 * back as text): the schemes with their forecast bases and RAG, the pool's RAG and the notify
 * notice, how the overspend is covered step by step (the waterfall's figures), what each partner
 * carries, the reserve statement with the ring-fenced amount, and the cost split with the host.
 */
class IncomeExpenditureLb2Test {

  @Test
  void the_schemes_show_variance_to_date_the_forecast_basis_in_words_variance_pct_and_rag() throws IOException {
    String text = Rendered.pdfText(Examples.lb2());
    for (String row : List.of(
        "A1 Hospital discharge 5,000,000.00 3,750,000.00 4,200,000.00 450,000.00 5,600,000.00 run rate – – 600,000.00 12.0 RED",
        "A2 Home care 3,000,000.00 2,250,000.00 2,400,000.00 150,000.00 3,150,000.00 carried forward from Month 6 "
            + "– – 150,000.00 5.0 RED",
        "A3 Disabled facilities grant (ring-fenced) 1,200,000.00 900,000.00 600,000.00 (300,000.00) 800,000.00 run rate "
            + "– – (400,000.00) (33.3) GREEN",
        "A4 Equipment (fixed) 800,000.00 600,000.00 660,000.00 60,000.00 880,000.00 run rate – – 80,000.00 10.0 RED",
        "Total 10,000,000.00 7,500,000.00 7,860,000.00 360,000.00 10,430,000.00 430,000.00")) {
      assertTrue(squeezed(text).contains(squeezed(row)), row + " missing from:\n" + text);
    }
  }

  @Test
  void the_pool_is_amber_at_4_3_percent_and_the_notice_says_the_host_must_notify() throws IOException {
    String text = squeezed(Rendered.pdfText(Examples.lb2()));
    assertTrue(text.contains(squeezed("Overspend / (underspend) against contributions 430,000.00 4.3 AMBER")),
        text);
    assertTrue(text.contains(squeezed("Notice: The pool's forecast variance is 4.3% of contributions, at or above the "
        + "notify threshold of 4%: the agreement requires the host, LA, to notify the partners.")), text);
  }

  /** The step table holds the waterfall's figures, each with the remainder it leaves. */
  @Test
  void the_overspend_is_covered_step_by_step_as_the_worked_example_says() throws IOException {
    String text = squeezed(Rendered.pdfText(Examples.lb2()));
    for (String row : List.of(
        "Pool forecast overspend / (underspend) against contributions 430,000.00",
        "(400,000.00) 830,000.00",
        "Fixed scheme A4 Equipment: its variance falls to the host LA — Example Council 80,000.00 750,000.00",
        "Shareable overspend / (underspend) 750,000.00",
        "1 Reserve: drawn from the pool reserve, up to £200,000.00 (the reserve available) the pool reserve 200,000.00 "
            + "550,000.00",
        "2 First: the host (LA) absorbs 1% of pool income, £100,000.00 LA — Example Council 100,000.00 450,000.00",
        "ICB — Example Integrated Care Board: share £270,000.00, cap £180,000.00 180,000.00 270,000.00",
        "LA — Example Council: share £180,000.00, cap £120,000.00 120,000.00 150,000.00",
        "4 Rest: all that remains, to ICB — Example Integrated Care Board ICB — Example Integrated Care Board "
            + "150,000.00 0.00",
        "Left unallocated 0.00")) {
      assertTrue(text.contains(squeezed(row)), row + " missing from:\n" + text);
    }
  }

  @Test
  void each_partner_carries_its_parts_of_the_steps_and_the_fixed_scheme() throws IOException {
    String text = squeezed(Rendered.pdfText(Examples.lb2()));
    assertTrue(text.contains(squeezed("ICB — Example Integrated Care Board Step 3, shares 180,000.00 Step 4, rest "
        + "150,000.00 ICB carries 330,000.00")), text);
    assertTrue(text.contains(squeezed("LA — Example Council Step 2, first 100,000.00 Step 3, shares 120,000.00 Fixed "
        + "schemes' variances 80,000.00 LA carries 300,000.00")), text);
    assertTrue(text.contains(squeezed("Carried by the partners 630,000.00")), text);
  }

  @Test
  void the_reserve_statement_runs_to_a_nil_closing_balance_and_the_grant_is_carried_forward_apart() throws IOException {
    String text = squeezed(Rendered.pdfText(Examples.lb2()));
    assertTrue(text.contains(squeezed("Pool reserve, opening balance for the year 200,000.00 Less: drawn by the "
        + "agreement's reserve steps 200,000.00 Add: underspend added to the reserve 0.00 Pool reserve, forecast "
        + "closing balance 0.00 Ring-fenced, carried forward (A3), outside the general reserve 400,000.00")), text);
  }

  @Test
  void the_cost_split_follows_contributions_and_labels_the_host() throws IOException {
    String text = squeezed(Rendered.pdfText(Examples.lb2()));
    assertTrue(text.contains(squeezed("ICB — Example Integrated Care Board 60.0 4,716,000.00 4,500,000.00 216,000.00")),
        text);
    assertTrue(text.contains(squeezed("LA — Example Council (host): cost carried 40.0 3,144,000.00 3,000,000.00 "
        + "144,000.00")), text);
    assertTrue(text.contains(squeezed("Net owed to the host by the other partners / (owed by the host) 216,000.00")),
        text);
  }

  /** The waterfall is drawn (its "added back" bar, the ring-fenced grant, is sky blue: no other part of the page uses it). */
  @Test
  void the_waterfall_is_drawn_on_the_page_of_the_step_table() throws IOException {
    byte[] pdf = Rendered.RENDERER.render(Examples.lb2(), Format.PDF, Units.POUNDS);
    List<String> pages = Rendered.pdfPageTexts(pdf);
    int chart = -1;
    for (int i = 0; i < pages.size(); i++) {
      if (Rendered.pdfFillColours(pdf, i).contains(0x56B4E9)) {
        chart = i;
      }
    }
    assertTrue(chart >= 0, "no waterfall bar found");
    Set<Integer> colours = Rendered.pdfFillColours(pdf, chart);
    assertTrue(colours.containsAll(Set.of(0x1F3864, 0xE69F00, 0x009E73)), colours.toString());
    byte[] lb1 = Rendered.RENDERER.render(Examples.lb1(), Format.PDF, Units.POUNDS);
    for (int i = 0; i < Rendered.pdfPageTexts(lb1).size(); i++) {
      assertFalse(Rendered.pdfFillColours(lb1, i).contains(0x56B4E9),
          "LB1 has no fixed or ring-fenced scheme, so nothing is added back");
    }
  }

  @Test
  void the_rag_is_written_and_coloured() throws IOException {
    byte[] pdf = Rendered.RENDERER.render(Examples.lb2(), Format.PDF, Units.POUNDS);
    Set<Integer> first = Rendered.pdfFillColours(pdf, 0);
    assertTrue(first.containsAll(Set.of(0xD55E00, 0x009E73)), "RED and GREEN cells: " + first);
    List<String> lines = List.of(Rendered.pdfPageTexts(pdf).get(0).split("\\R"));
    assertEquals(3, lines.stream().filter(l -> l.endsWith(" RED")).count(), lines.toString());
    assertEquals(1, lines.stream().filter(l -> l.endsWith(" GREEN")).count(), lines.toString());
  }
}
