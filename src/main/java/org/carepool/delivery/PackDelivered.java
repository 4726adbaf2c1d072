package org.carepool.delivery;

import java.time.YearMonth;

/**
 * Told when a run's pack is DELIVERED (not INCOMPLETE: a pack missing sections is not the statement a
 * board signs): the composition root closes the pack's month for each of the board's arrangements (SPEC §4.9).
 */
@FunctionalInterface
public interface PackDelivered {
  /** Nothing happens on delivery. */
  PackDelivered NOTHING = (schedule, board, month, run) -> { };

  void delivered(String schedule, String board, YearMonth month, long run);
}
