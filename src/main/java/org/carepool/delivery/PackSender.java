package org.carepool.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works the mail queue ({@link DeliveryQueue}) on a thread of its own, so render threads never wait
 * on SMTP: one attempt at a time; after a failure the mail is due again after the backoff (kept in
 * the store, so a restart resumes it); after the last attempt the run is FAILED and the admins are
 * told. Admin alerts go out on the same thread, one attempt each. Every {@code period} it also runs
 * the schedules' watch over their runs. Closing never waits for a backoff: nothing sleeps here.
 */
public final class PackSender implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PackSender.class);
  private static final int BATCH = 50;

  private final DeliveryQueue queue;
  private final PackRuns runs;
  private final PackMails mails;
  private final Mailer mailer;
  private final AdminNotifier admins;
  private final PackDelivered onDelivered;
  private final Clock clock;
  private final String instance;
  private final ScheduledThreadPoolExecutor worker = new ScheduledThreadPoolExecutor(1, r -> {
    Thread t = new Thread(r, "pack-delivery");
    t.setDaemon(true);
    return t;
  });

  private final RunStages stages = new RunStages();

  /** @param instance names this server's attempts in the queue's locks */
  public PackSender(DeliveryQueue queue, PackRuns runs, PackMails mails, PackDelivery delivery, Clock clock,
      String instance) {
    this.queue = queue;
    this.runs = runs;
    this.mails = mails;
    this.mailer = delivery.mailer();
    this.admins = delivery.admins();
    this.onDelivered = delivery.onDelivered();
    this.clock = clock;
    this.instance = instance;
    worker.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
  }

  /** Sends what is due now and every {@code period} after, and runs the watch as often. */
  public void start(Duration period, Runnable watch) {
    worker.scheduleWithFixedDelay(() -> {
      guarded("the run watch", watch);
      guarded("the mail queue", this::drain);
    }, 0, period.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Whether the delivery thread still takes work. */
  public boolean running() {
    return !worker.isShutdown();
  }

  /** Queues the mail of a rendered run; false (nothing queued) when the run is no longer this instance's to record. */
  /** What each run under way on this node is doing now. */
  public RunStages stages() {
    return stages;
  }

  public boolean queue(RenderedPack rendered) {
    return queue.enqueue(rendered);
  }

  /** A mail was queued: send it now rather than at the next period. */
  public void wake() {
    submit(() -> guarded("the mail queue", this::drain), Duration.ZERO);
  }

  /** Tells the admins, on the delivery thread, so the caller never waits on SMTP. */
  public void alert(String subject, String body) {
    if (!submit(() -> guarded("an admin alert", () -> admins.alert(subject, body)), Duration.ZERO)) {
      log.error("ADMIN ALERT (not mailed: the server is stopping): {} — {}", subject, body);
    }
  }

  private void drain() {
    for (long run : queue.due(clock.instant(), BATCH)) {
      attempt(run);
    }
  }

  private void attempt(long id) {
    Instant now = clock.instant();
    if (!queue.lock(id, instance, now, now.plus(lease()))) {
      return;
    }
    PackRun run = runs.pack(id).orElseThrow();
    int attempt = run.attempts() + 1;
    try {
      // counted before the relay sees it: a crash after the relay accepted the mail still shows the attempt
      runs.attempting(id, attempt);
      stages.mailing(id, attempt, mailer.maxAttempts());
      mailer.send(mails.of(run));
      PackRuns.Outcome outcome = run.missingSections().isEmpty() ? PackRuns.Outcome.DELIVERED
          : PackRuns.Outcome.INCOMPLETE;
      if (outcome == PackRuns.Outcome.DELIVERED) {
        closeMonths(run); // before the run reads DELIVERED, so whoever sees that sees the months closed
      }
      queue.sent(id, outcome, attempt, clock.instant());
      stages.ended(id);
      log.info("Run {}: pack of schedule {} {} to {} at attempt {}", id, run.schedule(), outcome, run.recipients(), attempt);
    } catch (RuntimeException e) {
      failedAttempt(run, attempt, e);
    }
  }

  /** The pack is delivered whatever happens here; a close that fails is logged, and an analyst can close by hand. */
  private void closeMonths(PackRun run) {
    try {
      onDelivered.delivered(run.schedule(), run.board(), java.time.YearMonth.parse(run.period()), run.id());
    } catch (RuntimeException e) {
      log.error("Run {}: the pack is delivered but closing its months failed", run.id(), e);
    }
  }

  private void failedAttempt(PackRun run, int attempt, RuntimeException e) {
    String error = e instanceof DeliveryFailed ? e.getMessage()
        : e.getClass().getSimpleName() + ": " + e.getMessage();
    if (attempt >= mailer.maxAttempts()) {
      queue.failed(run.id(), attempt, error + " (after " + attempts(attempt) + ")", clock.instant());
      stages.ended(run.id());
      alert("board pack not delivered: schedule " + run.schedule() + ", run " + run.id(),
          "The board pack of " + mails.about(run) + " (schedule " + run.schedule() + ", run " + run.id()
              + ") was not delivered to " + run.recipients() + ": FAILED after " + attempts(attempt) + ".\n\n"
              + error + "\n\nThe pack is in the archive (Packs page); use Run now to send it again.");
      return;
    }
    Duration backoff = mailer.backoffAfter(attempt);
    queue.retryAt(run.id(), attempt, error, clock.instant().plus(backoff));
    stages.retrying(run.id(), attempt, clock.instant().plus(backoff));
    log.warn("Run {}: mail attempt {} of {} failed ({}); next attempt in {} ms", run.id(), attempt,
        mailer.maxAttempts(), error, backoff.toMillis());
    submit(() -> guarded("the mail queue", this::drain), backoff);
  }

  /** False when the worker is stopping: queued mail then goes at the next start. */
  private boolean submit(Runnable task, Duration delay) {
    try {
      worker.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (RejectedExecutionException closing) {
      return false;
    }
  }

  private static void guarded(String what, Runnable task) {
    try {
      task.run();
    } catch (RuntimeException e) {
      log.error("Working {} failed; it is tried again", what, e);
    }
  }

  /**
   * Stops taking work and drops waiting retries (they are in the store); an attempt under way may
   * finish, bounded by the SMTP time-outs. No interrupt: the thread may be in Derby I/O.
   */
  @Override
  public void close() {
    worker.shutdown();
    try {
      if (!worker.awaitTermination(lease().toSeconds(), TimeUnit.SECONDS)) {
        log.warn("A mail attempt was still under way at shutdown; its run is retried at the next start");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** How long one attempt may hold a queued mail: as long as the SMTP time-outs allow it, and a minute more. */
  private Duration lease() {
    return mailer.attemptBound().plusMinutes(1);
  }

  private static String attempts(int count) {
    return count + (count == 1 ? " mail attempt" : " mail attempts");
  }
}
