package org.carepool.report;

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
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carepool.db.Database;
import org.carepool.finance.IncomeExpenditureService;
import org.carepool.indicators.MappingService;
import org.carepool.indicators.PerformanceService;
import org.carepool.ingest.ImportProgress;
import org.carepool.ingest.Importer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 in the performance PDF and XLSX, from the hand-worked {@code indicators/travel} store
 * (figures worked in {@code KpiTravelTest}): what each actual covers, the in-month value, last
 * year's, the direction in words, the year's benchmarks; only the KPIs the arrangement lists.
 */
class PerformanceContextReportTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-20T09:00:00Z"), ZoneOffset.UTC);
  private static Database db;
  private static ReportService reports;

  @BeforeAll
  static void load() throws URISyntaxException {
    db = org.carepool.db.TestStores.open("t");
    Path travel = Path.of(PerformanceContextReportTest.class.getResource("/indicators/travel").toURI());
    new Importer(db, CLOCK).load(List.of(travel), "tester", ImportProgress.none());
    reports = new ReportService(Rendered.RENDERER, new org.carepool.arrangement.ArrangementService(db.dsl()),
        new IncomeExpenditureService(db.dsl()),
        new PerformanceService(db.dsl()), new MappingService(db.dsl()), CLOCK);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void the_pdf_says_what_each_actual_covers_and_how_it_moved() throws IOException {
    String text = Rendered.squeezed(Rendered.pdfText(performance(Format.PDF)));
    assertTrue(text.contains("Actual:April–June2025,annualised.Inmonth:4.8(June2025alone,annualised)."
        + "Samemonthlastyear:10.0.Sincelastmonth:better;sincelastyear:better."), text);
    assertTrue(text.contains("Inmonth:108.0(June2025alone,annualised).Samemonthlastyear:48.0."
        + "Sincelastmonth:worse;sincelastyear:worse."), text);
    assertTrue(text.contains("Actual:June2025.Samemonthlastyear:90.0.Sincelastmonth:worse;sincelastyear:better."
        + "Benchmarks2025-26:England93.4;Region92.1."), text);
    assertTrue(text.contains("Trendthroughtheyear,withthetarget,lastyearandanybenchmarks"), text);
    assertFalse(text.contains("Carehomeadmissionsper100,000population"), "T1 does not list care-home admissions: " + text);
    assertFalse(text.contains("null"), text);
  }

  @Test
  void the_xlsx_carries_the_same_words() throws IOException {
    try (XSSFWorkbook book = Rendered.xlsx(performance(Format.XLSX))) {
      StringBuilder all = new StringBuilder();
      for (Row row : book.getSheetAt(0)) {
        for (Cell cell : row) {
          all.append(cell.toString()).append(' ');
        }
      }
      String text = Rendered.squeezed(all.toString());
      assertTrue(text.contains("Benchmarks2025-26:England93.4;Region92.1."), text);
      assertTrue(text.contains("Inmonth:4.8(June2025alone,annualised)"), text);
    }
  }

  @Test
  void a_population_standing_in_for_an_unpublished_year_is_labelled_a_projection() throws IOException {
    String text = Rendered.squeezed(Rendered.pdfText(reports.data(ReportRequest.forArrangement(ReportId.PERFORMANCE,
        "T1", YearMonth.parse("2026-04"), Format.PDF))));
    assertTrue(text.contains("2,500people,1,000aged65+;everylocality;2025mid-yearestimate,aprojectionfor2026-27"
        + "(itsownnotyetpublished)"), text);
    assertTrue(text.contains("the2025estimateisusedasaprojectionfor2026-27"), text);
  }

  private static ReportData performance(Format format) {
    return reports.data(ReportRequest.forArrangement(ReportId.PERFORMANCE, "T1", YearMonth.parse("2025-06"), format));
  }
}
