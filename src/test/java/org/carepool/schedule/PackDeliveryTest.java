package org.carepool.schedule;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.carepool.error.NotFound;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carepool.audit.Audit;
import org.carepool.audit.AuditEvent;
import org.carepool.db.Database;
import org.carepool.delivery.AdminNotifier;
import org.carepool.delivery.Mailer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6 review B2, M4, M5, B4: the mail leaves the render thread for a queue in the store. Retries
 * wait out their backoff there, counting attempts; a mail that finally fails is FAILED and the admins
 * get one alert; a pack over the size limit goes as a link that works without an account; a pack
 * with sections missing is INCOMPLETE, never a plain success. Real Quartz, Derby, JasperReports and
 * SMTP (GreenMail on a port the test stops and starts).
 */
class PackDeliveryTest {
  private static final Schedules.Actor ADMIN = new Schedules.Actor("admin", "127.0.0.1");

  @TempDir
  Path work;

  private Database db;
  private GreenMail smtp;
  private int port;

  @BeforeEach
  void open() throws IOException {
    db = PackStore.workedExample();
    port = freePort();
    smtp = new GreenMail(new ServerSetup(port, null, ServerSetup.PROTOCOL_SMTP));
  }

  @AfterEach
  void close() {
    smtp.stop();
    db.close();
  }

  @Test
  @Tag("alone") // times the backoff from when its poll sees the failure: another test JVM beside it delays the poll
  void a_mail_that_fails_then_succeeds_is_delivered_once_after_its_backoff_with_both_attempts_counted() throws Exception {
    // a backoff well above the 1 s checked below: the poll that sees the failed attempt may itself come
    // a few seconds late on a busy machine, and the backoff is timed from the failure, not from the poll
    Mailer mailer = PackStore.mailer(port, 4, Duration.ofSeconds(5));
    try (Schedules schedules = schedules(mailer, new AdminNotifier(mailer, List.of()), 20_000_000)) {
      schedules.create(ADMIN, jb("jb-retry"));
      schedules.runNow(ADMIN, "jb-retry");
      // the attempt is counted before the relay is tried: wait for its failure too, or the relay started below
      // may take that first attempt on a slow machine
      RunRecord waiting = await(schedules, "jb-retry", r -> r.attempts() == 1 && r.error() != null);
      assertEquals("SENDING", waiting.outcome(), "the first attempt failed: the mail waits in the queue");
      Instant failedAt = Instant.now();
      smtp.start();
      RunRecord done = await(schedules, "jb-retry", r -> !r.active());
      assertTrue(Duration.between(failedAt, Instant.now()).toMillis() >= 1_000, "no backoff before the second attempt");
      assertEquals(2, done.attempts(), done.toString());
      assertTrue(done.outcome().equals("INCOMPLETE") || done.outcome().equals("DELIVERED"), done.toString());
      Thread.sleep(1_000);
      assertEquals(1, smtp.getReceivedMessages().length, "delivered once");
    }
  }

  @Test
  void stopping_does_not_wait_for_a_mail_backoff_and_the_next_start_sends_the_mail_once() throws Exception {
    String scheduler = "d-" + UUID.randomUUID();
    Mailer slowRetry = PackStore.mailer(port, 4, Duration.ofMinutes(10));
    Schedules first = schedules(scheduler, slowRetry, new AdminNotifier(slowRetry, List.of()), 20_000_000,
        Clock.systemUTC());
    first.create(ADMIN, jb("jb-stop"));
    first.runNow(ADMIN, "jb-stop");
    await(first, "jb-stop", r -> r.attempts() == 1);
    Instant stopping = Instant.now();
    first.close();
    assertTrue(Duration.between(stopping, Instant.now()).toSeconds() < 10, "close waited for the 10-minute backoff");
    smtp.start();
    Mailer mailer = PackStore.mailer(port, 4, Duration.ZERO);
    try (Schedules second = schedules(scheduler, mailer, new AdminNotifier(mailer, List.of()), 20_000_000,
        Clock.systemUTC())) {
      Thread.sleep(1_500);
      assertEquals("SENDING", second.runs("jb-stop").get(0).outcome(), "the backoff is kept in the store");
      assertEquals(0, smtp.getReceivedMessages().length);
    }
    try (Schedules later = schedules(scheduler, mailer, new AdminNotifier(mailer, List.of()), 20_000_000,
        Clock.offset(Clock.systemUTC(), Duration.ofMinutes(11)))) {
      RunRecord done = await(later, "jb-stop", r -> !r.active());
      assertEquals(2, done.attempts(), done.toString());
      Thread.sleep(1_000);
      assertEquals(1, smtp.getReceivedMessages().length, "delivered once");
    }
  }

  @Test
  void a_mail_that_finally_fails_is_failed_and_the_admins_get_one_alert_through_a_working_server() throws Exception {
    smtp.start();
    Mailer deadServer = PackStore.mailer(freePort(), 2, Duration.ofMillis(200));
    Mailer adminServer = PackStore.mailer(port, 4, Duration.ofSeconds(30));
    try (Schedules schedules = schedules(deadServer, new AdminNotifier(adminServer, List.of("admin@example.org")),
        20_000_000)) {
      schedules.create(ADMIN, jb("jb-fails"));
      schedules.runNow(ADMIN, "jb-fails");
      RunRecord failed = await(schedules, "jb-fails", r -> r.outcome().equals("FAILED"));
      assertEquals(2, failed.attempts());
      assertTrue(failed.error().contains("after 2 mail attempts"), failed.error());
      assertTrue(smtp.waitForIncomingEmail(10_000, 2), "the admins were not told");
      List<String> subjects = subjects();
      assertTrue(subjects.contains("[carepool] board pack not delivered: schedule jb-fails, run " + failed.id()),
          subjects.toString());
      assertTrue(schedules.needingAttention().stream().anyMatch(r -> r.id() == failed.id()));
    }
  }

  @Test
  void a_pack_over_the_size_limit_is_mailed_as_a_link_that_downloads_without_an_account_and_is_audited()
      throws Exception {
    smtp.start();
    Mailer mailer = PackStore.mailer(port, 3, Duration.ofMillis(200));
    try (Schedules schedules = schedules(mailer, new AdminNotifier(mailer, List.of()), 1_000)) {
      schedules.create(ADMIN, jb("jb-link"));
      schedules.runNow(ADMIN, "jb-link");
      RunRecord done = await(schedules, "jb-link", r -> !r.active());
      assertTrue(smtp.waitForIncomingEmail(10_000, 1));
      MimeMessage message = smtp.getReceivedMessages()[0];
      String body = GreenMailUtil.getBody(message);
      assertTrue(body.contains("Too large to attach"), body);
      Matcher link = Pattern.compile("http://carepool\\.example/packs/link/([A-Za-z0-9_-]{43})").matcher(body);
      assertTrue(link.find(), body);
      PackFile file = schedules.downloadByLink(link.group(1), "192.0.2.7");
      assertArrayEquals(schedules.download(ADMIN, done.id(), "pdf").content(), file.content());
      assertTrue(new String(file.content(), 0, 5).startsWith("%PDF"));
      assertThrows(NotFound.class, () -> schedules.downloadByLink(link.group(1) + "x", "192.0.2.7"));
      AuditEvent audited = new Audit(db.dsl(), Clock.systemUTC()).latest(5).stream()
          .filter(e -> e.address().equals("192.0.2.7")).findFirst().orElseThrow();
      assertEquals("PACK_DOWNLOADED", audited.action());
    }
  }

  @Test
  void a_pack_with_a_section_that_cannot_be_produced_is_incomplete_and_the_admins_are_told() throws Exception {
    smtp.start();
    Mailer mailer = PackStore.mailer(port, 3, Duration.ofMillis(200));
    try (Schedules schedules = schedules(mailer, new AdminNotifier(mailer, List.of("admin@example.org")), 20_000_000)) {
      schedules.create(ADMIN, jb("jb-gaps"));
      schedules.runNow(ADMIN, "jb-gaps");
      RunRecord done = await(schedules, "jb-gaps", r -> !r.active());
      // the worked example has figures for 2025-26 only: the previous month's I&E cannot be produced
      assertEquals("INCOMPLETE", done.outcome(), done.toString());
      assertTrue(done.missingSections().stream().anyMatch(m -> m.startsWith("Income and expenditure, LB1")),
          done.missingSections().toString());
      assertTrue(smtp.waitForIncomingEmail(10_000, 2));
      assertTrue(subjects().contains("[carepool] board pack incomplete: schedule jb-gaps, run " + done.id()),
          subjects().toString());
      String packMail = GreenMailUtil.getBody(smtp.getReceivedMessages()[subjects().indexOf(
          subjects().stream().filter(s -> s.startsWith("Board pack")).findFirst().orElseThrow())]);
      assertTrue(packMail.contains("could not be produced"), packMail);
    }
  }

  private Schedules schedules(Mailer mailer, AdminNotifier admins, long attachLimit) {
    return schedules("d-" + UUID.randomUUID(), mailer, admins, attachLimit, Clock.systemUTC());
  }

  private Schedules schedules(String scheduler, Mailer mailer, AdminNotifier admins, long attachLimit, Clock clock) {
    return TestSchedules.of(db, new Schedules.Config(work.resolve("schedules"), scheduler, 1)
        .withTiming(Duration.ofHours(1), Duration.ofMillis(500), Duration.ofMinutes(2)),
        PackStore.delivery(db, work.resolve("packs"), mailer, admins, attachLimit), clock).start();
  }

  private List<String> subjects() throws Exception {
    List<String> subjects = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      subjects.add(m.getSubject());
    }
    return subjects;
  }

  static String jb(String id) {
    return String.join("\n", "id: " + id, "board: JB", "reports: [income-expenditure]", "cron: \"0 0 7 7 * ?\"",
        "recipients: [board@example.org]", "");
  }

  static RunRecord await(Schedules schedules, String id, Predicate<RunRecord> wanted) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(deadline)) {
      List<RunRecord> runs = schedules.runs(id);
      if (!runs.isEmpty() && wanted.test(runs.get(0))) {
        return runs.get(0);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no such run of " + id + " within 90 s: " + schedules.runs(id));
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
