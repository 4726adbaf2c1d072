package org.carepool.report;

import org.carepool.arrangement.ArrangementService;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.carepool.db.Database;
import org.carepool.finance.IncomeExpenditureService;
import org.carepool.indicators.MappingService;
import org.carepool.indicators.PerformanceService;
import org.carepool.ingest.ImportProgress;
import org.carepool.ingest.Importer;

/**
 * I&amp;E reports to render in tests and the benchmark, read the way a download reads them: CSV
 * fixtures loaded through the real importer into one in-memory Derby store (shared by every test
 * of the JVM), figures and data-quality notes from the real finance service, produced at a fixed time.
 *
 * <ul>
 *   <li>{@code LB1} (finance/lb1): SPEC §4's worked example, lead body CCG, as at 2025-09;</li>
 *   <li>{@code LB2} (report/lb2, with its terms, steps, reserve and risk classes): SPEC §4.8's second example, host LA, as at 2025-12;</li>
 *   <li>{@code AL1}: aligned budgets of CCG and LA, an analyst forecast on A3, as at 2025-12;</li>
 *   <li>{@code BIG}: a £123,456,789.01 pool with a £12,345,678.90 underspend, as at 2026-03;</li>
 *   <li>{@code MAX}: £999,999,999.99 in every bracketed total a column can hold, as at 2026-03;</li>
 *   <li>{@code LONG}: thirty schemes with two-line names, more than a page, as at 2025-06.</li>
 * </ul>
 */
final class Examples {

  static final Clock PRODUCED = Clock.fixed(Instant.parse("2025-10-07T08:15:00Z"), ZoneId.of("Europe/London"));

  private static ReportService reports;

  private Examples() {
  }

  static IncomeExpenditureReport lb1() {
    return report("LB1", "2025-09");
  }

  /** SPEC §4.8's LB2: an agreement of four steps, a reserve, a fixed and a ring-fenced scheme, as at 2025-12. */
  static IncomeExpenditureReport lb2() {
    return report("LB2", "2025-12");
  }

  static IncomeExpenditureReport aligned() {
    return report("AL1", "2025-12");
  }

  static IncomeExpenditureReport big() {
    return report("BIG", "2026-03");
  }

  static IncomeExpenditureReport max() {
    return report("MAX", "2026-03");
  }

  static IncomeExpenditureReport long30() {
    return report("LONG", "2025-06");
  }

  static IncomeExpenditureReport report(String arrangement, String month) {
    return (IncomeExpenditureReport) reports().data(ReportRequest.forArrangement(ReportId.INCOME_EXPENDITURE,
        arrangement, YearMonth.parse(month), Format.PDF));
  }

  /** The store lives as long as the JVM: an in-memory Derby database, dropped with it. */
  private static synchronized ReportService reports() {
    if (reports == null) {
      Database db = Database.open(Database.inMemoryUrl("examples-" + UUID.randomUUID()));
      Importer importer = new Importer(db, PRODUCED);
      importer.load(List.of(resource("finance/lb1")), "tester", ImportProgress.none());
      importer.load(List.of(resource("report/examples")), "tester", ImportProgress.none());
      importer.load(List.of(resource("report/lb2")), "tester", ImportProgress.none());
      reports = new ReportService(Rendered.RENDERER, new ArrangementService(db.dsl()), new IncomeExpenditureService(db.dsl()),
          new PerformanceService(db.dsl()), new MappingService(db.dsl()), PRODUCED);
    }
    return reports;
  }

  static Path resource(String name) {
    try {
      return Path.of(Examples.class.getResource("/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
