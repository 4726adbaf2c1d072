package org.carepool.delivery;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each run under way on this node is doing now (rendering, mailing, waiting to retry), for the
 * Schedules and runs pages. Kept in memory only: another node's runs show their outcome alone, and a
 * restart forgets the stage (the run's outcome and attempts are in the store). A run leaves when its
 * mail is sent or it fails, so this holds no more than the runs under way.
 */
public final class RunStages {

  /** A run's stage: {@code what} in words ("mailing, attempt 1 of 3"); {@code retryAt} set while waiting to retry. */
  public record Stage(String what, Instant retryAt) {}

  private final Map<Long, Stage> stages = new ConcurrentHashMap<>();

  public void rendering(long run) {
    stages.put(run, new Stage("rendering the pack", null));
  }

  /** Rendering, section {@code section} of {@code of} under way (sections are made side by side: the count of those begun). */
  public void rendering(long run, int section, int of) {
    stages.put(run, new Stage("rendering section " + section + " of " + of, null));
  }

  public void queued(long run) {
    stages.put(run, new Stage("queued for mailing", null));
  }

  void mailing(long run, int attempt, int attempts) {
    stages.put(run, new Stage("mailing, attempt " + attempt + " of " + attempts, null));
  }

  void retrying(long run, int attempt, Instant at) {
    stages.put(run, new Stage("mail attempt " + attempt + " failed; retry at", at));
  }

  public void ended(long run) {
    stages.remove(run);
  }

  public Optional<Stage> of(long run) {
    return Optional.ofNullable(stages.get(run));
  }

  /** Every run under way on this node, by id. */
  public Map<Long, Stage> all() {
    return Map.copyOf(stages);
  }
}
