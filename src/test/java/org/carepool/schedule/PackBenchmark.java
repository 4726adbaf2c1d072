package org.carepool.schedule;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.carepool.db.Database;
import org.carepool.delivery.PackDelivery;
import org.carepool.demo.DemoData;
import org.carepool.ingest.ImportProgress;
import org.carepool.ingest.Importer;

/**
 * Not a test. Loads the Westshire demo data into an on-disk Derby store in a temp folder, adds
 * boards BENCH001… (default 100), each holding copies of all five of the demo board's arrangements
 * (a pack the size of the demo board's), saves one page-made schedule per board, all due in the same
 * minute, half with {@code misfire: skip} and half {@code run-once}, and lets a real {@link Schedules}
 * (Quartz on the store, default 2 render threads as the server) mail the packs to an in-process
 * GreenMail. Prints the time from the due minute until the last pack arrived, the peak heap used
 * (sampled every 100 ms), the misfires Quartz reported (counted by a trigger listener, not read from
 * the log), and checks that every board received exactly one pack, every run is DELIVERED and
 * SCHEDULED, and every run's scheduled fire time is the due minute. See docs/benchmarks.md.
 *
 * <p>Arguments: {@code [boards] [render threads]}, default {@code 100 2}.
 */
public final class PackBenchmark {
  private static final List<String> COPIED = List.of("BCF", "ICES", "IC-JV", "LDP", "MHA");
  /** Files keyed by arrangement in their first column, copied for each bench board's arrangements. */
  private static final List<String> PER_ARRANGEMENT = List.of("arrangement_localities.csv", "agreed_shares.csv",
      "schemes.csv", "contributions.csv", "budgets.csv", "forecasts.csv", "spend.csv", "kpi_targets.csv",
      "kpi_actuals.csv");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  public static void main(String[] args) throws Exception {
    int boards = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.out.printf(Locale.ROOT, "boards %d, render threads %d, -Xmx %d MB, %d cores%n", boards, threads,
        Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());

    Path dir = Files.createTempDirectory("carepool-pack-bench");
    Path demo = dir.resolve("demo");
    Path bench = dir.resolve("bench");
    new DemoData(DemoData.DEFAULT_SEED).write(demo, 1);
    writeBenchBoards(demo, bench, boards);

    try (Database db = Database.open(Database.embeddedUrl(dir.resolve("store")))) {
      long start = System.nanoTime();
      Importer importer = new Importer(db, Clock.systemUTC());
      importer.load(List.of(demo), "benchmark", ImportProgress.none());
      double demoLoad = (System.nanoTime() - start) / 1e9;
      start = System.nanoTime();
      importer.load(List.of(bench), "benchmark", ImportProgress.none());
      System.out.printf(Locale.ROOT, "loaded demo in %.1f s, %d bench boards (%d arrangements) in %.1f s%n", demoLoad,
          boards, boards * COPIED.size(), (System.nanoTime() - start) / 1e9);

      GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
      mail.start();
      PackDelivery delivery = PackStore.delivery(db, dir.resolve("packs"), mail.getSmtp().getPort());
      PackStore.renderer(); // compile the templates before the clock starts, as the server does at start-up
      Files.createDirectories(dir.resolve("schedules"));
      try (Schedules schedules = TestSchedules.of(db, new Schedules.Config(dir.resolve("schedules"),
          "bench" + UUID.randomUUID(), threads), delivery, Clock.systemUTC())) {
        // the first whole minute at least 40 s away: time to save every schedule before it
        ZonedDateTime due = ZonedDateTime.now(LONDON).plusSeconds(40).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        String cron = "0 " + due.getMinute() + " " + due.getHour() + " " + due.getDayOfMonth() + " "
            + due.getMonthValue() + " ?";
        List<String> ids = new ArrayList<>();
        for (int b = 1; b <= boards; b++) {
          String id = "bench-" + board(b).toLowerCase(Locale.ROOT);
          schedules.create(new Schedules.Actor("bench", "localhost"), String.join("\n", "id: " + id, "board: " + board(b),
              "reports: [income-expenditure, performance, spend-mapping]", "cron: \"" + cron + "\"",
              "misfire: " + (b % 2 == 0 ? "run-once" : "skip"), "recipients: [" + recipient(b) + "]", ""));
          ids.add(id);
        }
        schedules.start();
        System.out.printf(Locale.ROOT, "%d schedules saved, cron \"%s\" (due %s)%n", boards, cron, due.toLocalTime());

        while (ZonedDateTime.now(LONDON).isBefore(due)) {
          Thread.sleep(50);
        }
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        Thread sampler = new Thread(() -> {
          while (!Thread.currentThread().isInterrupted()) {
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            try {
              Thread.sleep(100);
            } catch (InterruptedException e) {
              return;
            }
          }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();

        Instant dueAt = due.toInstant();
        Instant firstAt = null;
        Instant lastAt = null;
        Instant deadline = dueAt.plus(Duration.ofMinutes(30));
        int received = 0;
        while (received < boards && Instant.now().isBefore(deadline)) {
          int now = mail.getReceivedMessages().length;
          if (now > received) {
            if (received == 0) {
              firstAt = Instant.now();
            }
            received = now;
            if (received >= boards) {
              lastAt = Instant.now();
            }
          }
          Thread.sleep(50);
        }
        // let any stray second delivery show up before counting
        List<RunRecord> runs = waitForRuns(schedules, ids, Instant.now().plusSeconds(60));
        Thread.sleep(5_000);
        sampler.interrupt();

        Map<String, Integer> perRecipient = new TreeMap<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
          for (Address a : m.getAllRecipients()) {
            perRecipient.merge(a.toString(), 1, Integer::sum);
          }
        }
        long twice = perRecipient.values().stream().filter(n -> n > 1).count();
        long missing = ids.size() - perRecipient.size();
        long delivered = runs.stream().filter(r -> r.outcome().equals("DELIVERED")).count();
        long onTime = runs.stream().filter(r -> r.scheduledFireTime().equals(due.toInstant())
            && r.kind().equals("SCHEDULED")).count();
        Instant lastEnd = runs.stream().map(RunRecord::endedAt).filter(e -> e != null).max(Instant::compareTo)
            .orElse(null);
        long packBytes = runs.stream().filter(r -> r.packSize() != null).mapToLong(RunRecord::packSize).sum();

        System.out.println();
        System.out.printf(Locale.ROOT, "packs received by GreenMail: %d of %d%n", mail.getReceivedMessages().length,
            boards);
        if (firstAt != null) {
          System.out.printf(Locale.ROOT, "first pack received:  %.1f s after the due minute%n", seconds(dueAt, firstAt));
        }
        if (lastAt != null) {
          System.out.printf(Locale.ROOT, "last pack received:   %.1f s after the due minute (%.2f s a pack)%n",
              seconds(dueAt, lastAt), seconds(dueAt, lastAt) / boards);
        } else {
          System.out.println("last pack received:   NOT ALL PACKS ARRIVED within 30 minutes");
        }
        if (lastEnd != null) {
          System.out.printf(Locale.ROOT, "last run ended:       %.1f s after the due minute%n", seconds(dueAt, lastEnd));
        }
        System.out.printf(Locale.ROOT, "pack size:            %.0f KB average%n", packBytes / 1024.0 / Math.max(1, runs.size()));
        System.out.printf(Locale.ROOT, "heap used:            %d MB at the due minute (after GC), peak %d MB, -Xmx %d MB%n",
            baseline >> 20, peak.get() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "runs:                 %d, DELIVERED %d%s%n", runs.size(), delivered,
            runs.stream().filter(r -> !r.outcome().equals("DELIVERED")).map(r -> " " + r.schedule() + "=" + r.outcome())
                .reduce("", String::concat));
        System.out.printf(Locale.ROOT, "boards with two or more packs: %d, boards with none: %d%n", twice, missing);
        System.out.printf(Locale.ROOT, "runs SCHEDULED at the due minute: %d of %d; misfires reported by Quartz: %d%n",
            onTime, runs.size(), schedules.misfires());
        boolean ok = lastAt != null && twice == 0 && missing == 0 && delivered == boards && runs.size() == boards
            && onTime == boards && schedules.misfires() == 0;
        System.out.println(ok ? "OK: every board got exactly one pack, every run DELIVERED at its due minute, no misfire"
            : "FAILED: see the counts above");
      } finally {
        mail.stop();
      }
    }
  }

  private static double seconds(Instant from, Instant to) {
    return Duration.between(from, to).toMillis() / 1000.0;
  }

  private static List<RunRecord> waitForRuns(Schedules schedules, List<String> ids, Instant until)
      throws InterruptedException {
    while (true) {
      List<RunRecord> all = new ArrayList<>();
      for (String id : ids) {
        all.addAll(schedules.runs(id));
      }
      boolean settled = all.size() >= ids.size() && all.stream().noneMatch(RunRecord::active);
      if (settled || Instant.now().isAfter(until)) {
        return all;
      }
      Thread.sleep(200);
    }
  }

  static String board(int b) {
    return String.format(Locale.ROOT, "BENCH%03d", b);
  }

  private static String recipient(int b) {
    return board(b).toLowerCase(Locale.ROOT) + "@bench.example";
  }

  private static String arrangement(int b, String code) {
    return String.format(Locale.ROOT, "B%03d-%s", b, code);
  }

  /** boards.csv, arrangements.csv and every per-arrangement file, for boards 1…n each holding copies of {@link #COPIED}. */
  private static void writeBenchBoards(Path demo, Path out, int boards) throws IOException {
    Files.createDirectories(out);
    StringBuilder boardRows = new StringBuilder("code,name\n");
    for (int b = 1; b <= boards; b++) {
      boardRows.append(board(b)).append(",Benchmark board ").append(b).append('\n');
    }
    Files.writeString(out.resolve("boards.csv"), boardRows);
    List<String> arrangements = Files.readAllLines(demo.resolve("arrangements.csv"));
    StringBuilder arrangementRows = new StringBuilder(arrangements.get(0)).append('\n');
    for (int b = 1; b <= boards; b++) {
      for (String line : arrangements.subList(1, arrangements.size())) {
        String[] cells = line.split(",", -1); // code,name,board,… (no quoted cells in the demo's file)
        if (COPIED.contains(cells[0])) {
          cells[0] = arrangement(b, cells[0]);
          cells[1] = cells[1] + " (" + board(b) + ")";
          cells[2] = board(b);
          arrangementRows.append(String.join(",", cells)).append('\n');
        }
      }
    }
    Files.writeString(out.resolve("arrangements.csv"), arrangementRows);
    for (String file : PER_ARRANGEMENT) {
      List<String> lines = Files.readAllLines(demo.resolve(file));
      StringBuilder rows = new StringBuilder(lines.get(0)).append('\n');
      for (int b = 1; b <= boards; b++) {
        for (String line : lines.subList(1, lines.size())) {
          int comma = line.indexOf(',');
          String code = line.substring(0, comma);
          if (COPIED.contains(code)) {
            rows.append(arrangement(b, code)).append(line, comma, line.length()).append('\n');
          }
        }
      }
      Files.writeString(out.resolve(file), rows);
    }
  }
}
