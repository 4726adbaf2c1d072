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
 * the first only warms up. Each load also reports the CPU seconds this JVM and the server (the postmaster's
 * processes, read from /proc: Linux only) spent while it ran, to show which side the time goes to.
 * Run: bench/import-postgres.sh.
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
      Timed copy = copyFirst ? timeBareCopy(server, round, activity) : null;
      Timed carepool = timeCarepool(server, round, reference, activity);
      copy = copyFirst ? copy : timeBareCopy(server, round, activity);
      System.out.printf("round %d (%s first): bare COPY %s; carepool %s; ratio %.2f, load average %.1f%n",
          round, copyFirst ? "COPY" : "carepool", copy, carepool, carepool.rowsPerSecond() / copy.rowsPerSecond(),
          loadAverage());
      if (round > 1 || rounds == 1) {
        ratios.add(carepool.rowsPerSecond() / copy.rowsPerSecond());
      }
    }
    ratios.sort(Comparator.naturalOrder());
    System.out.printf("%nratio carepool / bare COPY: median %.2f (rounds: %s)%n", ratios.get(ratios.size() / 2),
        ratios.stream().map(r -> String.format("%.2f", r)).toList());
  }

  /** One load: rows, wall time, and the CPU seconds spent by this JVM and by the PostgreSQL server meanwhile. */
  private record Timed(long rows, double seconds, double clientCpu, double serverCpu) {
    double rowsPerSecond() {
      return rows / seconds;
    }

    @Override
    public String toString() {
      return String.format("%,.0f rows/s (%.1f s; CPU: client %.1f s, server %.1f s)", rowsPerSecond(), seconds,
          clientCpu, serverCpu);
    }
  }

  /** CPU seconds so far of this JVM and of the server (its postmaster, with the backends it reaped, and its live children). */
  private record Cpu(double client, double server) {
    static Cpu now(long postmaster) throws IOException {
      double client = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
          .getProcessCpuTime() / 1e9;
      long ticks = 0;
      try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
        for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
          String[] stat = stat(process);
          if (stat == null) {
            continue;
          }
          long pid = Long.parseLong(process.getFileName().toString());
          if (pid == postmaster) {
            ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]) + Long.parseLong(stat[13])
                + Long.parseLong(stat[14]);
          } else if (Long.parseLong(stat[1]) == postmaster) {
            ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
          }
        }
      }
      return new Cpu(client, ticks / 100.0);
    }

    /** The fields of /proc/PID/stat after the command name (state first); null when the process has gone. */
    private static String[] stat(Path process) {
      try {
        String text = Files.readString(process.resolve("stat"));
        return text.substring(text.lastIndexOf(')') + 2).split(" ");
      } catch (IOException e) {
        return null;
      }
    }

    Timed since(Cpu start, long rows, long startNanos) {
      return new Timed(rows, seconds(startNanos), client - start.client, server - start.server);
    }
  }

  private static long postmaster(Connection connection) throws Exception {
    long backend;
    try (Statement s = connection.createStatement(); var r = s.executeQuery("SELECT pg_backend_pid()")) {
      r.next();
      backend = r.getLong(1);
    }
    String stat = Files.readString(Path.of("/proc", Long.toString(backend), "stat"));
    return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[1]);
  }

  private static Timed timeBareCopy(EmbeddedPostgres server, int round, Path activity) throws Exception {
    String url = freshDatabase(server, "bare" + round);
    try (Connection connection = java.sql.DriverManager.getConnection(url)) {
      try (Statement ddl = connection.createStatement()) {
        ddl.execute("CREATE TABLE activity_bare (record_id VARCHAR(40), month VARCHAR(7), patient_id VARCHAR(40),"
            + " practice VARCHAR(20), age SMALLINT, sex CHAR(1), setting VARCHAR(30), admission_type VARCHAR(15),"
            + " specialty VARCHAR(10), site VARCHAR(20), bed_days INT, cost DECIMAL(15,2))");
      }
      long postmaster = postmaster(connection);
      Cpu cpu = Cpu.now(postmaster);
      long start = System.nanoTime();
      long rows;
      try (Reader in = Files.newBufferedReader(activity, StandardCharsets.UTF_8)) {
        rows = connection.unwrap(PGConnection.class).getCopyAPI()
            .copyIn("COPY activity_bare FROM STDIN (FORMAT csv, HEADER true)", in);
      }
      return Cpu.now(postmaster).since(cpu, rows, start);
    }
  }

  private static Timed timeCarepool(EmbeddedPostgres server, int round, Path reference, Path activity)
      throws Exception {
    long postmaster;
    try (Connection c = server.getPostgresDatabase().getConnection()) {
      postmaster = postmaster(c);
    }
    try (Database db = Database.open(freshDatabase(server, "carepool" + round))) {
      Importer importer = new Importer(db, Clock.systemUTC());
      importer.load(List.of(reference), "bench", ImportProgress.none());
      Cpu cpu = Cpu.now(postmaster);
      long start = System.nanoTime();
      long rows = importer.load(List.of(activity), "bench", ImportProgress.none()).files().get(0).rows();
      return Cpu.now(postmaster).since(cpu, rows, start);
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
