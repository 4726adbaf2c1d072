package org.carepool.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.carepool.db.Database;
import org.carepool.db.DerbyBulkImport;
import org.carepool.demo.DemoData;
import org.carepool.ingest.ImportProgress;
import org.carepool.ingest.Importer;

/**
 * Issue 2's import benchmark: generates the demo activity file at --scale N (default 10) and, in
 * one run, loads it (a) through carepool's validated import into a store holding the rest of the
 * demo data and (b) with Derby's own SYSCS_UTIL.SYSCS_IMPORT_TABLE into a bare table of the same
 * shape in a fresh store. Both go through the same number of rounds in one JVM, alternating which
 * goes first, each into a fresh store on disk, so neither is measured cold while the other is warm;
 * the first round only warms up. The temporary folder is deleted at the end. Run: bench/import.sh.
 */
public final class ImportBenchmark {

  public static void main(String[] args) throws Exception {
    int scale = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    Path work = Files.createTempDirectory("carepool-import-bench");
    try {
      run(work, scale, rounds);
    } finally {
      delete(work);
    }
  }

  private static void run(Path work, int scale, int rounds) throws Exception {
    Path demo = work.resolve("demo");
    new DemoData(DemoData.DEFAULT_SEED).write(demo, scale);
    Path activity = demo.resolve("activity.csv");
    Path headerless = withoutHeader(activity, work.resolve("activity-headerless.csv"));
    Path reference = referenceFiles(demo, work.resolve("reference"));
    System.out.printf("scale %d: activity.csv %,d bytes; %d rounds, the first a warm-up; %d cores, load average %.1f%n",
        scale, Files.size(activity), rounds, Runtime.getRuntime().availableProcessors(), loadAverage());
    List<Double> ratios = new ArrayList<>();
    double derbySum = 0;
    double carepoolSum = 0;
    for (int round = 1; round <= rounds; round++) {
      boolean derbyFirst = round % 2 == 1;
      double derby = derbyFirst ? timeDerby(work, headerless) : 0;
      double carepool = timeCarepool(work, reference, activity);
      derby = derbyFirst ? derby : timeDerby(work, headerless);
      System.out.printf("round %d (%s first): Derby %,.0f rows/s, carepool %,.0f rows/s, ratio %.2f, load average %.1f%n",
          round, derbyFirst ? "Derby" : "carepool", derby, carepool, carepool / derby, loadAverage());
      if (round > 1 || rounds == 1) {
        ratios.add(carepool / derby);
        derbySum += derby;
        carepoolSum += carepool;
      }
    }
    ratios.sort(Comparator.naturalOrder());
    int measured = ratios.size();
    System.out.printf("%nDerby SYSCS_IMPORT_TABLE (bare table): %,.0f rows/s (mean of %d rounds)%n", derbySum / measured,
        measured);
    System.out.printf("carepool validated import:             %,.0f rows/s (mean of %d rounds)%n",
        carepoolSum / measured, measured);
    System.out.printf("ratio carepool / Derby:                 median %.2f (rounds: %s)%n", ratios.get(measured / 2),
        ratios.stream().map(r -> String.format("%.2f", r)).toList());
  }

  private static double timeDerby(Path work, Path headerless) throws Exception {
    Path store = work.resolve("derby-store");
    try (Database db = Database.open(Database.embeddedUrl(store))) {
      long start = System.nanoTime();
      long rows = new DerbyBulkImport(db).importActivity(headerless);
      return rows / seconds(start);
    } finally {
      delete(store);
    }
  }

  private static double timeCarepool(Path work, Path reference, Path activity) throws IOException {
    Path store = work.resolve("carepool-store");
    try (Database db = Database.open(Database.embeddedUrl(store))) {
      Importer importer = new Importer(db, Clock.systemUTC());
      importer.load(List.of(reference), "bench", ImportProgress.none());
      long start = System.nanoTime();
      long rows = importer.load(List.of(activity), "bench", ImportProgress.none()).files().get(0).rows();
      return rows / seconds(start);
    } finally {
      delete(store);
    }
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static Path referenceFiles(Path demo, Path reference) throws IOException {
    Files.createDirectories(reference);
    try (Stream<Path> files = Files.list(demo)) {
      for (Path file : files.filter(f -> !f.getFileName().toString().equals("activity.csv")).toList()) {
        Files.copy(file, reference.resolve(file.getFileName()));
      }
    }
    return reference;
  }

  private static Path withoutHeader(Path csv, Path target) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
         BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      in.readLine();
      in.transferTo(out);
    }
    return target;
  }

  private static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
