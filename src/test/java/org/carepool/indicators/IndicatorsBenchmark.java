package org.carepool.indicators;

import org.carepool.arrangement.ArrangementService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.carepool.db.Database;
import org.carepool.demo.DemoData;
import org.carepool.finance.IncomeExpenditureService;
import org.carepool.ingest.ImportProgress;
import org.carepool.ingest.Importer;
import org.carepool.report.Format;
import org.carepool.report.RenderedReport;
import org.carepool.report.ReportId;
import org.carepool.report.ReportRenderer;
import org.carepool.report.ReportRequest;
import org.carepool.report.ReportService;

/**
 * Not a test. Builds two stores in temp folders from the Westshire demo data at --scale 1 and
 * --scale 10 (through the real importer) and keeps both open. Then, {@value #RUNS} times, it times
 * warm performance figures (the JSON's source: {@link PerformanceService}), the spend-mapping figures
 * alone (the store read, {@link MappingService}) and the spend-mapping PDF,
 * alternating scale 1 and scale 10 round by round (which goes first alternates too), so that neither
 * scale runs on a warmer JIT or a quieter moment than the other. Prints each run's medians and
 * ratios, the median of the runs with their spread, and the PDF page counts. See docs/benchmarks.md.
 */
public final class IndicatorsBenchmark {
  private static final int RUNS = 5;
  private static final int WARM_UP = 10;
  private static final int ROUNDS = 30;
  private static final YearMonth MONTH = YearMonth.parse("2025-09");

  private record Store(Path dir, Database db, PerformanceService performance, MappingService mapping,
      ReportService reports) {}

  public static void main(String[] args) throws Exception {
    ReportRenderer renderer = new ReportRenderer();
    Store one = open(1, renderer);
    Store ten = open(10, renderer);
    System.out.printf(Locale.ROOT, "spend-mapping PDF pages: scale 1 %d, scale 10 %d%n", pages(one), pages(ten));
    List<double[]> runs = new ArrayList<>();
    for (int run = 1; run <= RUNS; run++) {
      double[] json = interleaved(() -> one.performance().performance("BCF", MONTH),
          () -> ten.performance().performance("BCF", MONTH));
      double[] figures = interleaved(() -> one.mapping().mapping("HWB", MONTH), () -> ten.mapping().mapping("HWB", MONTH));
      double[] pdf = interleaved(() -> mapping(one), () -> mapping(ten));
      runs.add(new double[] {json[1] / json[0], figures[1] / figures[0], pdf[1] / pdf[0]});
      System.out.printf(Locale.ROOT, "run %d: performance %.2f / %.2f ms (ratio %.2f), spend-mapping figures %.1f / %.1f ms "
          + "(ratio %.2f), spend-mapping PDF %.1f / %.1f ms (ratio %.2f)%n", run, json[0], json[1], json[1] / json[0],
          figures[0], figures[1], figures[1] / figures[0], pdf[0], pdf[1], pdf[1] / pdf[0]);
    }
    summary("performance", runs, 0);
    summary("spend-mapping figures (store read, no PDF)", runs, 1);
    summary("spend-mapping PDF", runs, 2);
    close(one);
    close(ten);
  }

  /** Closes the store and deletes its folder: a scale 10 store takes about a gigabyte. */
  private static void close(Store store) throws IOException {
    store.db().close();
    try (Stream<Path> files = Files.walk(store.dir())) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  private static Store open(int scale, ReportRenderer renderer) throws Exception {
    Path dir = Files.createTempDirectory("carepool-bench-" + scale);
    Path data = dir.resolve("csv");
    new DemoData(DemoData.DEFAULT_SEED).write(data, scale);
    Database db = Database.open(Database.embeddedUrl(dir));
    long start = System.nanoTime();
    new Importer(db, Clock.systemUTC()).load(List.of(data), "benchmark", ImportProgress.none());
    System.out.printf(Locale.ROOT, "scale %d: imported in %.1f s%n", scale, (System.nanoTime() - start) / 1e9);
    PerformanceService performance = new PerformanceService(db.dsl());
    MappingService mapping = new MappingService(db.dsl());
    return new Store(dir, db, performance, mapping, new ReportService(renderer, new ArrangementService(db.dsl()), new IncomeExpenditureService(db.dsl()),
        performance, mapping, Clock.systemUTC()));
  }

  private static RenderedReport mapping(Store store) {
    return store.reports().render(new ReportRequest(ReportId.SPEND_MAPPING, null, "HWB", MONTH, Format.PDF));
  }

  private static int pages(Store store) throws Exception {
    try (var pdf = Loader.loadPDF(mapping(store).content())) {
      return pdf.getNumberOfPages();
    }
  }

  /** Medians in ms of {@code one} and {@code ten}, timed in alternation after both have warmed up. */
  private static double[] interleaved(Supplier<?> one, Supplier<?> ten) {
    for (int i = 0; i < WARM_UP; i++) {
      one.get();
      ten.get();
    }
    long[] first = new long[ROUNDS];
    long[] second = new long[ROUNDS];
    for (int i = 0; i < ROUNDS; i++) {
      if (i % 2 == 0) {
        first[i] = time(one);
        second[i] = time(ten);
      } else {
        second[i] = time(ten);
        first[i] = time(one);
      }
    }
    return new double[] {median(first), median(second)};
  }

  private static long time(Supplier<?> work) {
    long start = System.nanoTime();
    work.get();
    return System.nanoTime() - start;
  }

  private static double median(long[] times) {
    long[] sorted = times.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2] / 1e6;
  }

  private static void summary(String what, List<double[]> runs, int index) {
    double[] ratios = runs.stream().mapToDouble(r -> r[index]).sorted().toArray();
    System.out.printf(Locale.ROOT, "%s ratio (scale 10 / scale 1): median of %d runs %.2f, range %.2f–%.2f%n", what,
        ratios.length, ratios[ratios.length / 2], ratios[0], ratios[ratios.length - 1]);
  }
}
