package org.carepool.report;

import static org.carepool.report.Rendered.pdfText;
import static org.carepool.report.Rendered.squeezed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
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
    String text = squeezed(pdfText(Examples.lb1()));
    for (String expected : List.of("LB1 — Worked example pooled budget", "Example Joint Board", "Lead body",
        "CCG — Example Clinical Commissioning Group, the lead body", "NHS Act 2006 s75", "Month 6 (September 2025)",
        "2025-26")) {
      assertTrue(text.contains(squeezed(expected)), expected + " missing from:\n" + text);
    }
  }

  @Test
  void the_governance_line_of_the_model_is_shown() throws IOException {
    String text = squeezed(pdfText(Examples.lb1()));
    assertTrue(text.contains(squeezed(Model.LEAD_BODY.governanceLine())), text);
  }

  @Test
  void the_footer_states_when_produced_the_month_the_batches_and_the_page() throws IOException {
    IncomeExpenditureReport lb1 = Examples.lb1();
    String text = squeezed(pdfText(lb1));
    assertFalse(lb1.context().importBatches().isEmpty());
    assertTrue(text.contains(squeezed("Produced 7 October 2025 at 09:15 BST")), text);
    assertTrue(text.contains(squeezed("as at Month 6 (September 2025) · import batches "
        + Wording.batches(lb1.context().importBatches()))), text);
    assertTrue(text.contains("Page1of" + Rendered.pdfPages(lb1)), text);
  }

  @Test
  void the_data_quality_notes_are_the_stores_with_money_in_brackets() throws IOException {
    String text = squeezed(pdfText(Examples.lb1()));
    assertTrue(text.contains(squeezed("6 spend lines of the year to date, (£3,000.00) in all, have no locality, so "
        + "they are not mapped to a population.")), text);
    assertTrue(text.contains(squeezed("Spend is loaded to the report month, Month 6 (September 2025), for CCG and LA.")),
        text);
    assertFalse(text.contains("£-"), text);
  }

  /** MAX has schemes and contributions but no spend at all: its nil run-rate forecasts must not pass unremarked. */
  @Test
  void a_statement_without_any_spend_warns_before_the_figures() throws IOException {
    String text = squeezed(pdfText(Examples.max()));
    int warning = text.indexOf(squeezed("Warning: No spend is loaded for Month 12 (March 2026) or the 11 months before "
        + "it. Forecasts made from the run rate are therefore nil"));
    assertTrue(warning > 0 && warning < text.indexOf("Incomebypartner"), text);
    assertFalse(squeezed(pdfText(Examples.lb1())).contains("Warning"));
  }

  @Test
  void the_cost_split_labels_the_hosts_own_row_and_nets_only_the_other_partners() throws IOException {
    String text = pdfText(Examples.lb1());
    // the contribution ratio (60.0%) governs the split (SPEC §4.5), shown beside it
    assertTrue(text.contains("CCG — Example Clinical Commissioning Group (host): cost carried 60.0 312,000.00 "
        + "300,000.00 12,000.00"), text);
    assertTrue(text.contains("Net owed to the host by the other partners / (owed by the host) 8,000.00"), text);
  }

  @Test
  void an_aligned_arrangement_is_shown_partner_by_partner_without_a_cost_split() throws IOException {
    String text = pdfText(Examples.aligned());
    int ccg = text.indexOf("Funded by CCG — Example Clinical Commissioning Group");
    int ccgTotal = text.indexOf("Subtotal, CCG");
    int la = text.indexOf("Funded by LA — Example Council");
    int laTotal = text.indexOf("Subtotal, LA");
    assertTrue(0 <= ccg && ccg < ccgTotal && ccgTotal < la && la < laTotal, text);
    // A3's forecast is the analyst's, loaded for the month: its basis is written beside it
    assertTrue(text.indexOf("A3 Community nursing 150,000.00") > ccg && text.indexOf("A3 Community nursing") < ccgTotal,
        text);
    assertTrue(text.contains("149,500.00 analyst – – (500.00) (0.3) GREEN"), text);
    assertTrue(text.indexOf("A1 Care homes") > la, text);
    assertTrue(squeezed(text).contains(squeezed(Model.ALIGNED.governanceLine())), text);
    assertTrue(text.contains("Total contributions 560,000.00"), text);
    assertFalse(text.contains("Pool income"), text);
    assertFalse(text.contains("Cost split"), text);
  }

  /** Revised SPEC §4.3: under aligned budgets each partner's position is its own budget's; nothing moves. */
  @Test
  void aligned_budgets_leave_each_partner_its_own_budget_and_say_so() throws IOException {
    String text = squeezed(pdfText(Examples.aligned()));
    assertTrue(text.contains(squeezed("there is no pool, so each partner's position is its own budget's")), text);
    assertTrue(text.contains(squeezed("Nothing is transferred between partners.")), text);
    // OWN: each partner's amount with its two parts, own schemes' variance and its own budgets less contribution
    assertTrue(text.contains(squeezed("CCG — Example Clinical Commissioning Group Variances of the schemes it funds "
        + "(6,500.00) Its own schemes' budgets less its own contribution 0.00 CCG carries (6,500.00)")), text);
    assertTrue(text.contains(squeezed("LA — Example Council Variances of the schemes it funds 10,333.33")), text);
    assertTrue(text.contains(squeezed("LA carries 10,333.33 Carried by the partners 3,833.33")), text);
  }

  /**
   * S1 is £60,000.00 over and S2 £20,000.00 under: a vermillion bar and a blue one (colour-blind-safe,
   * not red and green) on the chart's page; none in the XLSX.
   */
  @Test
  void the_variance_chart_draws_overspends_vermillion_and_underspends_blue() throws IOException {
    byte[] pdf = Rendered.RENDERER.render(Examples.lb1(), Format.PDF, Units.POUNDS);
    // the chart's text is drawn as shapes, so its page is found by its blue bar
    Set<Integer> colours = Set.of();
    for (int page = 0; page < Rendered.pdfPages(Examples.lb1()); page++) {
      if (Rendered.pdfFillColours(pdf, page).contains(0x0072B2)) {
        colours = Rendered.pdfFillColours(pdf, page);
      }
    }
    assertTrue(colours.containsAll(Set.of(0xD55E00, 0x0072B2)), colours.stream().map(Integer::toHexString).toList()
        .toString());
    try (var workbook = Rendered.xlsx(Examples.lb1())) {
      assertTrue(workbook.getAllPictures().isEmpty(), "a picture in the XLSX");
    }
  }

  /**
   * Thirty schemes do not fit a page: the table starts under its heading on page 1 instead of
   * leaving page 1 half empty, repeats its column header on the next page, and its Total keeps
   * the last scheme's company.
   */
  @Test
  void a_table_longer_than_a_page_starts_on_the_first_and_carries_its_header_over() throws IOException {
    List<String> pages = Rendered.pdfPageTexts(Rendered.RENDERER.render(Examples.long30(), Format.PDF, Units.POUNDS));
    String first = pages.get(0);
    assertTrue(first.indexOf("Expenditure by scheme") < first.indexOf("L01 Scheme number 1 "), first);
    int totalPage = -1;
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).contains("L30 Scheme number 30")) {
        totalPage = i;
      }
    }
    assertTrue(totalPage > 0 && pages.get(totalPage).contains("Total 3,000,000.00"), pages.toString());
    assertTrue(Rendered.squeezed(pages.get(totalPage)).contains("SchemeAnnualbudget(£)Budgettodate(£)"),
        "column header carried over");
  }

  @Test
  void the_running_header_of_later_pages_names_code_and_arrangement() throws IOException {
    List<String> pages = Rendered.pdfPageTexts(Rendered.RENDERER.render(Examples.lb1(), Format.PDF, Units.POUNDS));
    assertTrue(pages.size() >= 2, pages.size() + " pages");
    for (String later : pages.subList(1, pages.size())) {
      assertTrue(later.startsWith("LB1 — Worked example pooled budget: income and expenditure, "
          + "Month 6 (September 2025)"), later);
    }
    assertTrue(pages.get(1).startsWith("LB1 — Worked example pooled budget: income and expenditure, "
        + "Month 6 (September 2025)"), pages.get(1));
  }
}
