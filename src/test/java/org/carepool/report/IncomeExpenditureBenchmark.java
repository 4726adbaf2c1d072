package org.carepool.report;

import org.carepool.arrangement.ArrangementService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.carepool.db.Database;
import org.carepool.demo.DemoData;
import org.carepool.finance.IncomeExpenditureService;
import org.carepool.indicators.MappingService;
import org.carepool.indicators.PerformanceService;
import org.carepool.ingest.ImportProgress;
import org.carepool.ingest.Importer;

/**
 * Not a test. Warm times of the I&amp;E PDF, in one run (see docs/benchmarks.md):
 * <ol>
 *   <li>render only: LB2 (SPEC §4.8)'s report record through {@link ReportRenderer}, against a bare
 *       JasperReports fill + export of the same templates and figures with no carepool code
 *       ({@link IncomeExpenditureBare});</li>
 *   <li>end to end, as a download or the command line does it: the demo's LDP statement read from
 *       a Derby store on disk (the finance queries) and rendered, through {@link ReportService};
 *       and the store read alone.</li>
 * </ol>
 * Run from the packaged jar, so no Maven plugin is needed beyond the build:
 * {@code java -cp "target/test-classes:target/carepool.jar" org.carepool.report.IncomeExpenditureBenchmark}.
 */
public final class IncomeExpenditureBenchmark {

  private static final int WARM_UP = 40;
  private static final int ROUNDS = 200;
  private static final YearMonth MONTH = YearMonth.of(2025, 9);

  public static void main(String[] args) throws Exception {
    ReportRenderer renderer = Rendered.RENDERER;
    IncomeExpenditureReport lb2 = Examples.lb2();
    IncomeExpenditureBare bare = new IncomeExpenditureBare();
    if (!Rendered.pdfText(lb2).equals(Rendered.pdfText(bare.pdf()))) {
      throw new IllegalStateException("the bare fill renders a different document from carepool's: compare like with like");
    }
    Path folder = Files.createTempDirectory("carepool-ie-bench");
    try (Database db = Database.open(Database.embeddedUrl(folder))) {
      loadDemoFinance(db, folder);
      IncomeExpenditureService finance = new IncomeExpenditureService(db.dsl());
      ReportService reports = new ReportService(renderer, new ArrangementService(db.dsl()), finance, new PerformanceService(db.dsl()),
          new MappingService(db.dsl()), Clock.systemDefaultZone());
      ReportRequest ldp = ReportRequest.forArrangement(ReportId.INCOME_EXPENDITURE, "LDP", MONTH, Format.PDF);
      List<Supplier<Integer>> runs = List.of(
          () -> renderer.render(lb2, Format.PDF).length,
          () -> bare.pdf().length,
          () -> reports.render(ldp).content().length,
          () -> finance.statement("LDP", MONTH).figures().schemes().size());
      long[][] nanos = measure(runs);
      System.out.printf(Locale.ROOT, "I&E PDF, median (p90) of %d warm runs after %d warm-up, interleaved:%n",
          ROUNDS, WARM_UP);
      print("render only, LB2, carepool ReportRenderer", nanos[0]);
      print("render only, LB2, bare JasperReports", nanos[1]);
      System.out.printf(Locale.ROOT, "  %-46s: %7.2f%n", "ratio carepool / bare", median(nanos[0]) / median(nanos[1]));
      print("end to end, LDP: store read + render", nanos[2]);
      print("store read alone, LDP (finance queries)", nanos[3]);
    }
  }

  /** Every run once per round, in turn, so drift in a shared machine hits all of them alike. */
  private static long[][] measure(List<Supplier<Integer>> runs) {
    for (int i = 0; i < WARM_UP; i++) {
      runs.forEach(Supplier::get);
    }
    long[][] nanos = new long[runs.size()][ROUNDS];
    for (int round = 0; round < ROUNDS; round++) {
      for (int run = 0; run < runs.size(); run++) {
        long start = System.nanoTime();
        int size = runs.get(run).get();
        nanos[run][round] = System.nanoTime() - start;
        if (size <= 0) {
          throw new IllegalStateException("run " + run + " produced nothing");
        }
      }
    }
    return nanos;
  }

  /** The demo's finance files only: the I&amp;E reads none of the activity. */
  private static void loadDemoFinance(Database db, Path folder) throws IOException {
    Path demo = folder.resolve("demo");
    new DemoData(DemoData.DEFAULT_SEED).write(demo, 1);
    for (String file : Set.of("activity.csv", "population.csv", "practices.csv", "kpis.csv", "kpi_targets.csv",
        "kpi_actuals.csv", "arrangement_kpis.csv", "kpi_benchmarks.csv")) {
      Files.delete(demo.resolve(file));
    }
    new Importer(db, Clock.systemUTC()).load(List.of(demo), "benchmark", ImportProgress.none());
  }

  private static void print(String what, long[] nanos) {
    System.out.printf(Locale.ROOT, "  %-46s: %7.2f ms (p90 %.2f)%n", what, median(nanos) / 1e6, p90(nanos) / 1e6);
  }

  private static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double p90(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[(int) (sorted.length * 0.9)];
  }
}
