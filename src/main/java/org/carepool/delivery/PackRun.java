package org.carepool.delivery;

import java.time.Instant;
import java.util.List;

/**
 * A scheduled run as the mail path sees it: what its mail is made from, how often it was tried, and
 * where its files are in the archive.
 *
 * @param boardName the board's name, or its code when the board is gone
 * @param period    the month the pack reports, {@code yyyy-mm}
 */
public record PackRun(long id, String schedule, String board, String boardName, String period,
    List<String> recipients, String packFile, Long packSize, String workbookFile, Long workbookSize,
    List<String> missingSections, int attempts, Instant startedAt) {
  public PackRun {
    recipients = List.copyOf(recipients);
    missingSections = List.copyOf(missingSections);
  }
}
