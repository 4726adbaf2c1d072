package org.carepool.report;

import org.carepool.arrangement.ArrangementService;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.carepool.db.Database;
import org.carepool.finance.IncomeExpenditureService;
import org.carepool.indicators.MappingService;
import org.carepool.indicators.PerformanceService;
import org.carepool.ingest.ImportProgress;
import org.carepool.ingest.Importer;

/**
 * A small store for pack tests: the hand-worked {@code indicators/area} board B1 (arrangements A1
 * and A2, activity, population, KPIs) and, from {@code pack/a1-finance}, contributions, schemes,
 * budgets and spend for A1 only, so A2's income and expenditure cannot be produced.
 */
final class PackFixture {
  static final YearMonth MONTH = YearMonth.parse("2025-06");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-08T09:30:00Z"), ZoneOffset.UTC);
  static final String BOARD_NAME = "Test Health and Wellbeing Board";
  private static Database db;
  private static ReportService reports;
  private static Pack pack;

  private PackFixture() {}

  static synchronized ReportService reports() {
    if (reports == null) {
      db = Database.open(Database.inMemoryUrl("pack" + UUID.randomUUID()));
      new Importer(db, CLOCK).load(List.of(resource("/indicators/area"), resource("/pack/a1-finance")), "tester",
          ImportProgress.none());
      reports = new ReportService(Rendered.RENDERER, new ArrangementService(db.dsl()), new IncomeExpenditureService(db.dsl()),
          new PerformanceService(db.dsl()), new MappingService(db.dsl()), CLOCK);
    }
    return reports;
  }

  /** The pack of {@link #request} with its workbook, made once for the tests that read it. */
  static synchronized Pack pack() {
    if (pack == null) {
      pack = reports().pack(request(true));
    }
    return pack;
  }

  static synchronized IncomeExpenditureService incomeExpenditure() {
    reports();
    return new IncomeExpenditureService(db.dsl());
  }

  /** Every report for board B1 as at June 2025: A1's and A2's I&amp;E and performance, then the mapping. */
  static PackRequest request(boolean withWorkbook) {
    return new PackRequest("B1", BOARD_NAME, MONTH, List.of(ReportId.values()), List.of(
        new PackRequest.Arrangement("A1", "North pool"), new PackRequest.Arrangement("A2", "Whole area pool")),
        withWorkbook);
  }

  private static Path resource(String name) {
    try {
      return Path.of(PackFixture.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
