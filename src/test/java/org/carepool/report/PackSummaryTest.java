package org.carepool.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.carepool.finance.IncomeExpenditure;
import org.junit.jupiter.api.Test;

/**
 * The board summary page read back from the PDF: for a generated board of ten arrangements and
 * four partners it is one A4 page inside the margins, each row shows its arrangement's figures in
 * £000s and the totals are the rounded sums of the exact pounds; in a real pack it shows the
 * arrangement's pool position and what each partner carries.
 */
class PackSummaryTest {
  private static final String[] PARTNERS = {"ICB", "WCC", "NCC", "WHT"};
  private static final Pattern MONEY = Pattern.compile("\\(?[0-9][0-9,]*\\)?");

  @Test
  void a_board_of_ten_arrangements_and_four_partners_fits_one_page_and_its_totals_are_the_sums() throws IOException {
    PackSummary summary = generated(10, new Random(11));
    byte[] pdf = new PackAssembler().assemble(cover(summary), summary, List.of());
    try (PDDocument pack = Loader.loadPDF(pdf)) {
      assertEquals(4, pack.getNumberOfPages(), "cover, contents, summary, glossary");
      assertEquals(List.of(), PackChecks.outside(pack, 3, PackPages.MARGIN, 595.27563f - PackPages.MARGIN));
      String text = PackChecks.pageText(pack, 3);
      assertTrue(text.startsWith("Board summary"), text);
      for (PackSummary.Row r : summary.arrangements()) {
        assertEquals(List.of(Thousands.format(r.budget()), Thousands.format(r.forecast()),
            Thousands.format(r.variance())), money(line(text, r.code() + " ")).subList(0, 3), r.code());
      }
      BigDecimal budget = summary.arrangements().stream().map(PackSummary.Row::budget).reduce(BigDecimal.ZERO,
          BigDecimal::add);
      BigDecimal forecast = summary.arrangements().stream().map(PackSummary.Row::forecast)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertEquals(List.of(Thousands.format(budget), Thousands.format(forecast),
          Thousands.format(forecast.subtract(budget))), money(line(text, "All arrangements")));
      BigDecimal carried = BigDecimal.ZERO;
      for (PackSummary.Partner p : summary.partners()) {
        assertEquals(List.of(Thousands.format(p.carries())), money(line(text, p.name())), p.name());
        carried = carried.add(p.carries());
      }
      assertEquals(List.of(Thousands.format(carried)), money(line(text, "All partners")));
      assertTrue(PackChecks.squeezed(text).contains(PackChecks.squeezed(Thousands.ROUNDING_NOTE)), text);
    }
  }

  @Test
  void the_packs_summary_shows_each_arrangements_pool_and_what_each_partner_carries() throws IOException {
    IncomeExpenditure a1 = PackFixture.incomeExpenditure().statement("A1", PackFixture.MONTH).figures();
    try (PDDocument pack = Loader.loadPDF(PackFixture.pack().pdf().content())) {
      int page = PackChecks.contentsPages(pack) + 2;
      String text = PackChecks.pageText(pack, page);
      assertTrue(text.startsWith("Board summary"), text);
      assertEquals(List.of(Thousands.format(a1.pool().contributions()), Thousands.format(a1.pool().forecast()),
          Thousands.format(a1.pool().overspend())), money(line(text, "A1 North pool")).subList(0, 3));
      assertTrue(line(text, "A2 Whole area pool").contains("not produced"), text);
      for (IncomeExpenditure.RiskShare share : a1.riskShare()) {
        assertTrue(line(text, " " + share.organisation() + " ").endsWith(" " + Thousands.format(share.amount())),
            text);
      }
    }
  }

  private static PackSummary generated(int arrangements, Random random) {
    List<PackSummary.Row> rows = new ArrayList<>();
    List<BigDecimal> carries = new ArrayList<>(List.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
        BigDecimal.ZERO));
    for (int i = 1; i <= arrangements; i++) {
      BigDecimal budget = pounds(random, 40_000_000);
      BigDecimal forecast = budget.add(pounds(random, 2_000_000)).subtract(pounds(random, 2_000_000));
      BigDecimal variance = forecast.subtract(budget);
      rows.add(new PackSummary.Row("AR" + i, "Pooled budget for older people number " + i, budget, forecast,
          variance, variance.multiply(BigDecimal.valueOf(100)).divide(budget, 1, java.math.RoundingMode.HALF_UP),
          i % 3 == 0 ? "RED" : i % 3 == 1 ? "GREEN" : "AMBER", null,
          new PackSummary.KpiCounts(i % 4, 2, i % 2, 1)));
      for (int p = 0; p < PARTNERS.length; p++) {
        carries.set(p, carries.get(p).add(variance.multiply(new BigDecimal("0.25")).setScale(2,
            java.math.RoundingMode.HALF_UP)));
      }
    }
    List<PackSummary.Partner> partners = new ArrayList<>();
    for (int p = 0; p < PARTNERS.length; p++) {
      partners.add(new PackSummary.Partner(PARTNERS[p], "Partner body " + PARTNERS[p], carries.get(p)));
    }
    return new PackSummary(rows, partners);
  }

  private static BigDecimal pounds(Random random, long most) {
    return BigDecimal.valueOf(random.nextLong(most * 100)).movePointLeft(2);
  }

  private static PackCover cover(PackSummary summary) {
    return new PackCover("B10", "Generated board", YearMonth.parse("2026-10"), ZonedDateTime.now(Examples.PRODUCED),
        summary.arrangements().stream().map(r -> new PackCover.Arrangement(r.code(), r.name(), null, null)).toList(),
        new TreeSet<>(), List.of());
  }

  private static String line(String text, String containing) {
    return text.lines().filter(l -> l.contains(containing)).findFirst()
        .orElseThrow(() -> new AssertionError("no line with '" + containing + "' in\n" + text));
  }

  /** The whole-number figures of a line, in order (percentages and words left out): money first on every row. */
  private static List<String> money(String line) {
    List<String> found = new ArrayList<>();
    for (String token : line.trim().split(" +")) {
      if (MONEY.matcher(token).matches()) {
        found.add(token);
      }
    }
    return found;
  }
}
