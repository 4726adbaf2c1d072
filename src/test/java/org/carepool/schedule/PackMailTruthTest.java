package org.carepool.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.carepool.db.Database;
import org.carepool.delivery.AdminNotifier;
import org.carepool.delivery.DeliveryFailed;
import org.carepool.delivery.Mailer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, finding 6: pack mail cannot reach a board twice unnoticed. Every attempt of a run carries
 * the same Message-ID (receivers keep one copy); the attempt is counted before the relay sees the mail;
 * a relay slower than the time-out is reported as slow, not as "refused or unreachable". Real SMTP:
 * GreenMail, and {@link SlowRelay} over a socket.
 */
class PackMailTruthTest {
  @RegisterExtension
  static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @TempDir
  Path work;

  private static final Schedules.Actor ADMIN = new Schedules.Actor("admin", "127.0.0.1");

  private Database db;

  @BeforeEach
  void open() {
    db = PackStore.workedExample();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void two_attempts_of_one_mail_carry_one_message_id() throws Exception {
    Mailer mailer = mailer(mail.getSmtp().getPort(), Duration.ofSeconds(30));
    Mailer.Mail pack = new Mailer.Mail(List.of("board@example.org"), "Board pack", "text", List.of(),
        "carepool.pack.jb.2025-09.run7");
    mailer.send(pack);
    mailer.send(pack);
    mailer.send(new Mailer.Mail(List.of("board@example.org"), "Board pack", "text", List.of(), "carepool.pack.jb.2025-09.run8"));

    MimeMessage[] received = mail.getReceivedMessages();
    assertEquals(3, received.length);
    assertEquals("<carepool.pack.jb.2025-09.run7@test.example>", received[0].getMessageID());
    assertEquals(received[0].getMessageID(), received[1].getMessageID());
    assertFalse(received[0].getMessageID().equals(received[2].getMessageID()));
  }

  @Test
  void a_relay_slower_than_the_timeout_is_reported_as_slow_not_refused() throws Exception {
    try (SlowRelay relay = new SlowRelay(3_000)) {
      DeliveryFailed failed = assertThrows(DeliveryFailed.class, () -> mailer(relay.port(), Duration.ofSeconds(1))
          .send(new Mailer.Mail(List.of("board@example.org"), "Board pack", "text", List.of(), "k1")));
      assertTrue(failed.getMessage().contains("did not answer within 1 s"), failed.getMessage());
      assertFalse(failed.getMessage().contains("refused or unreachable"), failed.getMessage());
      assertEquals(1, relay.messages.size(), "the relay got the whole mail all the same");
    }
  }

  @Test
  void each_attempt_of_a_run_is_counted_before_the_relay_answers_and_carries_the_run_s_message_id() throws Exception {
    try (SlowRelay relay = new SlowRelay(2_500);
        Schedules schedules = schedules(mailer(relay.port(), Duration.ofSeconds(1)))) {
      schedules.create(ADMIN, PackDeliveryTest.jb("jb-slow"));
      schedules.runNow(ADMIN, "jb-slow");
      assertTrue(relay.dataReceived.tryAcquire(60, TimeUnit.SECONDS), "the relay never got the mail");
      assertEquals(1, schedules.runs("jb-slow").get(0).attempts(),
          "the attempt is on record while the relay holds the mail (a crash now would not hide it)");

      RunRecord done = PackDeliveryTest.await(schedules, "jb-slow", r -> !r.active());
      assertEquals("FAILED", done.outcome(), done.toString());
      assertEquals(2, done.attempts(), done.toString());
      assertTrue(done.error().contains("did not answer within 1 s"), done.error());
      assertEquals(2, relay.messages.size());
      assertEquals(1, relay.messageIds().stream().distinct().count(), "one Message-ID: " + relay.messageIds());
      assertTrue(relay.messageIds().get(0).contains(".run" + done.id() + "@"), relay.messageIds().toString());
    }
  }

  @Test
  void a_run_under_way_shows_its_stage_rendering_mailing_and_when_it_retries_and_none_once_ended() throws Exception {
    try (SlowRelay relay = new SlowRelay(2_500);
        Schedules schedules = schedules(new Mailer(new Mailer.Settings(Optional.of("localhost"), relay.port(), Optional.empty(),
            Optional.empty(), "carepool@test.example", 2, Duration.ofMillis(1_500), Duration.ofSeconds(1))))) {
      schedules.create(ADMIN, PackDeliveryTest.jb("jb-stages"));
      schedules.runNow(ADMIN, "jb-stages");
      java.util.List<String> seen = new java.util.ArrayList<>();
      long until = System.currentTimeMillis() + 60_000;
      RunRecord last = null;
      while (System.currentTimeMillis() < until) {
        for (var stage : schedules.stages().values()) {
          String what = stage.what() + (stage.retryAt() == null ? "" : " (time given)");
          if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(what)) {
            seen.add(what);
          }
        }
        var runs = schedules.runs("jb-stages");
        last = runs.isEmpty() ? null : runs.get(0);
        if (last != null && !last.active()) {
          break;
        }
        Thread.sleep(5);
      }
      assertEquals("FAILED", last.outcome(), String.valueOf(last));
      assertTrue(seen.stream().anyMatch(w -> w.matches("rendering section [0-9]+ of [0-9]+")), seen.toString());
      seen.removeIf(w -> w.startsWith("rendering"));
      assertEquals(List.of("queued for mailing", "mailing, attempt 1 of 2",
          "mail attempt 1 failed; retry at (time given)", "mailing, attempt 2 of 2"),
          seen, "each stage in turn, asked every 5 ms (the retry waits 1.5 s, the relay holds each mail 2.5 s)");
      // the sender records the outcome, then drops the stage: a loaded machine can show the run ended between the two
      long dropBy = System.currentTimeMillis() + 2_000;
      while (!schedules.stages().isEmpty() && System.currentTimeMillis() < dropBy) {
        Thread.sleep(5);
      }
      assertTrue(schedules.stages().isEmpty(), "an ended run has no stage: " + schedules.stages());
    }
  }

  private Schedules schedules(Mailer mailer) {
    return TestSchedules.of(db, new Schedules.Config(work.resolve("schedules"), "t-" + UUID.randomUUID(), 1)
        .withTiming(Duration.ofHours(1), Duration.ofMillis(500), Duration.ofMinutes(2)),
        PackStore.delivery(db, work.resolve("packs"), mailer, new AdminNotifier(mailer, List.of()), 20_000_000),
        Clock.systemUTC()).start();
  }

  private static Mailer mailer(int port, Duration timeout) {
    return new Mailer(new Mailer.Settings(Optional.of("localhost"), port, Optional.empty(), Optional.empty(),
        "carepool@test.example", 2, Duration.ofMillis(100), timeout));
  }
}
