package org.carepool.ops;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A backup every day at a set UK time into the backups folder, keeping the newest few. */
public final class NightlyBackup implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(NightlyBackup.class);
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final Backups backups;
  private final Path folder;
  private final LocalTime at;
  private final int keep;
  private final Clock clock;
  private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
    Thread t = new Thread(r, "carepool-nightly-backup");
    t.setDaemon(true);
    return t;
  });

  public NightlyBackup(Backups backups, Path folder, LocalTime at, int keep, Clock clock) {
    this.backups = backups;
    this.folder = folder;
    this.at = at;
    this.keep = keep;
    this.clock = clock;
    timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
  }

  public NightlyBackup start() {
    scheduleNext();
    return this;
  }

  /** The next run, worked out afresh each day so that a clock change moves nothing. */
  private void scheduleNext() {
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(LONDON));
    ZonedDateTime next = now.with(at);
    if (!next.isAfter(now)) {
      next = next.plusDays(1).with(at);
    }
    timer.schedule(this::run, Duration.between(now, next).toMillis(), TimeUnit.MILLISECONDS);
  }

  private void run() {
    try {
      backups.makeIn(folder, keep);
    } catch (RuntimeException e) {
      log.error("The nightly backup into {} failed: {}", folder, e.getMessage(), e);
    } finally {
      scheduleNext();
    }
  }

  @Override
  public void close() {
    timer.shutdown(); // never an interrupt: a backup under way may be in Derby I/O
  }
}
