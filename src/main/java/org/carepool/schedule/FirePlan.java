package org.carepool.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one fire of a schedule's trigger stands for: the nominal fire to run, if any, and the nominal
 * fires to record as SKIPPED, each with its reason.
 *
 * <p>Quartz fires a trigger on time, late (every render thread was busy: within the misfire threshold
 * it fires at its own time, however late), or, after a misfire (late beyond the threshold, e.g. missed
 * during a long outage), once "now" for all the fires it missed. A fire due before this process
 * started was missed while the server was down: that is what the misfire policy is about. With
 * {@code run-once} the latest such fire runs as a CATCH_UP and earlier ones are SKIPPED; with
 * {@code skip} they are all SKIPPED. A fire that was only late because the server was busy always runs.
 *
 * @param run     the fire to run, as its nominal time and run kind
 * @param skipped the fires not run, oldest first
 */
record FirePlan(Optional<Run> run, List<Skip> skipped) {
  /** Recorded misses beyond this are left out of the history (a very frequent cron after a long outage). */
  static final int MAX_SKIPPED = 100;
  static final String DOWN_SKIP = "missed while the server was down (misfire: skip)";
  static final String OVERTAKEN = "missed; only the latest missed fire is caught up";

  record Run(Instant nominal, String kind) {}

  record Skip(Instant nominal, String reason) {}

  /**
   * What Quartz told the job about the fire.
   *
   * @param fired        the trigger's scheduled fire time (for a misfire, the moment it was caught up)
   * @param previous     the trigger's fire before this one, or null
   * @param triggerStart when the trigger was made (the first fire is after it)
   * @param next         the trigger's next fire after this one, or null
   * @param processStart when this process began firing schedules
   */
  record Fired(Instant fired, Instant previous, Instant triggerStart, Instant next, Instant processStart) {}

  static FirePlan of(PackTrigger trigger, Schedule.Misfire policy, Fired f) {
    Optional<Instant> own = trigger.nominal(f.fired());
    List<PackTrigger.Occurrence> missed = own.isPresent()
        ? List.of(new PackTrigger.Occurrence(own.get(), f.fired()))
        : trigger.occurrences(f.previous() != null ? f.previous() : f.triggerStart().minusSeconds(1), f.fired(),
            Integer.MAX_VALUE);
    if (missed.isEmpty()) {
      return new FirePlan(Optional.empty(), List.of());
    }
    boolean skip = policy == Schedule.Misfire.SKIP;
    List<Skip> skipped = new ArrayList<>();
    for (PackTrigger.Occurrence o : missed.subList(Math.max(0, missed.size() - MAX_SKIPPED), missed.size() - 1)) {
      skipped.add(new Skip(o.nominal(), down(o, f) && skip ? DOWN_SKIP : OVERTAKEN));
    }
    PackTrigger.Occurrence latest = missed.get(missed.size() - 1);
    boolean supersededByLaterMiss = f.next() != null && f.next().isBefore(f.processStart());
    if (down(latest, f) && (skip || supersededByLaterMiss)) {
      skipped.add(new Skip(latest.nominal(), skip ? DOWN_SKIP : OVERTAKEN));
      return new FirePlan(Optional.empty(), skipped);
    }
    String kind = down(latest, f) || own.isEmpty() ? "CATCH_UP" : "SCHEDULED";
    return new FirePlan(Optional.of(new Run(latest.nominal(), kind)), skipped);
  }

  private static boolean down(PackTrigger.Occurrence o, Fired f) {
    return o.fire().isBefore(f.processStart());
  }
}
