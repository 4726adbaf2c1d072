package org.carepool.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.carepool.audit.Audit;
import org.carepool.db.Database;
import org.carepool.finance.CloseHow;
import org.carepool.finance.Commentary;
import org.carepool.finance.IncomeExpenditureService;
import org.carepool.finance.MonthCloses;
import org.carepool.finance.StatementView;
import org.carepool.indicators.MappingService;
import org.carepool.indicators.PerformanceService;
import org.carepool.ingest.ImportProgress;
import org.carepool.ingest.Importer;

/**
 * SPEC §4.8's LB2 with a close and a late load, worked by hand:
 * <ol>
 *   <li>Month 8 (November 2025) is closed: A1's run rate is 8 × 466,666.67 × 12 / 8 = 5,600,000.04, A3's
 *       800,000.04, A4's 879,999.96, A2 carried forward 3,150,000.00; the pool forecast reported is
 *       10,430,000.04.</li>
 *   <li>Then November's spend is loaded again with A1 at 566,666.67 (+100,000.00): November worked out
 *       now gives A1 3,833,333.36 × 12 / 8 = 5,750,000.04 and the pool 10,580,000.04 (restated).</li>
 *   <li>As at Month 9 (December 2025), A1's actual is 4,300,000.00, its forecast 5,733,333.33 (from
 *       5,600,000.04 reported: movement 133,333.29), the pool 10,563,333.33 (movement 133,333.29,
 *       overspend 563,333.33, 5.6%, RED); the finance lead has explained A1 but not A2.</li>
 * </ol>
 */
final class ClosedMonthExample {
  static final YearMonth NOVEMBER = YearMonth.parse("2025-11");
  static final YearMonth DECEMBER = YearMonth.parse("2025-12");

  private final ReportService reports;

  private ClosedMonthExample(ReportService reports) {
    this.reports = reports;
  }

  /** A fresh in-memory store, set up as the class comment says. */
  static ClosedMonthExample create() {
    Database db = org.carepool.db.TestStores.open("closed");
    Importer importer = new Importer(db, Examples.PRODUCED);
    importer.load(List.of(Examples.resource("finance/lb1")), "tester", ImportProgress.none());
    importer.load(List.of(Examples.resource("report/lb2")), "tester", ImportProgress.none());
    MonthCloses closes = new MonthCloses(db.dsl(), new Audit(db.dsl(), Examples.PRODUCED), Examples.PRODUCED);
    closes.close("LB2", NOVEMBER, "analyst", CloseHow.ANALYST, "");
    importer.load(List.of(lateNovemberSpend()), "tester", ImportProgress.none());
    closes.putCommentary(new Commentary("LB2", "A1", DECEMBER, "Discharges up a fifth since October",
        "Step-down beds review", "J Smith (ICB)", LocalDate.parse("2026-01-31")), "analyst", "");
    return new ClosedMonthExample(new ReportService(Rendered.RENDERER, new org.carepool.arrangement.ArrangementService(db.dsl()),
        new IncomeExpenditureService(db.dsl()),
        new PerformanceService(db.dsl()), new MappingService(db.dsl()), Examples.PRODUCED));
  }

  IncomeExpenditureReport december() {
    return report(DECEMBER, StatementView.NOW);
  }

  IncomeExpenditureReport november(StatementView view) {
    return report(NOVEMBER, view);
  }

  /** The board pack of JB's arrangements named, for the month, for the meeting. */
  Pack pack(YearMonth month, PackRequest.Meeting meeting, String... arrangements) {
    List<PackRequest.Arrangement> list = java.util.Arrays.stream(arrangements)
        .map(code -> new PackRequest.Arrangement(code, code.equals("LB2") ? "Worked example with an agreement"
            : "Worked example pooled budget")).toList();
    return reports.pack(new PackRequest("JB", "Example Joint Board", month, List.of(ReportId.INCOME_EXPENDITURE),
        list, false, meeting));
  }

  private IncomeExpenditureReport report(YearMonth month, StatementView view) {
    return (IncomeExpenditureReport) reports.data(new ReportRequest(ReportId.INCOME_EXPENDITURE, "LB2", null, month,
        Format.PDF, view));
  }

  private static Path lateNovemberSpend() {
    try {
      Path dir = Files.createTempDirectory("late-spend");
      Path file = dir.resolve("spend.csv");
      Files.writeString(file, """
          arrangement,scheme,month,amount,organisation,locality
          LB2,A1,2025-11,566666.67,ICB,L1
          LB2,A2,2025-11,266666.67,LA,L1
          LB2,A3,2025-11,66666.67,LA,L1
          LB2,A4,2025-11,73333.33,ICB,L1
          """);
      file.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Renders the example's reports to a folder, to look at: {@code ClosedMonthExample /tmp/closed}. Not a test. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/rendered");
    Files.createDirectories(dir);
    ClosedMonthExample example = create();
    IncomeExpenditureReport december = example.december();
    Files.write(dir.resolve("closed-december.pdf"), Rendered.RENDERER.render(december, Format.PDF, Units.THOUSANDS));
    Files.write(dir.resolve("closed-december-pounds.pdf"), Rendered.RENDERER.render(december, Format.PDF, Units.POUNDS));
    Files.write(dir.resolve("closed-december.xlsx"), Rendered.RENDERER.render(december, Format.XLSX));
    Files.write(dir.resolve("closed-december.csv"), Rendered.RENDERER.render(december, Format.CSV));
    Files.write(dir.resolve("closed-november-now.pdf"),
        Rendered.RENDERER.render(example.november(StatementView.NOW), Format.PDF, Units.THOUSANDS));
    Files.write(dir.resolve("pack-november-final.pdf"), example.pack(NOVEMBER, new PackRequest.Meeting(
        "Example Joint Board, public meeting", LocalDate.parse("2026-01-15"), "J Smith, Head of Pooled Finance"), "LB2")
        .pdf().content());
    Files.write(dir.resolve("pack-december-draft.pdf"), example.pack(DECEMBER, PackRequest.Meeting.NONE, "LB1", "LB2")
        .pdf().content());
    Files.write(dir.resolve("closed-november-reported.pdf"),
        Rendered.RENDERER.render(example.november(StatementView.REPORTED), Format.PDF, Units.THOUSANDS));
    System.out.println("rendered into " + dir.toAbsolutePath());
  }
}
