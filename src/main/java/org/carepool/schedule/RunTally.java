package org.carepool.schedule;

import java.util.Map;

/**
 * The run history counted, for the metrics: it is read from the store, so the totals survive restarts
 * and count every instance's runs.
 *
 * @param byOutcome    runs by outcome (RUNNING, SENDING, DELIVERED, INCOMPLETE, FAILED, SKIPPED)
 * @param mailAttempts pack mail tries made, successful or not
 * @param mailRetries  tries after a run's first (each follows a failed one)
 */
public record RunTally(Map<String, Long> byOutcome, long mailAttempts, long mailRetries) {
  public static final java.util.List<String> OUTCOMES = java.util.List.of(RunRecord.RUNNING, RunRecord.SENDING,
      RunRecord.DELIVERED, RunRecord.INCOMPLETE, RunRecord.FAILED, RunRecord.SKIPPED);

  public long runs(String outcome) {
    return byOutcome.getOrDefault(outcome, 0L);
  }

  /** Pack mails queued or waiting for a retry. */
  public long queued() {
    return runs(RunRecord.SENDING);
  }
}
