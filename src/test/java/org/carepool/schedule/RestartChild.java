package org.carepool.schedule;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.carepool.db.Database;

/**
 * The server process that {@link RestartTest} starts and kills with SIGKILL: it opens the on-disk
 * store, writes a schedule due three seconds later and fires schedules until it is killed.
 * Arguments: store folder, work folder, SMTP port, scheduler name.
 */
public final class RestartChild {
  private RestartChild() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[1]);
    Database db = Database.open(Database.embeddedUrl(Path.of(args[0])));
    PackStore.renderer();
    ZonedDateTime due = ZonedDateTime.now(ZoneId.of("Europe/London")).plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
    PackStore.writeSchedule(work.resolve("schedules"), RestartTest.ID, RestartTest.schedule(due));
    Schedules schedules = new Schedules(db, new Schedules.Config(work.resolve("schedules"), args[3], 1),
        PackStore.delivery(db, work.resolve("packs"), PackStore.mailer(Integer.parseInt(args[2]), 5,
            Duration.ofSeconds(30)), new org.carepool.delivery.AdminNotifier(PackStore.mailer(1, 1, Duration.ZERO),
            java.util.List.of()), 20_000_000), Clock.systemUTC()).start();
    System.err.println("CHILD READY, due " + due + " " + schedules.list().size());
    Thread.sleep(Duration.ofMinutes(5).toMillis());
  }
}
