package org.carepool.report;

import org.carepool.arrangement.ArrangementService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.carepool.db.Database;
import org.carepool.db.TestStores;
import org.carepool.finance.IncomeExpenditureService;
import org.carepool.indicators.MappingService;
import org.carepool.indicators.PerformanceService;
import org.carepool.ingest.ImportProgress;
import org.carepool.ingest.Importer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Performance and spend-mapping rendered from the hand-worked {@code indicators/area} store, read back. */
class IndicatorReportsTest {
  private static ReportData performance(String month) {
    return reports.data(ReportRequest.forArrangement(ReportId.PERFORMANCE, "A1", YearMonth.parse(month), Format.PDF));
  }

  private static ReportData mapping(String month) {
    return reports.data(new ReportRequest(ReportId.SPEND_MAPPING, null, "B1", YearMonth.parse(month), Format.PDF));
  }

  /** Each page's text on its own. */
  private static List<String> pageTexts(ReportData data) throws IOException {
    return PdfText.pages(Rendered.RENDERER.render(data, Format.PDF));
  }

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-20T09:00:00Z"), ZoneOffset.UTC);
  private static Database db;
  private static ReportService reports;

  @BeforeAll
  static void load() throws URISyntaxException {
    db = TestStores.open("t");
    Path area = Path.of(IndicatorReportsTest.class.getResource("/indicators/area").toURI());
    new Importer(db, CLOCK).load(List.of(area), "tester", ImportProgress.none());
    reports = new ReportService(Rendered.RENDERER, new ArrangementService(db.dsl()), new IncomeExpenditureService(db.dsl()),
        new PerformanceService(db.dsl()), new MappingService(db.dsl()), CLOCK);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void the_performance_pdf_shows_each_kpi_with_target_actual_and_the_rating_word() throws IOException {
    ReportData data = reports.data(ReportRequest.forArrangement(ReportId.PERFORMANCE, "A1", YearMonth.parse("2025-06"),
        Format.PDF));
    String text = Rendered.squeezed(Rendered.pdfText(data));
    assertTrue(text.contains("Performancereport"), text);
    assertTrue(text.contains("Non-electiveadmissionsper1,000population"), text);
    assertTrue(text.contains("3.02.7Jun2025GREEN"), text); // target 3, actual 2.67 shown to one decimal
    assertTrue(text.contains("20.024.0Jun2025RED"), text);
    assertTrue(text.contains("800.0800.0Jun2025GREEN"), text);
    assertTrue(text.contains("80.0Jun2025none"), text);
    assertTrue(text.contains("100106Jun2025RED"), text); // imported whole numbers stay whole
    assertTrue(text.contains("Month3(June2025)"), text);
    assertTrue(text.contains("Indicatorsagainstthisyear'stargets"), text);
    assertTrue(text.contains("Definitionsofthederivedindicators"), text);
    assertFalse(text.contains("SPEC"), text);
    assertFalse(text.contains("rows"), text);
  }

  @Test
  void a_performance_pdf_after_the_last_activity_month_says_so_and_keeps_the_figures_as_at_that_month()
      throws IOException {
    String text = Rendered.squeezed(Rendered.pdfText(performance("2025-10")));
    assertTrue(text.contains("ActivityloadedtoMonth5(August2025)"), text);
    assertTrue(text.contains("Dataquality.ActivityisloadedtoAugust2025only"), text);
    assertTrue(text.contains("3.01.6Aug2025GREEN"), text); // NEL as at August: 2 × 12 / 5 per 3,000
    assertTrue(text.contains("Delayeddischargedays:novalueisloadedforOctober2025;thelatest,forJune2025"), text);
    assertTrue(text.contains("100106Jun2025RED"), text);
  }

  @Test
  void every_page_of_both_reports_carries_the_footer_and_after_the_first_the_running_header() throws IOException {
    for (ReportData data : List.of(performance("2025-06"), mapping("2026-03"))) {
      List<String> pages = pageTexts(data);
      assertTrue(pages.size() >= 2, data.id() + " has " + pages.size() + " pages");
      for (int i = 0; i < pages.size(); i++) {
        String page = Rendered.squeezed(pages.get(i));
        String where = data.id() + " page " + (i + 1) + ": " + page;
        assertTrue(page.contains("Produced20April2026at10:00BST"), where);
        assertTrue(page.contains("importbatches"), where);
        assertTrue(page.contains("Page" + (i + 1) + "of" + pages.size()), where);
        if (i > 0) {
          assertTrue(page.contains(data.id() == ReportId.PERFORMANCE ? "A1Northpool—performance,Month3(June2025)"
              : "B1TestHealthandWellbeingBoard—spendmapping"), where);
        }
      }
    }
  }

  @Test
  void the_spend_mapping_pdf_shows_the_standardised_ratios_and_equivalent_beds() throws IOException {
    ReportData data = reports.data(new ReportRequest(ReportId.SPEND_MAPPING, null, "B1", YearMonth.parse("2026-03"),
        Format.PDF));
    String text = Rendered.squeezed(Rendered.pdfText(data));
    assertTrue(text.contains("Spendmapping"), text);
    assertTrue(text.contains("North"), text);
    assertTrue(text.contains("10,639141.0"), text); // expected £10,638.89, ratio 140.99
    assertTrue(text.contains("5,36118.7"), text); // 18.65 rounds half up once, to 18.7
    // 3 episodes, 19 bed days: 19 ÷ (184 × 0.85) = 0.12 beds at 85%, 0.003 40-bed wards
    assertTrue(text.contains("300GeneralinternalmedicineGEN3190.10.0"), text);
    assertTrue(text.contains("AllspecialtiesGEN4210.10.0"), text); // with R7's 2 bed days in 110
    assertTrue(text.contains("Everysite5250.20.0"), text); // with R8's 4 bed days at COMM
    assertTrue(text.contains("Carehome(residential,nursing)institutional"), text);
  }

  /**
   * Hand-worked from the area fixture (MappingTest): North £15,000.00 and expected £10,638.89, South
   * £1,000.00 and expected £5,361.11, the area £16,000.00; community care £1,900.00; each rounded half
   * up from its exact pounds. Costs per head stay in pounds and pence (North £5.00, South £0.50).
   */
  @Test
  void the_spend_mapping_pdf_shows_costs_in_thousands_by_default_and_in_pounds_when_asked() throws IOException {
    ReportData data = reports.data(new ReportRequest(ReportId.SPEND_MAPPING, null, "B1", YearMonth.parse("2026-03"),
        Format.PDF));
    String thousands = Rendered.squeezed(Rendered.pdfText(Rendered.RENDERER.render(data, Format.PDF)));
    assertTrue(thousands.contains("Cost(£000)Perhead(£)Expected(£000)"), thousands);
    assertTrue(thousands.contains(Rendered.squeezed(SpendMappingFill.ROUNDING_NOTE)), thousands);
    assertTrue(thousands.contains("NorthL13,000155.0011141.0"), thousands); // population, £000, per head £, £000, ratio
    assertTrue(thousands.contains("SouthL22,00010.50518.7"), thousands);
    assertTrue(thousands.contains("Allages14288.1"), "institutional £14,100 and community £1,900 in £000s: "
        + thousands);
    String pounds = Rendered.squeezed(Rendered.pdfText(data));
    assertTrue(pounds.contains("NorthL13,00015,0005.0010,639141.0"), pounds);
    assertTrue(pounds.contains("Cost(£)"), pounds);
    assertFalse(pounds.contains("£000"), pounds);
    List<CSVRecord> csv = Rendered.csv(reports.data(new ReportRequest(ReportId.SPEND_MAPPING, null, "B1",
        YearMonth.parse("2026-03"), Format.CSV)));
    assertTrue(csv.stream().anyMatch(r -> r.get(0).equals("North") && r.get(3).equals("15000.00")), csv.toString());
  }

  @Test
  void a_spend_mapping_pdf_for_a_year_with_no_activity_says_so_without_null_figures() throws IOException {
    String text = Rendered.squeezed(Rendered.pdfText(mapping("2026-05")));
    assertFalse(text.contains("null"), text);
    assertTrue(text.contains("Noactivityisloadedfor2026-27"), text);
  }

  @Test
  void both_render_as_xlsx_and_csv() throws IOException {
    ReportData performance = reports.data(ReportRequest.forArrangement(ReportId.PERFORMANCE, "A1",
        YearMonth.parse("2025-06"), Format.CSV));
    List<CSVRecord> rows = Rendered.csv(performance);
    assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("NEL_ADMISSIONS_PER_1000") && r.size() > 7
        && r.get(6).equals("2.7") && r.get(7).equals("GREEN")));
    ReportData mapping = reports.data(new ReportRequest(ReportId.SPEND_MAPPING, null, "B1", YearMonth.parse("2026-03"),
        Format.CSV));
    assertTrue(Rendered.csv(mapping).stream().anyMatch(r -> r.get(0).equals("North") && r.get(6).equals("140.99")));
    assertEquals(1, Rendered.xlsx(performance).getNumberOfSheets());
    assertEquals(1, Rendered.xlsx(mapping).getNumberOfSheets());
  }
}
