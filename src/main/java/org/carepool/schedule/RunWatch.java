package org.carepool.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.carepool.delivery.PackSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this instance's heartbeat and finds runs left RUNNING with nobody to finish them: a run
 * claimed by an instance that stopped beating (its process is gone) whose fire Quartz will not re-run
 * (no recovery pending, e.g. its schedule was removed while the server was down), or a run of this
 * instance that is no longer being rendered (recording its outcome failed). Each is marked FAILED
 * and the admins are told; none is left RUNNING for ever.
 */
public final class RunWatch {
  private static final Logger log = LoggerFactory.getLogger(RunWatch.class);
  /** A run of this instance younger than this may be between its claim and its rendering. */
  private static final Duration OWN_GRACE = Duration.ofMinutes(1);

  private final RunRepository runs;
  private final InstanceRepository instances;
  private final Clock clock;
  private final String instance;
  private final Instant startedAt;
  private final Duration staleAfter;
  private final PackRunner runner;
  private final QuartzSchedules quartz;
  private final PackSender sender;

  /**
   * @param instance   this server's name in the heartbeat and on its runs' claims
   * @param staleAfter an instance not seen for this long is gone, and its unfinished runs with it
   */
  public RunWatch(RunRepository runs, InstanceRepository instances, PackRunner runner, QuartzSchedules quartz,
      PackSender sender, Clock clock, String instance, Duration staleAfter) {
    this.runs = runs;
    this.instances = instances;
    this.runner = runner;
    this.quartz = quartz;
    this.sender = sender;
    this.clock = clock;
    this.instance = instance;
    this.startedAt = clock.instant();
    this.staleAfter = staleAfter;
  }

  void check() {
    Instant now = clock.instant();
    instances.beat(instance, startedAt, now);
    Set<String> alive = instances.seenSince(now.minus(staleAfter));
    Set<String> recovering = quartz.recovering();
    Set<Long> rendering = runner.rendering();
    for (RunRepository.Held held : runs.running()) {
      boolean abandoned = held.claimedBy().equals(instance)
          ? !rendering.contains(held.id()) && held.startedAt().isBefore(now.minus(OWN_GRACE))
          : !alive.contains(held.claimedBy()) && !recovering.contains(held.schedule());
      if (abandoned) {
        abandon(held, now);
      }
    }
    instances.forgetBefore(now.minus(Duration.ofDays(7)));
  }

  private void abandon(RunRepository.Held held, Instant now) {
    String error = held.claimedBy().equals(instance)
        ? "interrupted: the run stopped without recording its outcome; it was not re-run"
        : "interrupted: the server running it stopped (not seen since before " + now.minus(staleAfter)
            + ") and the fire was not re-run (its schedule no longer exists, or Quartz had no record of it)";
    if (runs.finish(held.id(), held.claimedBy(), RunRecord.FAILED, error, now)) {
      log.error("Run {} of schedule {}: {}", held.id(), held.schedule(), error);
      sender.alert("board pack run interrupted: schedule " + held.schedule() + ", run " + held.id(),
          "Schedule " + held.schedule() + " run " + held.id() + " (started " + held.startedAt() + ") FAILED: " + error
              + ". Use Run now on the Schedules page to send the pack if it is still wanted.");
    }
  }
}
