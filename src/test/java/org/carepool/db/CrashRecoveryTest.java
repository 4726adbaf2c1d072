package org.carepool.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.carepool.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, finding 1: a carepool killed (SIGKILL, a real second JVM) while it replaces activity months
 * and writes their summaries leaves a store that Derby must recover from its log before it opens. The
 * pool's wait for a connection must not cut the recovery short: the store opens however short that
 * wait is (here 250 ms, Hikari's least, so that a recovery of a few seconds stands for the minutes a
 * large store takes), and tells the truth: the killed load wrote nothing, and (finding 10) the audit
 * log shows it was started. Both loads run through the real command line, {@code carepool import}.
 */
class CrashRecoveryTest {
  private static final String KILL_AT = "activity.csv: replacing months and writing summaries";
  private static final int ACTIVITY_ROWS = 120_000;

  @TempDir
  Path work;

  @Test
  void a_store_killed_in_the_middle_of_a_large_import_opens_however_short_the_pool_wait() throws Exception {
    Path demo = work.resolve("demo");
    new DemoData(DemoData.DEFAULT_SEED).write(demo, 1);
    long rows = keepFirstLines(demo.resolve("activity.csv"), ACTIVITY_ROWS);
    Path data = work.resolve("data");
    List<String> output = killWhenPrinted(data, demo);
    assertTrue(Files.exists(data.resolve("store").resolve("db.lck")), "the store was left open: " + output);

    long started = System.nanoTime();
    try (Database reopened = Database.open(Database.embeddedUrl(data), Duration.ofMillis(250))) {
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      assertEquals(rows, reopened.dsl().fetchCount(org.carepool.db.generated.Tables.ACTIVITY),
          "the first load stands, the killed reload is rolled back (opened after " + millis + " ms)");
      assertEquals(1L, reopened.dsl().selectCount().from(org.carepool.db.generated.Tables.IMPORT_BATCH)
          .where(org.carepool.db.generated.Tables.IMPORT_BATCH.FILE_NAME.eq("activity.csv")).fetchOne(0, Long.class),
          "only the first load of activity.csv is on record");
      List<String> actions = reopened.dsl().select(org.carepool.db.generated.Tables.AUDIT_EVENT.ACTION)
          .from(org.carepool.db.generated.Tables.AUDIT_EVENT)
          .where(org.carepool.db.generated.Tables.AUDIT_EVENT.ACTION.in("IMPORT_STARTED", "IMPORT_LOADED", "IMPORT_REJECTED"))
          .orderBy(org.carepool.db.generated.Tables.AUDIT_EVENT.ID).fetch(org.carepool.db.generated.Tables.AUDIT_EVENT.ACTION);
      assertEquals(List.of("IMPORT_STARTED", "IMPORT_LOADED", "IMPORT_STARTED"), actions,
          "the killed reload left its trace (finding 10): started, with no outcome");
    }
  }

  /** The header and the first rows of a CSV without quoted line breaks; answers the rows kept. */
  private static long keepFirstLines(Path csv, int rows) throws java.io.IOException {
    List<String> kept;
    try (var lines = Files.lines(csv)) {
      kept = lines.limit(rows + 1L).toList();
    }
    Files.write(csv, kept);
    return kept.size() - 1L;
  }

  private static List<String> killWhenPrinted(Path data, Path demo) throws Exception {
    Process first = carepool(data, "import", demo.toString());
    String loaded = new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(first.waitFor(5, TimeUnit.MINUTES) && first.exitValue() == 0, loaded);
    Process child = carepool(data, "import", demo.resolve("activity.csv").toString());
    List<String> output = new CopyOnWriteArrayList<>();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        output.add(line);
        if (line.contains(KILL_AT)) {
          Thread.sleep(1500); // well into the deletes and summary writes
          break;
        }
      }
    } finally {
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    assertTrue(output.stream().anyMatch(l -> l.contains(KILL_AT)), "the reload never got to the summaries: " + output);
    assertTrue(output.stream().noneMatch(l -> l.startsWith("loaded ")), "killed before the reload committed: " + output);
    return output;
  }

  /** The real command line, {@code java org.carepool.Main …}, in a JVM of its own on the data folder. */
  private static Process carepool(Path data, String... args) throws java.io.IOException {
    List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", System.getProperty("java.class.path"),
        "-Dderby.stream.error.file=" + data.resolveSibling("child-derby.log"), "org.carepool.Main"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("CAREPOOL_DATA", data.toString());
    return builder.start();
  }
}
