package org.carepool.schedule;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.carepool.db.Database;
import org.carepool.delivery.PackDelivery;
import org.carepool.delivery.AdminNotifier;

/**
 * The server process that {@link RestartTest} starts and kills with SIGKILL: it opens the on-disk
 * store, starts the schedules, makes one due three seconds later and fires it until it is killed.
 * Arguments: store folder, work folder, SMTP port, scheduler name.
 */
public final class RestartChild {
  /** The pause after the child's failed mail attempt, kept in the store's mail queue. */
  static final Duration BACKOFF = Duration.ofSeconds(30);

  private RestartChild() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[1]);
    Database db = Database.open(Database.embeddedUrl(Path.of(args[0])));
    PackStore.renderer();
    PackDelivery delivery = PackStore.delivery(db, work.resolve("packs"),
        PackStore.mailer(Integer.parseInt(args[2]), 5, BACKOFF),
        new AdminNotifier(PackStore.mailer(1, 1, Duration.ZERO), List.of()), 20_000_000);
    Schedules schedules = TestSchedules.of(db, new Schedules.Config(work.resolve("schedules"), args[3], 1), delivery,
        Clock.systemUTC()).start();
    ZonedDateTime due = ZonedDateTime.now(ZoneId.of("Europe/London")).plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
    schedules.create(new Schedules.Actor("test", "localhost"), "id: " + RestartTest.ID + "\n" + RestartTest.schedule(due));
    System.err.println("CHILD READY, due " + due + " " + schedules.list().size());
    Thread.sleep(Duration.ofMinutes(5).toMillis());
  }
}
