package org.carepool;

import java.io.PrintStream;
import org.carepool.ingest.ImportProgress;

/**
 * Shows how far a large import has got on the terminal: a line per 100,000 rows read (activity is
 * written as it is read), then each slow step of writing a large file. Small files stay quiet.
 */
final class TerminalProgress implements ImportProgress {
  private static final long EVERY = 100_000;

  private final PrintStream terminal;
  private final java.util.Map<String, Long> rows = new java.util.HashMap<>();
  private String file = "";
  private long shown;

  TerminalProgress(PrintStream terminal) {
    this.terminal = terminal;
  }

  @Override
  public void rowsRead(String fileName, long rowsSoFar) {
    if (!fileName.equals(file)) {
      file = fileName;
      shown = 0;
    }
    rows.put(fileName, rowsSoFar);
    if (rowsSoFar - shown >= EVERY) {
      terminal.printf("  %s: %,d rows read%n", fileName, rowsSoFar);
      shown = rowsSoFar;
    }
  }

  @Override
  public void step(String fileName, String step) {
    if (rows.getOrDefault(fileName, 0L) >= EVERY) {
      terminal.printf("  %s: %s…%n", fileName, step);
    }
  }
}
