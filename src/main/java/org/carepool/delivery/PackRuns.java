package org.carepool.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The run history, as narrow as the mail path needs it (the schedules' run repository answers it):
 * the run a queued mail is made from, and the outcome of each attempt. The writes that go with a
 * change to the mail queue take the queue's transaction, so a run's outcome and its queued mail
 * never disagree, even across a crash.
 */
public interface PackRuns {
  /** How a run's mail ended. */
  enum Outcome { DELIVERED, INCOMPLETE, FAILED }

  /** The run as its mail is made from it. */
  Optional<PackRun> pack(long run);

  /** The run is rendered and archived: RUNNING becomes SENDING; false when it is no longer {@code r.instance()}'s. */
  boolean rendered(DSLContext trx, RenderedPack r);

  /** An attempt is about to be made: counted before the relay sees the mail. */
  void attempting(long run, int attempt);

  /** An attempt failed and is tried again later. */
  void retrying(DSLContext trx, long run, int attempts, String error);

  /** The mail went, or finally failed. */
  void ended(DSLContext trx, long run, Outcome outcome, int attempts, String error, Instant at);

  /** Runs whose pack is still in the archive and was archived before {@code cutoff}. */
  List<PackRun> archivedBefore(Instant cutoff);

  /** The run's pack was deleted from the archive. */
  void packExpired(long run, Instant at);
}
