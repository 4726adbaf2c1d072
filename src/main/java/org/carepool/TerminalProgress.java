package org.carepool;

import java.io.PrintStream;
import org.carepool.ingest.ImportProgress;

/** Shows how far a large import has got, one line per 100,000 rows, on the terminal. */
final class TerminalProgress implements ImportProgress {
  private static final long EVERY = 100_000;

  private final PrintStream terminal;
  private String file = "";
  private long shown;

  TerminalProgress(PrintStream terminal) {
    this.terminal = terminal;
  }

  @Override
  public void rowsRead(String fileName, long rows) {
    if (!fileName.equals(file)) {
      file = fileName;
      shown = 0;
    }
    if (rows - shown >= EVERY) {
      terminal.printf("  checking %s: %,d rows%n", fileName, rows);
      shown = rows;
    }
  }
}
