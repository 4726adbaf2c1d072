package org.carepool.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.carepool.db.Database;
import org.carepool.demo.DemoData;
import org.carepool.ingest.ImportProgress;
import org.carepool.ingest.Importer;
import org.postgresql.PGConnection;

/**
 * Issue 12's import benchmark: the demo activity file at --scale N (default 10) loaded, in one run,
 * (a) through carepool's validated import (COPY into {@code activity} in the load's transaction, then
 * the summaries) into a PostgreSQL database holding the rest of the demo data, and (b) by a bare
 * {@code COPY … FROM STDIN (FORMAT csv, HEADER)} of the same file into a bare table of the file's 12
 * columns (month as text, no key, no check) in a fresh database. One embedded PostgreSQL 18 (the real
 * server binaries, default durability: fsync on) serves both; rounds alternate which goes first, and
 * the first only warms up. Run: bench/import-postgres.sh.
 */
public final class PostgresImportBenchmark {

  public static void main(String[] args) throws Exception {
    int scale = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path work = Files.createTempDirectory("carepool-pg-import-bench");
    try (EmbeddedPostgres server = EmbeddedPostgres.builder().setLocaleConfig("locale", "C")
        .setLocaleConfig("encoding", "UTF8").start()) {
      run(server, work, scale, rounds);
    } finally {
      delete(work);
    }
  }

  private static void run(EmbeddedPostgres server, Path work, int scale, int rounds) throws Exception {
    Path demo = work.resolve("demo");
    new DemoData(DemoData.DEFAULT_SEED).write(demo, scale);
    Path activity = demo.resolve("activity.csv");
    Path reference = referenceFiles(demo, work.resolve("reference"));
    System.out.printf("scale %d: activity.csv %,d bytes; %d rounds, the first a warm-up; %d cores, load average %.1f%n",
        scale, Files.size(activity), rounds, Runtime.getRuntime().availableProcessors(), loadAverage());
    List<Double> ratios = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      boolean copyFirst = round % 2 == 1;
      double copy = copyFirst ? timeBareCopy(server, round, activity) : 0;
      double carepool = timeCarepool(server, round, reference, activity);
      copy = copyFirst ? copy : timeBareCopy(server, round, activity);
      System.out.printf("round %d (%s first): bare COPY %,.0f rows/s, carepool %,.0f rows/s, ratio %.2f, load average %.1f%n",
          round, copyFirst ? "COPY" : "carepool", copy, carepool, carepool / copy, loadAverage());
      if (round > 1 || rounds == 1) {
        ratios.add(carepool / copy);
      }
    }
    ratios.sort(Comparator.naturalOrder());
    System.out.printf("%nratio carepool / bare COPY: median %.2f (rounds: %s)%n", ratios.get(ratios.size() / 2),
        ratios.stream().map(r -> String.format("%.2f", r)).toList());
  }

  private static double timeBareCopy(EmbeddedPostgres server, int round, Path activity) throws Exception {
    String url = freshDatabase(server, "bare" + round);
    try (Connection connection = java.sql.DriverManager.getConnection(url)) {
      try (Statement ddl = connection.createStatement()) {
        ddl.execute("CREATE TABLE activity_bare (record_id VARCHAR(40), month VARCHAR(7), patient_id VARCHAR(40),"
            + " practice VARCHAR(20), age SMALLINT, sex CHAR(1), setting VARCHAR(30), admission_type VARCHAR(15),"
            + " specialty VARCHAR(10), site VARCHAR(20), bed_days INT, cost DECIMAL(15,2))");
      }
      long start = System.nanoTime();
      long rows;
      try (Reader in = Files.newBufferedReader(activity, StandardCharsets.UTF_8)) {
        rows = connection.unwrap(PGConnection.class).getCopyAPI()
            .copyIn("COPY activity_bare FROM STDIN (FORMAT csv, HEADER true)", in);
      }
      return rows / seconds(start);
    }
  }

  private static double timeCarepool(EmbeddedPostgres server, int round, Path reference, Path activity)
      throws Exception {
    try (Database db = Database.open(freshDatabase(server, "carepool" + round))) {
      Importer importer = new Importer(db, Clock.systemUTC());
      importer.load(List.of(reference), "bench", ImportProgress.none());
      long start = System.nanoTime();
      long rows = importer.load(List.of(activity), "bench", ImportProgress.none()).files().get(0).rows();
      return rows / seconds(start);
    }
  }

  private static String freshDatabase(EmbeddedPostgres server, String name) throws SQLException {
    try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return "jdbc:postgresql://localhost:" + server.getPort() + "/" + name + "?user=postgres";
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
