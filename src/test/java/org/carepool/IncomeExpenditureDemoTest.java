package org.carepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.carepool.demo.DemoData;
import org.carepool.report.PdfText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo's five arrangements (one per model and rule) through the real import and HTTP: their
 * figures against a golden file, and their PDFs as a board would page through them. Only the
 * demo's finance files are loaded (no activity), which keeps this quick.
 *
 * <p>The golden file {@code finance/demo-golden.json} was written from this code and checked,
 * field by field, against an independent SPEC §4 calculator in Python (Decimal, half up) over the
 * same demo CSV files: 30 of 30 statements agreed to the penny.
 */
class IncomeExpenditureDemoTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> ARRANGEMENTS = List.of("BCF", "IC-JV", "ICES", "LDP", "MHA");
  private static final Set<String> NOT_FINANCE = Set.of("activity.csv", "population.csv", "practices.csv",
      "kpis.csv", "kpi_targets.csv", "kpi_actuals.csv");
  private static RunningCarepool app;

  @BeforeAll
  static void start() throws IOException {
    Path dir = RunningCarepool.tempDir();
    Path demo = dir.resolve("demo");
    new DemoData(DemoData.DEFAULT_SEED).write(demo, 1);
    for (String file : NOT_FINANCE) {
      Files.delete(demo.resolve(file));
    }
    app = new RunningCarepool(dir).load(demo);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void every_demo_statement_matches_the_golden_figures() throws IOException {
    JsonNode golden = JSON.readTree(RunningCarepool.class.getResourceAsStream("/finance/demo-golden.json"));
    List<String> differences = new ArrayList<>();
    golden.fieldNames().forEachRemaining(key -> {
      String[] arrangementMonth = key.split(" ");
      JsonNode actual = json(arrangementMonth[0], arrangementMonth[1]);
      for (String part : List.of("income", "schemes", "pool", "riskShare", "costSplit")) {
        if (!golden.get(key).get(part).equals(actual.get(part))) {
          differences.add(key + " " + part + ": expected " + golden.get(key).get(part) + " but was " + actual.get(part));
        }
      }
    });
    assertEquals(30, golden.size());
    assertEquals(List.of(), differences);
  }

  /** Under OWN each partner's amount is its schemes' variances plus its share of ΣB − C, and the shares add up to ΣB − C. */
  @Test
  void own_risk_shares_tie_back_to_the_scheme_table() {
    for (String arrangement : List.of("LDP", "MHA")) {
      JsonNode ie = json(arrangement, "2025-09");
      BigDecimal gap = BigDecimal.ZERO;
      for (JsonNode share : ie.get("riskShare")) {
        BigDecimal variances = BigDecimal.ZERO;
        for (JsonNode scheme : ie.get("schemes")) {
          if (scheme.get("funder").asText().equals(share.get("organisation").asText())) {
            variances = variances.add(new BigDecimal(scheme.get("variance").asText()));
          }
        }
        assertEquals(variances, new BigDecimal(share.get("ownSchemesVariance").asText()), share.toString());
        BigDecimal gapShare = new BigDecimal(share.get("shareOfBudgetGap").asText());
        assertEquals(new BigDecimal(share.get("amount").asText()), variances.add(gapShare), share.toString());
        gap = gap.add(gapShare);
      }
      JsonNode pool = ie.get("pool");
      assertEquals(new BigDecimal(pool.get("budget").asText()).subtract(new BigDecimal(pool.get("contributions")
          .asText())), gap, arrangement);
    }
  }

  /** MHA: ICB contributes £300,000 more than its schemes' budgets; sharing that gap by contribution moves money. */
  @Test
  void an_aligned_budget_says_how_much_sharing_the_gap_moves_between_partners() throws IOException {
    String text = PdfText.of(pdf("MHA", "2025-09")).replaceAll("\\s+", " ");
    assertTrue(text.contains("each partner's own budgets less its own contribution are ICB's (£300,000.00) and WCC's "
        + "£0.00, so, against their own figures, ICB bears £84,084.79 more and WCC £84,084.79 less."), text);
    assertFalse(text.toLowerCase().contains("nothing is transferred"), text);
  }

  /**
   * No page ends with a section heading or a column header whose rows are on the next page, and no
   * page starts with a total cut off from its table: for every arrangement, with all spend loaded
   * (2025-09) and with two months of it missing, which puts a warning on page 1 (2026-12). The
   * layout does not otherwise change with the month.
   */
  @Test
  void no_page_leaves_a_heading_or_a_column_header_without_its_rows() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String arrangement : ARRANGEMENTS) {
      for (String month : List.of("2025-09", "2026-12")) {
        List<String> pages = PdfText.pages(pdf(arrangement, month));
        for (int page = 0; page < pages.size(); page++) {
          for (String problem : pageProblems(pages.get(page), page)) {
            problems.add(arrangement + " " + month + " page " + (page + 1) + ": " + problem);
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  private static final Set<String> HEADINGS = Set.of("Income by partner", "Expenditure by scheme",
      "Expenditure partner by partner (each partner's own schemes)", "Pool position",
      "Combined position (for information: each partner carries its own)", "Risk share", "Cost split",
      "Data-quality notes");
  private static final Pattern FIGURE = Pattern.compile("\\d\\.\\d\\d\\)?$");
  private static final List<String> TOTALS = List.of("Total", "Pool income", "All partners", "Subtotal",
      "Net owed", "Forecast overspend / (underspend)");

  private static List<String> pageProblems(String page, int index) {
    List<String> lines = page.lines().map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("Produced ") && !l.contains(": income and expenditure, Month"))
        .toList();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      boolean heading = HEADINGS.contains(line);
      boolean columnHeader = line.equals("Partner") || line.startsWith("Scheme Annual budget");
      if ((heading || columnHeader) && lines.subList(i + 1, lines.size()).stream().noneMatch(
          l -> FIGURE.matcher(l).find() || l.startsWith("•") || l.startsWith("No data-quality"))) {
        problems.add("'" + line + "' has nothing under it on its page");
      }
    }
    if (index > 0 && !lines.isEmpty() && TOTALS.stream().anyMatch(lines.get(0)::startsWith)) {
      problems.add("starts with a total cut off from its table: " + lines.get(0));
    }
    return problems;
  }

  private static JsonNode json(String arrangement, String month) {
    HttpResponse<String> response = app.get("/api/arrangements/" + arrangement + "/income-expenditure?month=" + month,
        "viewer");
    assertEquals(200, response.statusCode(), response.body());
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] pdf(String arrangement, String month) {
    HttpResponse<byte[]> response = app.getBytes("/api/reports/income-expenditure?arrangement=" + arrangement
        + "&month=" + month + "&format=pdf", "viewer");
    assertEquals(200, response.statusCode(), () -> arrangement + " " + month + ": " + new String(response.body()));
    return response.body();
  }
}
