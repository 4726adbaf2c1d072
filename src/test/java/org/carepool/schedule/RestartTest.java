package org.carepool.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.carepool.db.Database;
import org.carepool.ingest.ImportProgress;
import org.carepool.ingest.Importer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6 item 6 and review m11: a server process killed with SIGKILL ({@link RestartChild}, a real
 * second JVM on the same on-disk store) and started again delivers the fire exactly once, whether it
 * was killed while rendering (Quartz re-fires the job: the run is taken over, RECOVERED) or while its
 * mail waited to be retried (the mail queue in the store is worked by the new process).
 */
class RestartTest {
  static final String ID = "jb-restart";

  @RegisterExtension
  static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @TempDir
  Path work;

  @Test
  void a_server_killed_while_rendering_and_restarted_delivers_that_fire_once_as_recovered() throws Exception {
    RunRecord done = killAndRestart("Run 1: schedule " + ID + " fire", Clock.systemUTC());
    assertEquals("RECOVERED", done.kind(), done.toString());
    try (var packs = Files.list(work.resolve("packs").resolve("JB").resolve(done.period()))) {
      assertEquals(List.of(Path.of(done.packFile()).getFileName().toString()),
          packs.map(p -> p.getFileName().toString()).toList(), "a file of the interrupted rendering was left behind");
    }
  }

  @Test
  void a_server_killed_while_its_mail_waited_to_be_retried_delivers_it_once_after_restart() throws Exception {
    // restarted once the child's backoff has passed (its clock is that far on), so the stored retry is due at once
    RunRecord done = killAndRestart("Run 1: mail attempt 1 of 5 failed",
        Clock.offset(Clock.systemUTC(), RestartChild.BACKOFF.plusSeconds(1)));
    assertEquals("SCHEDULED", done.kind(), done.toString());
    assertEquals(2, done.attempts(), done.toString());
  }

  private RunRecord killAndRestart(String killWhenLogged, Clock restartedClock) throws Exception {
    Path store = work.resolve("store");
    String scheduler = "restart-" + UUID.randomUUID();
    try (Database first = Database.open(Database.embeddedUrl(store))) {
      new Importer(first, Clock.systemUTC()).load(List.of(Path.of(RestartTest.class.getResource("/finance/lb1").toURI())),
          "test", ImportProgress.none());
    }
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "-Dderby.stream.error.file=" + work.resolve("child-derby.log"),
        RestartChild.class.getName(), store.toString(), work.toString(), String.valueOf(PackDeliveryTest.freePort()),
        scheduler).redirectErrorStream(true).start();
    List<String> log = new CopyOnWriteArrayList<>();
    boolean seen;
    try {
      seen = CompletableFuture.supplyAsync(() -> waitFor(child, killWhenLogged, log)).get(120, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      seen = false;
    }
    child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    assertTrue(seen, "the child never logged '" + killWhenLogged + "':\n" + String.join("\n", log));
    assertEquals(0, mail.getReceivedMessages().length);

    try (Database second = Database.open(Database.embeddedUrl(store))) {
      Schedules after = TestSchedules.of(second, new Schedules.Config(work.resolve("schedules"), scheduler, 1),
          PackStore.delivery(second, work.resolve("packs"), mail.getSmtp().getPort()), restartedClock).start();
      RunRecord done;
      try {
        done = PackDeliveryTest.await(after, ID, r -> !r.active());
        assertTrue(mail.waitForIncomingEmail(10_000, 1), "the restarted process delivered nothing");
      } finally {
        after.close(); // waits for every render and mail thread: a second delivery, were there one, is made by now
      }
      assertEquals(1, mail.getReceivedMessages().length, "the fire was delivered more than once");
      assertEquals(1, after.runs(ID).size(), after.runs(ID).toString());
      assertTrue(done.outcome().equals("INCOMPLETE") || done.outcome().equals("DELIVERED"), done.toString());
      assertEquals(0, done.scheduledFireTime().getNano());
      return done;
    }
  }

  private static boolean waitFor(Process child, String wanted, List<String> log) {
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        log.add(line);
        if (line.contains(wanted)) {
          child.destroyForcibly();
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  static String schedule(ZonedDateTime due) {
    return String.join("\n", "board: JB", "reports: [income-expenditure]", "cron: \"" + due.getSecond() + " "
        + due.getMinute() + " " + due.getHour() + " " + due.getDayOfMonth() + " " + due.getMonthValue() + " ?\"",
        "recipients: [board@example.org]", "");
  }
}
