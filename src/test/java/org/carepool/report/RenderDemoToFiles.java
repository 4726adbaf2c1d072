package org.carepool.report;

import org.carepool.arrangement.ArrangementService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.carepool.db.Database;
import org.carepool.demo.DemoData;
import org.carepool.finance.IncomeExpenditureService;
import org.carepool.indicators.MappingService;
import org.carepool.indicators.PerformanceService;
import org.carepool.ingest.ImportProgress;
import org.carepool.ingest.Importer;

/**
 * Renders the demo's I&amp;E PDFs (finance files only) to a folder, to look at:
 * {@code RenderDemoToFiles /tmp/demo BCF 2025-09 2026-03}. Not a test.
 */
final class RenderDemoToFiles {

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/rendered-demo");
    String arrangement = args.length > 1 ? args[1] : "BCF";
    List<String> months = args.length > 2 ? List.of(args).subList(2, args.length) : List.of("2025-09");
    Files.createDirectories(dir);
    Path demo = Files.createTempDirectory("carepool-demo").resolve("demo");
    new DemoData(DemoData.DEFAULT_SEED).write(demo, 1);
    for (String file : Set.of("activity.csv", "population.csv", "practices.csv", "kpis.csv", "kpi_targets.csv",
        "kpi_actuals.csv", "arrangement_kpis.csv", "kpi_benchmarks.csv")) {
      Files.delete(demo.resolve(file));
    }
    try (Database db = Database.open(Database.inMemoryUrl("demo-render"))) {
      new Importer(db, Clock.systemUTC()).load(List.of(demo), "render", ImportProgress.none());
      ReportService reports = new ReportService(new ReportRenderer(), new ArrangementService(db.dsl()), new IncomeExpenditureService(db.dsl()),
          new PerformanceService(db.dsl()), new MappingService(db.dsl()), Clock.systemUTC());
      for (String month : months) {
        for (Format format : List.of(Format.PDF, Format.XLSX)) {
          RenderedReport file = reports.render(ReportRequest.forArrangement(ReportId.INCOME_EXPENDITURE, arrangement,
              YearMonth.parse(month), format));
          Files.write(dir.resolve(file.fileName()), file.content());
        }
      }
    }
    System.out.println("rendered into " + dir.toAbsolutePath());
  }
}
