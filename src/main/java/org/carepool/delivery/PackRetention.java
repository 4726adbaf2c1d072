package org.carepool.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pack archive's retention ({@code CAREPOOL_PACK_RETENTION_DAYS}): at start-up and then daily, packs
 * (and their workbooks) archived longer ago than that are deleted and their runs marked as having an
 * expired pack; mailed links to them stop working. The runs themselves stay in the history.
 */
public final class PackRetention implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PackRetention.class);

  private final PackRuns runs;
  private final PackArchive archive;
  private final Duration keep;
  private final Clock clock;
  private ScheduledExecutorService daily;

  public PackRetention(PackRuns runs, PackArchive archive, Duration keep, Clock clock) {
    this.runs = runs;
    this.archive = archive;
    this.keep = keep;
    this.clock = clock;
  }

  /** Deletes the packs past retention now; answers how many. */
  public int sweep() {
    Instant now = clock.instant();
    int expired = 0;
    for (PackRun run : runs.archivedBefore(now.minus(keep))) {
      archive.delete(run.packFile());
      if (run.workbookFile() != null) {
        archive.delete(run.workbookFile());
      }
      runs.packExpired(run.id(), now);
      log.info("Run {}: pack {} deleted, archived {} (retention {} days)", run.id(), run.packFile(),
          run.startedAt(), keep.toDays());
      expired++;
    }
    return expired;
  }

  /** Sweeps now and every day after, on a daemon thread, until closed. */
  public PackRetention start() {
    daily = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "pack-retention");
      t.setDaemon(true);
      return t;
    });
    daily.scheduleAtFixedRate(this::sweepLogged, 0, 1, TimeUnit.DAYS);
    return this;
  }

  private void sweepLogged() {
    try {
      sweep();
    } catch (RuntimeException e) {
      log.error("Pack retention sweep failed; it runs again tomorrow", e);
    }
  }

  @Override
  public void close() {
    if (daily != null) {
      daily.shutdownNow();
    }
  }
}
