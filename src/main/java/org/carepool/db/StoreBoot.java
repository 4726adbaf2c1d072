package org.carepool.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Boots an embedded Derby store before the pool is made, on a connection with no login timeout.
 * After an unclean stop (a kill, a power cut) Derby replays its transaction log before the store
 * opens, which after a large import takes minutes; a pool's connection timeout would cut that short
 * on every start ("XBDA0: Login timeout exceeded") and the store would never open. The boot says
 * when recovery is under way and, while it lasts, how long it has taken.
 */
final class StoreBoot {
  private static final Logger log = LoggerFactory.getLogger(StoreBoot.class);
  private static final long PROGRESS_SECONDS = 5;

  private StoreBoot() {}

  static void boot(EmbeddedDataSource derby, StoreUrl url) {
    Path store = Path.of(url.databaseName()).toAbsolutePath();
    boolean unclean = !url.isInMemory() && Files.exists(store.resolve("db.lck"));
    long logBytes = unclean ? logBytes(store.resolve("log")) : 0;
    if (unclean) {
      log.warn("The store {} was not closed cleanly (carepool was killed or the machine stopped): Derby is"
          + " recovering it from its transaction log ({} MB) before it opens; this can take minutes after a large"
          + " import. Do not stop carepool meanwhile.", store, logBytes / (1024 * 1024));
    }
    long started = System.nanoTime();
    ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "carepool-store-boot");
      thread.setDaemon(true);
      return thread;
    });
    progress.scheduleAtFixedRate(() -> log.info("Still opening the store{}: {} s so far",
        unclean ? " (recovery under way)" : "", elapsedSeconds(started)), PROGRESS_SECONDS, PROGRESS_SECONDS,
        TimeUnit.SECONDS);
    try {
      derby.setLoginTimeout(0);
      try (Connection first = derby.getConnection()) {
        first.isValid(0);
      }
    } catch (SQLException e) {
      throw new StoreBootException(e);
    } finally {
      progress.shutdownNow();
    }
    if (unclean) {
      log.info("Store recovered and open after {} s", elapsedSeconds(started));
    }
  }

  private static long elapsedSeconds(long started) {
    return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
  }

  private static long logBytes(Path logFolder) {
    try (Stream<Path> files = Files.list(logFolder)) {
      return files.mapToLong(f -> f.toFile().length()).sum();
    } catch (IOException e) {
      return 0;
    }
  }

  /** The boot failed; the SQLException (with Derby's chained reasons) is the cause. */
  static final class StoreBootException extends RuntimeException {
    StoreBootException(SQLException cause) {
      super(cause.getMessage(), cause);
    }
  }
}
