package org.carepool.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
 * shape in a fresh store. Both stores live in temporary folders on disk. Run: bench/import.sh.
 */
public final class ImportBenchmark {

  public static void main(String[] args) throws Exception {
    int scale = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    Path work = Files.createTempDirectory("carepool-import-bench");
    Path demo = work.resolve("demo");
    new DemoData(DemoData.DEFAULT_SEED).write(demo, scale);
    Path activity = demo.resolve("activity.csv");
    Path headerless = withoutHeader(activity, work.resolve("activity-headerless.csv"));
    Path reference = work.resolve("reference");
    Files.createDirectories(reference);
    try (Stream<Path> files = Files.list(demo)) {
      for (Path file : files.filter(f -> !f.getFileName().toString().equals("activity.csv")).toList()) {
        Files.copy(file, reference.resolve(file.getFileName()));
      }
    }
    System.out.printf("scale %d: %s, %,d bytes%n", scale, activity, Files.size(activity));

    double derby = timeDerby(work.resolve("derby-store"), headerless);
    double carepool = timeCarepool(work.resolve("carepool-store"), reference, activity);
    System.out.printf("%nDerby SYSCS_IMPORT_TABLE (bare table): %,.0f rows/s%n", derby);
    System.out.printf("carepool validated import:            %,.0f rows/s%n", carepool);
    System.out.printf("ratio carepool / Derby:                %.2f%n", carepool / derby);
  }

  private static double timeDerby(Path store, Path headerless) throws Exception {
    try (Database db = Database.open(Database.embeddedUrl(store))) {
      long start = System.nanoTime();
      long rows = new DerbyBulkImport(db).importActivity(headerless);
      return report("Derby", rows, start);
    }
  }

  private static double timeCarepool(Path store, Path reference, Path activity) {
    try (Database db = Database.open(Database.embeddedUrl(store))) {
      Importer importer = new Importer(db, Clock.systemUTC());
      importer.load(List.of(reference), "bench", ImportProgress.none());
      long start = System.nanoTime();
      long rows = importer.load(List.of(activity), "bench", ImportProgress.none()).files().get(0).rows();
      return report("carepool", rows, start);
    }
  }

  private static double report(String what, long rows, long start) {
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("%-9s %,d rows in %.1f s%n", what, rows, seconds);
    return rows / seconds;
  }

  private static Path withoutHeader(Path csv, Path target) throws Exception {
    try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
         BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      in.readLine();
      in.transferTo(out);
    }
    return target;
  }
}
