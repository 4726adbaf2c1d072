package org.carepool.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.apache.commons.csv.CSVRecord;
import org.carepool.db.Database;
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
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-20T09:00:00Z"), ZoneOffset.UTC);
  private static Database db;
  private static ReportService reports;

  @BeforeAll
  static void load() throws URISyntaxException {
    db = Database.open(Database.inMemoryUrl("t" + UUID.randomUUID()));
    Path area = Path.of(IndicatorReportsTest.class.getResource("/indicators/area").toURI());
    new Importer(db, CLOCK).load(List.of(area), "tester", ImportProgress.none());
    reports = new ReportService(Rendered.RENDERER, new IncomeExpenditureService(db.dsl()),
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
    assertTrue(text.contains("3.002.67GREEN"), text); // target 3, actual 2.67
    assertTrue(text.contains("20.0024.00RED"), text);
    assertTrue(text.contains("800.00800.00GREEN"), text);
    assertTrue(text.contains("80.00none"), text);
    assertTrue(text.contains("100.00106.00RED"), text);
    assertTrue(text.contains("Month3(June2025)"), text);
    assertTrue(text.contains("Page1of"), text);
    assertTrue(text.contains("Definitionsofthederivedindicators"), text);
  }

  @Test
  void the_spend_mapping_pdf_shows_the_standardised_ratios_and_equivalent_beds() throws IOException {
    ReportData data = reports.data(new ReportRequest(ReportId.SPEND_MAPPING, null, "B1", YearMonth.parse("2026-03"),
        Format.PDF));
    String text = Rendered.squeezed(Rendered.pdfText(data));
    assertTrue(text.contains("Spendmapping"), text);
    assertTrue(text.contains("North"), text);
    assertTrue(text.contains("9,772138.15"), text);
    assertTrue(text.contains("4,72821.15"), text);
    assertTrue(text.contains("GEN300319"), text); // GEN specialty 300: 3 episodes, 19 bed days
    assertTrue(text.contains("0.12"), text);
  }

  @Test
  void both_render_as_xlsx_and_csv() throws IOException {
    ReportData performance = reports.data(ReportRequest.forArrangement(ReportId.PERFORMANCE, "A1",
        YearMonth.parse("2025-06"), Format.CSV));
    List<CSVRecord> rows = Rendered.csv(performance);
    assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("NEL_ADMISSIONS_PER_1000") && r.size() > 7
        && r.get(6).equals("2.67") && r.get(7).equals("GREEN")));
    ReportData mapping = reports.data(new ReportRequest(ReportId.SPEND_MAPPING, null, "B1", YearMonth.parse("2026-03"),
        Format.CSV));
    assertTrue(Rendered.csv(mapping).stream().anyMatch(r -> r.get(0).equals("North") && r.get(6).equals("138.15")));
    assertEquals(1, Rendered.xlsx(performance).getNumberOfSheets());
    assertEquals(1, Rendered.xlsx(mapping).getNumberOfSheets());
  }
}
