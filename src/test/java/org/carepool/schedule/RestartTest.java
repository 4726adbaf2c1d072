package org.carepool.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.carepool.db.Database;
import org.carepool.delivery.AdminNotifier;
import org.carepool.delivery.Mailer;
import org.carepool.delivery.PackArchive;
import org.carepool.finance.IncomeExpenditureService;
import org.carepool.ingest.ImportProgress;
import org.carepool.ingest.Importer;
import org.carepool.report.ReportService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6 item 6: a process stopped mid-run (its run claimed and its pack archived, but the mail not yet
 * sent because the SMTP server is down) and started again on the same on-disk store delivers that fire
 * exactly once. Real Quartz (JDBC job store, same scheduler name), real Derby on disk, real SMTP.
 */
class RestartTest {
  @RegisterExtension
  static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final String SCHEDULER = "restart-test";
  private static final String ID = "jb-restart";

  @TempDir
  Path work;

  @Test
  void a_process_stopped_mid_run_and_restarted_delivers_that_fire_exactly_once() throws Exception {
    String url = Database.embeddedUrl(work.resolve("data"));
    Path folder = work.resolve("schedules");
    Path archive = work.resolve("packs");
    Database first = Database.open(url);
    new Importer(first, Clock.systemUTC()).load(List.of(lb1()), "test", ImportProgress.none());
    ZonedDateTime due = ZonedDateTime.now(ZoneId.of("Europe/London")).plusSeconds(5).withNano(0);
    PackStore.writeSchedule(folder, ID, String.join("\n", "board: JB", "reports: [income-expenditure]",
        "cron: \"" + due.getSecond() + " " + due.getMinute() + " " + due.getHour() + " " + due.getDayOfMonth() + " "
            + due.getMonthValue() + " ?\"", "recipients: [board@example.org]", ""));
    Schedules before = new Schedules(first, new Schedules.Config(folder, SCHEDULER, 1),
        delivery(first, archive, unusedPort(), 8), Clock.systemUTC()).start();
    RunRecord midRun = await(before, r -> "RUNNING".equals(r.outcome()) && r.packFile() != null);
    assertEquals(due.toInstant(), midRun.scheduledFireTime());
    Thread.sleep(500); // into the mail retries
    before.halt();
    first.close();
    assertEquals(0, mail.getReceivedMessages().length);

    try (Database second = Database.open(url);
         Schedules after = new Schedules(second, new Schedules.Config(folder, SCHEDULER, 1),
             delivery(second, archive, mail.getSmtp().getPort(), 3), Clock.systemUTC()).start()) {
      RunRecord done = await(after, r -> !"RUNNING".equals(r.outcome()));
      assertTrue(mail.waitForIncomingEmail(10_000, 1), "the restarted process delivered nothing");
      Thread.sleep(3_000); // time enough for a second delivery, were there one
      assertEquals(1, mail.getReceivedMessages().length, "the fire was delivered more than once");
      List<RunRecord> runs = after.runs(ID);
      assertEquals(1, runs.size(), runs.toString());
      assertEquals("DELIVERED", done.outcome(), done.toString());
      assertEquals("RECOVERED", done.kind(), done.toString());
      assertEquals(midRun.id(), done.id());
      assertEquals(due.toInstant(), done.scheduledFireTime());
    }
  }

  private static RunRecord await(Schedules schedules, java.util.function.Predicate<RunRecord> wanted)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    while (Instant.now().isBefore(deadline)) {
      Optional<RunRecord> run = schedules.runs(ID).stream().filter(wanted).findFirst();
      if (run.isPresent()) {
        return run.get();
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no such run of " + ID + " within two minutes: " + schedules.runs(ID));
  }

  /** The pack parts, mailing through localhost:{@code smtpPort} with the given attempts, 2 s apart at first. */
  private static PackDelivery delivery(Database db, Path archive, int smtpPort, int attempts) {
    Mailer mailer = new Mailer(new Mailer.Settings(Optional.of("localhost"), smtpPort, Optional.empty(),
        Optional.empty(), "carepool@test.example", attempts, Duration.ofSeconds(2)));
    return new PackDelivery(new ReportService(PackStore.renderer(), new IncomeExpenditureService(db.dsl()),
        new org.carepool.indicators.PerformanceService(db.dsl()), new org.carepool.indicators.MappingService(db.dsl()),
        Clock.systemUTC()), new PackArchive(archive), mailer, new AdminNotifier(mailer, List.of()), 20L * 1024 * 1024,
        "http://localhost:7070");
  }

  /** A port nothing listens on: the mail server of the first process is down. */
  private static int unusedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static Path lb1() throws URISyntaxException {
    Path path = Path.of(RestartTest.class.getResource("/finance/lb1").toURI());
    assertNotNull(path);
    return path;
  }
}
