package org.carepool.ops;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.nio.file.Path;
import org.carepool.schedule.RunTally;
import org.carepool.schedule.Schedules;

/**
 * What the web serves for operations: its requests timed into the server's {@link Metrics}, the pack
 * history counted from the store at each scrape, and the readiness checks.
 */
public final class ServerOperations implements Operations, AutoCloseable {
  private static final Duration[] HTTP_BUCKETS = java.util.stream.Stream.of(10, 50, 100, 250, 500, 1000, 2000, 5000, 10000)
      .map(Duration::ofMillis).toArray(Duration[]::new);
  private final Metrics metrics;
  private final org.carepool.ops.Readiness readiness;
  private final Optional<String> token;
  private final Backups backups;
  private final Backups.Folder backupFolder;
  private final Supplier<ControlFile> control;
  /** Held here: Micrometer keeps only a weak reference to what a function meter reads. */
  private final LoadingCache<Boolean, RunTally> tally;

  public ServerOperations(Metrics metrics, org.carepool.ops.Readiness readiness, Optional<String> token, Schedules schedules,
      Backups backups, Backups.Folder backupFolder, Supplier<ControlFile> control) {
    this.metrics = metrics;
    this.readiness = readiness;
    this.token = token;
    this.backups = backups;
    this.backupFolder = backupFolder;
    this.control = control;
    this.tally = Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(1)).build(any -> schedules.tally());
    bindPackHistory(metrics.registry(), tally);
  }

  /**
   * Read from the store (so the totals count every instance and survive restarts), at most once a second
   * however many meters a scrape reads.
   */
  private static void bindPackHistory(MeterRegistry registry, LoadingCache<Boolean, RunTally> tally) {
    for (String outcome : RunTally.OUTCOMES) {
      FunctionCounter.builder("carepool.pack.runs", tally, t -> t.get(true).runs(outcome))
          .description("Pack runs ever recorded, by outcome (RUNNING and SENDING: under way now)")
          .tag("outcome", outcome).register(registry);
    }
    FunctionCounter.builder("carepool.mail.attempts", tally, t -> t.get(true).mailAttempts())
        .description("Pack mail tries, successful or not").register(registry);
    FunctionCounter.builder("carepool.mail.retries", tally, t -> t.get(true).mailRetries())
        .description("Pack mail tries after a run's first").register(registry);
    Gauge.builder("carepool.delivery.queue", tally, t -> t.get(true).queued())
        .description("Pack mails queued or waiting to be retried").register(registry);
  }

  @Override
  public void requestServed(String method, String route, int status, long nanos) {
    Timer.builder("carepool.http.requests").description("HTTP requests by route template")
        .tags("method", method, "route", route, "status", Integer.toString(status))
        .serviceLevelObjectives(HTTP_BUCKETS).register(metrics.registry()).record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public String metrics() {
    return metrics.scrape();
  }

  @Override
  public boolean metricsToken(String presented) {
    return token.isPresent() && MessageDigest.isEqual(token.get().getBytes(StandardCharsets.UTF_8),
        presented.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public Operations.Readiness readiness() {
    return new Operations.Readiness(readiness.check().parts());
  }

  @Override
  public boolean controlToken(String presented) {
    ControlFile file = control.get();
    return file != null && file.accepts(presented);
  }

  @Override
  public BackupMade backup(Optional<Path> out) {
    Backups.Made made = out.map(backups::make).orElseGet(() -> backups.makeIn(backupFolder.path(), backupFolder.keep()));
    return new BackupMade(made.folder().toString(), made.at().toString(), made.packFiles());
  }

  @Override
  public void close() {
    if (control.get() != null) {
      control.get().close();
    }
    readiness.close();
    metrics.close();
  }
}
