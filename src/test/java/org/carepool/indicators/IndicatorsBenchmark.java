package org.carepool.indicators;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.carepool.db.Database;
import org.carepool.finance.IncomeExpenditureService;
import org.carepool.ingest.ImportProgress;
import org.carepool.ingest.Importer;
import org.carepool.report.Format;
import org.carepool.report.ReportId;
import org.carepool.report.ReportRenderer;
import org.carepool.report.ReportRequest;
import org.carepool.report.ReportService;

/**
 * Not a test. Builds two stores in temp folders from the Westshire demo data at --scale 1 and
 * --scale 10 (through the real importer), then times warm performance figures (the JSON's source:
 * {@link PerformanceService}) and the spend-mapping PDF for each. See docs/benchmarks.md.
 */
public final class IndicatorsBenchmark {
  private static final int WARM_UP = 10;
  private static final int ROUNDS = 30;
  private static final YearMonth MONTH = YearMonth.parse("2025-09");

  public static void main(String[] args) throws Exception {
    ReportRenderer renderer = new ReportRenderer();
    double[] scale1 = run(1, renderer);
    double[] scale10 = run(10, renderer);
    System.out.printf(Locale.ROOT, "performance JSON (BCF %s): scale 1 %.2f ms, scale 10 %.2f ms, ratio %.2f%n",
        MONTH, scale1[0], scale10[0], scale10[0] / scale1[0]);
    System.out.printf(Locale.ROOT, "spend-mapping PDF (HWB %s): scale 1 %.2f ms, scale 10 %.2f ms, ratio %.2f%n",
        MONTH, scale1[1], scale10[1], scale10[1] / scale1[1]);
  }

  private static double[] run(int scale, ReportRenderer renderer) throws Exception {
    Path dir = Files.createTempDirectory("carepool-bench-" + scale);
    Path data = dir.resolve("csv");
    new org.carepool.demo.DemoData(org.carepool.demo.DemoData.DEFAULT_SEED).write(data, scale);
    try (Database db = Database.open(Database.embeddedUrl(dir))) {
      long start = System.nanoTime();
      new Importer(db, Clock.systemUTC()).load(List.of(data), "benchmark", ImportProgress.none());
      System.out.printf(Locale.ROOT, "scale %d: imported in %.1f s%n", scale, (System.nanoTime() - start) / 1e9);
      PerformanceService performance = new PerformanceService(db.dsl());
      ReportService reports = new ReportService(renderer, new IncomeExpenditureService(db.dsl()), performance,
          new MappingService(db.dsl()), Clock.systemUTC());
      double json = median(() -> performance.performance("BCF", MONTH));
      double pdf = median(() -> reports.render(new ReportRequest(ReportId.SPEND_MAPPING, null, "HWB", MONTH,
          Format.PDF)));
      System.out.printf(Locale.ROOT, "scale %d: performance %.2f ms, spend-mapping PDF %.2f ms (medians of %d)%n",
          scale, json, pdf, ROUNDS);
      return new double[] {json, pdf};
    }
  }

  private static double median(Supplier<?> work) {
    for (int i = 0; i < WARM_UP; i++) {
      work.get();
    }
    long[] times = new long[ROUNDS];
    for (int i = 0; i < ROUNDS; i++) {
      long start = System.nanoTime();
      work.get();
      times[i] = System.nanoTime() - start;
    }
    Arrays.sort(times);
    return times[ROUNDS / 2] / 1e6;
  }
}
